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
  /** Who to write to, in words: "The people you met: …", "The agency recruiter who arranged the interview". */
  to: string;
  subject: string;
  body: string;
}

/**
 * Who arranged the interview: follow-ups go to them (the guides say so too), thank-you notes to the people met.
 * - agency: a recruiter from an outside agency; in-house: the company's own recruiter or HR;
 * - hiring-manager: the hiring manager set it up themselves, so they are both the person met and the one to ask.
 */
export type Arranger = 'agency' | 'in-house' | 'hiring-manager';

/**
 * The arranger from the diagnostic's answer to "who set up the interview?" (agency, in-house, none), or from the
 * journal's source of an interview (an agency recruiter); undefined when unknown.
 */
export function arrangerOf(recruiter: unknown, source?: string | null): Arranger | undefined {
  if (recruiter === 'agency' || source === 'agency-recruiter') return 'agency';
  if (recruiter === 'in-house') return 'in-house';
  if (recruiter === 'none') return 'hiring-manager';
  return undefined;
}

/** What the draft needs besides the free-text details: the timing answers, and who set up the interview. */
export interface EmailContext {
  timing: TimingAnswers;
  today: IsoDate;
  /** Who arranged the interview: a follow-up goes to them. */
  arrangedBy?: Arranger;
}

/** The greeting's name and the "who to write to" line of a follow-up, by who arranged the interview. */
function followUpAddressee(arrangedBy: Arranger | undefined, interviewer: string): { name: string; to: string } {
  switch (arrangedBy) {
    case 'agency':
      return { name: '[Recruiter’s name]', to: 'The agency recruiter who arranged the interview' };
    case 'in-house':
      return { name: '[Recruiter’s name]', to: 'The company recruiter who arranged the interview' };
    case 'hiring-manager':
      return { name: interviewer, to: 'The hiring manager, who arranged the interview' };
    default:
      return {
        name: '[Name of whoever arranged the interview]',
        to: 'Whoever arranged the interview: the recruiter, or the hiring manager',
      };
  }
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

export function composeEmail(kind: EmailKind, details: Partial<InterviewDetails>, { timing, today, arrangedBy }: EmailContext): Email {
  const or = (value: string | undefined, placeholder: string) => (value?.trim() ? value.trim() : `[${placeholder}]`);
  const company = or(details.company, 'Company');
  const role = or(details.role, 'Role');
  const interviewer = or(details.interviewer, 'Interviewer’s name');
  const detail = or(details.detail, 'something specific you discussed');
  const on = (date: IsoDate | undefined, unknown: string) => (date ? `on ${formatDate(date, today)}` : unknown);
  const met = on(timing.interviewDate, '[on the day you met]');
  // A thank-you goes to the people met; a follow-up to whoever arranged the interview, who may not have been there.
  const addressee =
    kind === 'thank-you'
      ? { name: interviewer, to: 'The people you met, each with a note of their own' }
      : followUpAddressee(arrangedBy, interviewer);
  const greeting = `Dear ${addressee.name},\n\n`;
  const toMet = kind === 'thank-you' || arrangedBy === 'hiring-manager';
  const meeting = toMet ? `our conversation ${met}` : `my interview with ${interviewer} at ${company} ${met}`;
  const thanked = timing.thankYou === 'sent';
  const promised = timing.promisedBy && timing.promisedBy < today ? formatDate(timing.promisedBy, today) : undefined;
  const sign = '\n\nBest regards,\n[Your name]';

  if (kind === 'thank-you') {
    return {
      to: addressee.to,
      subject: `Thank you: ${role} interview`,
      body:
        greeting +
        `Thank you for meeting me ${met} to talk about the ${role} role at ${company}. ` +
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
    // To a recruiter who was not in the room, the thanks are for arranging it; the moment recalled is the same.
    const thanks = !toMet
      ? thanked
        ? `The conversation about ${detail} has stayed with me.`
        : `Thank you for arranging it; I enjoyed talking about ${detail} and have kept thinking about it.`
      : thanked
        ? `Thank you again for your time; I have kept thinking about ${detail}.`
        : `Thank you for the time you gave me ${met}; I enjoyed talking about ${detail} and have kept thinking about it.`;
    return {
      to: addressee.to,
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
  // The date they gave, once passed, is the plainest reason for one more note.
  const since = promised ? ` You had expected a decision by ${promised}, and I have not heard since.` : '';
  return {
    to: addressee.to,
    // A reply in the thread of the first follow-up, so the reader sees both notes together.
    subject: `Re: Checking in: ${role} interview`,
    body:
      greeting +
      `I am writing once more about the ${role} role at ${company}, following my note${previous}.${since} ` +
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
