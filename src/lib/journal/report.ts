/**
 * The journal as a list of dated activities: what the printable activity report shows (some job agencies
 * ask for proof of applications) and what the CSV export writes, one row each. One home, so the paper and
 * the spreadsheet never disagree on what happened when. No CSV library here: the report page loads this
 * without papaparse.
 */
import { isIsoDate, type IsoDate } from '../core/dates.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import { EVENT_LABELS, ROUND_LABELS, type RoundKind } from '../interviews/journal-record.ts';
import { readTiming } from '../interviews/timing-answers.ts';

/** The activity of a row that only dates the interview (no round of a known kind, no event); the import reads it back (csv.ts). */
export const INTERVIEW_ACTIVITY = 'Interview';
/** A round's activity: "Screen round". */
export const roundActivity = (kind: RoundKind) => `${ROUND_LABELS[kind]} round`;
/** Interviewers in one cell. */
const NAME_SEPARATOR = '; ';

/** The last round held by `today`: the interview date when nothing else gives one. */
export const lastHeld = (rounds: readonly { date: IsoDate }[], today: IsoDate) =>
  rounds
    .map((r) => r.date)
    .filter((d) => d <= today)
    .sort()
    .at(-1);

/** One thing that happened, on a day. */
export interface Activity {
  date: IsoDate;
  /** "Screen round", "Thank-you sent", "Interview". */
  activity: string;
  /** The interviewers of a round, the note of an event. */
  details: string;
}

/**
 * Everything dated in one interview, by date: its rounds, its events, and the interview date as a row of its
 * own unless it is the last round held by `today`, which says it already.
 */
export function recordActivities(record: InterviewRecord, today: IsoDate): Activity[] {
  const dated: Activity[] = [];
  const { interviewDate } = readTiming(record.answers);
  if (interviewDate && interviewDate !== lastHeld(record.rounds, today)) {
    dated.push({ date: interviewDate, activity: INTERVIEW_ACTIVITY, details: '' });
  }
  for (const r of record.rounds)
    dated.push({ date: r.date, activity: roundActivity(r.kind), details: r.interviewers.join(NAME_SEPARATOR) });
  for (const e of record.events) dated.push({ date: e.date, activity: EVENT_LABELS[e.kind], details: e.note ?? '' });
  // Stable: on one day, the interview comes before its round, and a round before what followed it.
  return dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Which days a report covers; either end may be open. */
export interface DateRange {
  from?: IsoDate;
  to?: IsoDate;
}

/**
 * Whether `date` falls in `range`, both ends included. An end that is not a date is open.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function inRange(date: IsoDate, { from, to }: DateRange): boolean {
  return (!isIsoDate(from) || date >= from) && (!isIsoDate(to) || date <= to);
}

/** Why `range` would list nothing, in words a person can act on, or undefined. */
export function rangeProblem({ from, to }: DateRange): string | undefined {
  return isIsoDate(from) && isIsoDate(to) && from > to ? 'The “From” date is after the “To” date: nothing falls between them.' : undefined;
}

/** One line of the report. */
export interface ReportRow extends Activity {
  /** The interview it belongs to (a key for lists). */
  id: string;
  company: string;
  role: string;
}

/**
 * Every dated activity of every interview in `range`, oldest first; on one day, interviews keep the
 * journal's order. Nothing outside the range, nothing left out within it.
 */
export function reportRows(records: readonly InterviewRecord[], today: IsoDate, range: DateRange = {}): ReportRow[] {
  const rows = records.flatMap((record) =>
    recordActivities(record, today)
      .filter((a) => inRange(a.date, range))
      .map((a) => ({ ...a, id: record.id, company: record.company.trim(), role: record.role.trim() })),
  );
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The period a report covers, as its heading says it ("From March 1, 2026 to March 31, 2026"). */
export function periodLine(range: DateRange, format: (date: IsoDate) => string): string {
  const from = isIsoDate(range.from) ? format(range.from) : undefined;
  const to = isIsoDate(range.to) ? format(range.to) : undefined;
  if (from && to) return `From ${from} to ${to}`;
  if (from) return `From ${from}`;
  if (to) return `Up to ${to}`;
  return 'All dates';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 14, 2026": short enough for a report's date column, and read the same everywhere. */
export function shortDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}
