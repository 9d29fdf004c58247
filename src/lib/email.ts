/**
 * Ready-to-send emails, filled with what the person entered; anything unknown stays as a [bracketed]
 * placeholder to fill in. One source for the diagnostic and the post-interview planner.
 */
import { formatDate, type IsoDate } from './dates.ts';
import type { InterviewDetails } from './interviews.ts';

export const EMAIL_KINDS = ['thank-you', 'follow-up', 'final-follow-up'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export interface Email {
  subject: string;
  body: string;
}

export interface EmailDates {
  interviewDate?: IsoDate;
  lastFollowUp?: IsoDate;
  today: IsoDate;
}

/** The email to send for a status, if the status calls for one. */
export function emailForStatus(status: string): EmailKind | undefined {
  if (status === 'send-thank-you') return 'thank-you';
  if (status === 'follow-up' || status === 'wait') return 'follow-up';
  if (status === 'final-follow-up') return 'final-follow-up';
  return undefined;
}

export function composeEmail(kind: EmailKind, details: Partial<InterviewDetails>, dates: EmailDates): Email {
  const or = (value: string | undefined, placeholder: string) => (value?.trim() ? value.trim() : `[${placeholder}]`);
  const company = or(details.company, 'Company');
  const role = or(details.role, 'Role');
  const name = or(details.interviewer, 'Interviewer’s name');
  const detail = or(details.detail, 'something specific you discussed');
  const met = dates.interviewDate ? `on ${formatDate(dates.interviewDate, dates.today)}` : '[on the day you met]';
  const sign = '\n\nBest regards,\n[Your name]';

  if (kind === 'thank-you') {
    return {
      subject: `Thank you: ${role} interview`,
      body:
        `Dear ${name},\n\nThank you for meeting me ${met} to talk about the ${role} role at ${company}. ` +
        `I particularly enjoyed our conversation about ${detail}.\n\n` +
        `It made me keener still to join the team, and I believe I could help with [one way you would add value].` +
        sign,
    };
  }
  if (kind === 'follow-up') {
    return {
      subject: `Checking in: ${role} interview`,
      body:
        `Dear ${name},\n\nI hope things are going well. We met ${met} about the ${role} role at ${company}, ` +
        `and I wanted to say that I remain very interested; I have kept thinking about our discussion of ${detail}.\n\n` +
        `Is there any news on the position, or anything further I could send that would help?\n\nThank you again for your time.` +
        sign,
    };
  }
  const previous = dates.lastFollowUp ? ` of ${formatDate(dates.lastFollowUp, dates.today)}` : '';
  return {
    subject: `${role} role: one last check-in`,
    body:
      `Dear ${name},\n\nI am writing once more about the ${role} role, following my note${previous}. ` +
      `I am still keen on joining ${company} and would be glad of any update when you are able to share one.\n\n` +
      `If the position has been filled, I would appreciate knowing, and I would be happy to be considered for future openings.` +
      sign,
  };
}
