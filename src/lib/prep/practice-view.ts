/**
 * What the practice page's "Expect questions" part shows, worked out from plain data: which interview and
 * kind of round it opens on, and the list of questions to tick.
 */
import type { IsoDate } from '../core/dates.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import type { RoundKind } from '../interviews/journal-record.ts';
import { sheetInterview, soonestComing, type Expectation, type OwnQuestion, type PracticeState } from './practice.ts';
import { journalOrder } from '../journal/view.ts';
import type { Competency } from './stories.ts';

/** A bank question as the page hands it over: the bank's fields plus where its lesson is. */
export interface PageQuestion {
  id: string;
  text: string;
  why: string;
  round: RoundKind[];
  competencies: Competency[];
  lesson: { title: string; href: string };
}

/** One line of the checklist "I expect this". */
export interface ExpectItem {
  id: string;
  text: string;
  /** The bank's "why"; none for the person's own questions. */
  why?: string;
  lesson?: { title: string; href: string };
  own: boolean;
  expected: boolean;
}

/** The interviews to choose from, in the journal's order (the latest first). */
export const interviewChoices = (records: readonly InterviewRecord[], today: IsoDate) => journalOrder(records, today);

/**
 * The interview the page opens on: the next one coming up (what prep is for), else the prepared one happening
 * soonest (the day-of sheet's), else the journal's first. Undefined when the journal is empty.
 */
export function firstInterview(state: PracticeState, records: readonly InterviewRecord[], today: IsoDate): string | undefined {
  return (
    soonestComing(records, (r) => r, today)?.item.id ??
    sheetInterview(state, records, today)?.record.id ??
    journalOrder(records, today)[0]?.id
  );
}

/**
 * The kind of round to prepare for: the one already chosen for this interview (a deliberate choice, kept
 * across visits), else its latest round's kind, else a recruiter's screen, where most processes start.
 */
export function defaultRound(record: InterviewRecord | undefined, expectation: Expectation | undefined): RoundKind {
  if (expectation) return expectation.round;
  const latest = [...(record?.rounds ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);
  return latest?.kind ?? 'screen';
}

/**
 * The questions to tick for a kind of round: the bank's for it (those most asked in that kind first, then those
 * of other kinds it also brings, each in bank order), then the person's own for it, then any question expected
 * earlier that belongs to another kind, so it can still be unticked.
 */
export function expectList(
  bank: readonly PageQuestion[],
  own: readonly OwnQuestion[],
  expectation: Expectation | undefined,
  kind: RoundKind,
): ExpectItem[] {
  const expected = new Set(expectation?.expected ?? []);
  const fromBank = (q: PageQuestion): ExpectItem => ({
    id: q.id,
    text: q.text,
    why: q.why,
    lesson: q.lesson,
    own: false,
    expected: expected.has(q.id),
  });
  const fromOwn = (q: OwnQuestion): ExpectItem => ({ id: q.id, text: q.text, own: true, expected: expected.has(q.id) });
  const fits = bank.filter((q) => q.round.includes(kind));
  const items = [
    ...[...fits.filter((q) => q.round[0] === kind), ...fits.filter((q) => q.round[0] !== kind)].map(fromBank),
    ...own.filter((q) => q.round.includes(kind)).map(fromOwn),
  ];
  const listed = new Set(items.map((i) => i.id));
  const bankById = new Map(bank.map((q) => [q.id, q]));
  const ownById = new Map(own.map((q) => [q.id, q]));
  const others = (expectation?.expected ?? []).flatMap((id) => {
    if (listed.has(id)) return [];
    const b = bankById.get(id);
    const o = ownById.get(id);
    return b ? [fromBank(b)] : o ? [fromOwn(o)] : [];
  });
  return [...items, ...others];
}

/**
 * How many of a kind's questions the list shows before "Show all": the most asked, a screen's worth to scan.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const SHORT_LIST = 12;

/**
 * The items to show before "Show all": the first SHORT_LIST, and any after them that is ticked or the person's
 * own (what they chose is never hidden). `hidden` is how many wait behind the button.
 */
export function shortList<T extends { expected: boolean; own: boolean }>(items: readonly T[]): { shown: T[]; hidden: number } {
  const shown = items.filter((item, i) => i < SHORT_LIST || item.expected || item.own);
  return { shown, hidden: items.length - shown.length };
}

/** "5 questions expected for Acme · Designer". */
export const expectedLine = (count: number, label: string) =>
  `${count === 0 ? 'No' : count} ${count === 1 ? 'question' : 'questions'} expected for ${label}`;
