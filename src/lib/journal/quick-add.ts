/**
 * Quick add: a past interview entered in one row on the journal (the company, its date, how it ended), the
 * rest added later on its page. The record is built whole here, its ending already an event on its date, so
 * the action stores it in one write. The date rules are the planner's (one home: `interviewDateProblem`).
 */
import { isOneOf } from '../core/guards.ts';
import type { IsoDate } from '../core/dates.ts';
import { DETAIL_MAX, patchRecord, type InterviewRecord } from '../interviews/interviews.ts';
import type { EventKind } from '../interviews/journal-record.ts';
import { timingProblems } from '../interviews/timing-answers.ts';
import { recordEventPatch } from './journal.ts';

/** How it ended, as the row asks it: each but "no reply yet" becomes an event on the interview's date. */
export const QUICK_ENDINGS = ['none', 'ghosted', 'rejected', 'offer', 'withdrew', 'next-round'] as const;
export type QuickEnding = (typeof QUICK_ENDINGS)[number];
export const QUICK_ENDING_LABELS: Record<QuickEnding, string> = {
  none: 'No reply yet',
  ghosted: 'No reply: ghosted',
  rejected: 'Rejected',
  offer: 'Offer',
  withdrew: 'Withdrew',
  'next-round': 'Next round',
};

/** What the row holds, as typed. */
export interface QuickAddInput {
  company: string;
  interviewDate: string;
  ending: string;
}

/** Why the row was not added: about one of its fields, or (the count limit) about none. */
export interface QuickAddProblem {
  field?: 'company' | 'interviewDate' | 'ending';
  problem: string;
}

/**
 * Why `date` cannot be a new interview's date, or undefined: required, at most a year back and, since one
 * may be entered before it happens, at most a year ahead (the journal's and the planner's rule).
 */
export function interviewDateProblem(date: string, today: IsoDate): string | undefined {
  if (!date) return 'Enter the date of the interview.';
  const found = timingProblems({ interviewDate: date }, today, { upcoming: true }).find((p) => p.field === 'interviewDate');
  return found && `The interview date can't be used: ${found.problem}.`;
}

/**
 * The row as a record: `base` (a new, empty interview) named and dated, with its ending as an event on the
 * interview's date. An interview still ahead has no ending yet: what the row says of it is left out. Every
 * reason it cannot be added otherwise, and nothing built.
 */
export function quickAddRecord(
  input: QuickAddInput,
  base: InterviewRecord,
  today: IsoDate,
  now: Date,
): { record: InterviewRecord } | { problems: QuickAddProblem[] } {
  const company = input.company.trim();
  const problems: QuickAddProblem[] = [];
  if (!company) problems.push({ field: 'company', problem: 'Enter the company, to tell this interview from others.' });
  else if (company.length > DETAIL_MAX) problems.push({ field: 'company', problem: `Keep the company to ${DETAIL_MAX} characters.` });
  const dateProblem = interviewDateProblem(input.interviewDate, today);
  if (dateProblem) problems.push({ field: 'interviewDate', problem: dateProblem });
  if (!isOneOf(QUICK_ENDINGS, input.ending)) problems.push({ field: 'ending', problem: 'Choose how it ended.' });
  if (problems.length) return { problems };

  const date = input.interviewDate as IsoDate;
  const record: InterviewRecord = { ...base, company, answers: { interviewDate: date } };
  const ending = input.ending as QuickEnding;
  if (ending === 'none' || date > today) return { record };
  const write = recordEventPatch(record, { kind: ending satisfies EventKind, date }, today);
  // A new record with one event cannot be refused (no limit is near); should a rule ever refuse it, the
  // interview is still added, without its ending, rather than lost.
  if ('problem' in write) return { record };
  return { record: patchRecord({ interviews: [record], currentId: null }, record.id, write.patch, now).interviews[0] };
}
