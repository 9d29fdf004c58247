/**
 * Ready-to-send emails, drafted for the message due and filled with what the person entered; anything
 * unknown stays as a [bracketed] placeholder to fill in. One source for the diagnostic, the planner, the
 * CLI and the lessons' templates of the same messages (rendered with nothing filled in), so a person who
 * reads the lesson and then runs the diagnostic meets the same email.
 */
import { formatDate, type IsoDate } from '../core/dates.ts';
import type { InterviewDetails } from '../interviews/interviews.ts';
import { MESSAGE_KINDS, type MessageKind } from './timeline.ts';
import type { TimingAnswers } from '../interviews/timing-answers.ts';

export const EMAIL_KINDS = MESSAGE_KINDS;
export type EmailKind = MessageKind;

export interface Email {
  subject: string;
  body: string;
}

/** What the draft needs besides the free-text details: the timing answers, and who set up the interview. */
export interface EmailContext {
  timing: TimingAnswers;
  today: IsoDate;
  /** An outside agency arranged the interview: the note goes to its recruiter, not the interviewer. */
  viaAgency?: boolean;
}

/**
 * The free-text details that fill the email, as a person types them in the diagnostic's result and the
 * planner. Kept here, not in interviews/interviews.ts, because only the lazily loaded views need them.
 */
export const DETAIL_FIELDS = [
  { key: 'company', label: 'Company' },
  { key: 'role', label: 'Role' },
  { key: 'interviewer', label: 'Interviewer' },
  { key: 'detail', label: 'One thing you talked about' },
] as const satisfies readonly { key: keyof InterviewDetails; label: string }[];

/** The name a message goes by in sentences ("In your follow-up, …"). */
export const MESSAGE_NAMES: Record<MessageKind, string> = {
  'thank-you': 'thank-you note',
  'follow-up': 'follow-up',
  'final-follow-up': 'last follow-up',
};

export function composeEmail(kind: EmailKind, details: Partial<InterviewDetails>, { timing, today, viaAgency }: EmailContext): Email {
  const or = (value: string | undefined, placeholder: string) => (value?.trim() ? value.trim() : `[${placeholder}]`);
  const company = or(details.company, 'Company');
  const role = or(details.role, 'Role');
  const interviewer = or(details.interviewer, 'Interviewer’s name');
  const detail = or(details.detail, 'something specific you discussed');
  const on = (date: IsoDate | undefined, unknown: string) => (date ? `on ${formatDate(date, today)}` : unknown);
  const met = on(timing.interviewDate, '[on the day you met]');
  const greeting = `Dear ${viaAgency ? '[Recruiter’s name]' : interviewer},\n\n`;
  // With an agency, the recruiter hears about the interview; otherwise the interviewer hears from you.
  const meeting = viaAgency ? `my interview with ${interviewer} at ${company} ${met}` : `our conversation ${met}`;
  const thanked = timing.thankYou === 'sent';
  const promised = timing.promisedBy && timing.promisedBy < today ? formatDate(timing.promisedBy, today) : undefined;
  const sign = '\n\nBest regards,\n[Your name]';

  if (kind === 'thank-you') {
    return {
      subject: `Thank you: ${role} interview`,
      body:
        greeting +
        (viaAgency
          ? `Thank you for arranging ${meeting} about the ${role} role. `
          : `Thank you for meeting me ${met} to talk about the ${role} role at ${company}. `) +
        `I especially enjoyed talking about ${detail}.\n\n` +
        `What draws me to ${company} is [a specific reason: a product, a value, a plan they mentioned], ` +
        `and I believe I could help with [one way you would add value].\n\n` +
        `I look forward to hearing about the next steps.` +
        sign,
    };
  }
  if (kind === 'follow-up') {
    const opening = promised
      ? `You mentioned that a decision on the ${role} role was expected by ${promised}, so I wanted to check in.`
      : `I am writing to check in about the ${role} role at ${company}, following ${meeting}.`;
    // A thank-you never sent goes into this note as a line of thanks, never as a separate email.
    const thanks = thanked
      ? `Thank you again for your time; I have kept thinking about ${detail}.`
      : `Thank you for the time you gave me ${met}; I enjoyed talking about ${detail} and have kept thinking about it.`;
    return {
      subject: `Checking in: ${role} interview`,
      body:
        greeting +
        `${opening} ${thanks}\n\n` +
        `I remain very interested in the role. Could you tell me where things stand? ` +
        `If anything more would help, such as references or work samples, I would be glad to send it.` +
        sign,
    };
  }
  const previous = timing.lastFollowUp ? ` of ${formatDate(timing.lastFollowUp, today)}` : '';
  return {
    // A reply in the thread of the first follow-up, so the reader sees both notes together.
    subject: `Re: Checking in: ${role} interview`,
    body:
      greeting +
      `I am writing once more about the ${role} role at ${company}, following my note${previous}. ` +
      `I am still keen on the position and would be glad of any update when you are able to share one.\n\n` +
      `If the role has been filled, I would appreciate knowing, and I would be happy to be considered for future openings.` +
      sign,
  };
}

/**
 * A message as a lesson shows it, to copy and fill in by hand: nothing filled in, and the usual case (the
 * thank-you was sent), so the follow-up thanks "again" rather than for the first time.
 */
export function templateEmail(kind: EmailKind, today: IsoDate): Email {
  return composeEmail(kind, {}, { timing: { thankYou: 'sent' }, today });
}

/**
 * A link that opens the person's mail app on a new message with this subject and body, lines kept. Spaces
 * are written %20, not "+": some mail apps show a "+" as it is.
 */
export function mailtoHref({ subject, body }: { subject?: string; body: string }): string {
  return `mailto:?${new URLSearchParams({ ...(subject ? { subject } : {}), body })}`.replace(/\+/g, '%20');
}
