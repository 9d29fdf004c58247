/**
 * When to thank, follow up and move on after an interview: the one source of these dates for the
 * diagnostic and the post-interview planner.
 *
 * The rules, from the guidance (content brief, sources 002 and 003):
 * - thank-you notes the same day or the next;
 * - the first follow-up one to two weeks after the last interview, or just after the date they promised;
 * - if no answer, a second and last follow-up a week after the first;
 * - then, a week on, assume they have moved on; keep applying elsewhere the whole time.
 * Follow-up days that fall on a weekend move to the Monday.
 */
import { addDays, daysBetween, later, onWeekday, type IsoDate } from './dates.ts';

export const STATUSES = ['send-thank-you', 'wait', 'follow-up', 'final-follow-up', 'move-on'] as const;
export type Status = (typeof STATUSES)[number];

/** The first follow-up comes this many days after the interview (the start of the 1-to-2-week window). */
export const FIRST_FOLLOW_UP_AFTER = 7;
/** Between the first and the second (last) follow-up, and between the last one and moving on. */
export const FOLLOW_UP_GAP = 7;

export interface TimelineInput {
  interviewDate?: IsoDate;
  /** The date they said they would decide by. */
  promisedBy?: IsoDate;
  thankYou?: 'sent' | 'not-sent';
  /** Follow-ups sent so far; 2 means two or more. */
  followUps?: 0 | 1 | 2;
  lastFollowUp?: IsoDate;
}

export interface Timeline {
  status: Status;
  /** The concrete dates of the next steps; absent when they cannot be known (no interview date). */
  dates: {
    thankYouBy?: IsoDate;
    firstFollowUp?: IsoDate;
    secondFollowUp?: IsoDate;
    moveOn?: IsoDate;
  };
}

/** The follow-up plan for an interview as of `today`. */
export function planFollowUps(input: TimelineInput, today: IsoDate): Timeline {
  const { interviewDate, promisedBy, thankYou, lastFollowUp } = input;
  const followUps = input.followUps ?? 0;
  if (!interviewDate) {
    // Without the interview date only the count of follow-ups says where things stand.
    const status: Status = followUps >= 2 ? 'move-on' : followUps === 1 ? 'final-follow-up' : 'wait';
    return { status, dates: {} };
  }

  const thankYouBy = addDays(interviewDate, 1);
  // Just after a promised date, otherwise a week after the interview.
  const firstFollowUp = onWeekday(
    promisedBy ? later(addDays(promisedBy, 1), thankYouBy) : addDays(interviewDate, FIRST_FOLLOW_UP_AFTER),
  );
  // Each later step counts from when the previous follow-up went out: the day it was sent if known, its
  // due date if it was sent on an unknown day, or today if it is overdue and not sent yet.
  const firstOut = followUps === 1 && lastFollowUp ? lastFollowUp : followUps >= 1 ? firstFollowUp : later(firstFollowUp, today);
  const secondFollowUp = onWeekday(addDays(firstOut, FOLLOW_UP_GAP));
  const secondOut = followUps >= 2 ? (lastFollowUp ?? secondFollowUp) : later(secondFollowUp, today);
  const moveOn = onWeekday(addDays(secondOut, FOLLOW_UP_GAP));
  const dates = { thankYouBy, firstFollowUp, secondFollowUp, moveOn };

  let status: Status;
  if (followUps >= 2) status = today >= moveOn ? 'move-on' : 'wait';
  else if (followUps === 1) status = today >= secondFollowUp ? 'final-follow-up' : 'wait';
  else if (today >= firstFollowUp) status = 'follow-up';
  else if (thankYou !== 'sent' && daysBetween(interviewDate, today) <= FIRST_FOLLOW_UP_AFTER - 1) status = 'send-thank-you';
  else status = 'wait';
  return { status, dates };
}
