/**
 * Patterns across a person's own interviews: the funnel, the wait for a first reply, habits against
 * outcomes, where they get stuck and what recurs in their debriefs. Plain counts over the saved records,
 * each result carrying the words a view shows, so the journal page and its printed report only render.
 *
 * Small numbers are the norm here (a person has a handful of interviews), so every rate obeys one rule:
 * a share is shown as a percentage only over at least MIN_CASES interviews; below that the counts are
 * given as they are ("1 of 2") and the text says how many more it would take to mean anything.
 */
import { daysBetween, isIsoDate, plural, type IsoDate } from '../core/dates.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import { followUpsSent, outcomeOf } from './journal.ts';
import { REPLY_KINDS, ROUND_KINDS, ROUND_LABELS, type EventKind, type RoundKind } from '../interviews/journal-record.ts';
import { readTiming } from '../interviews/timing-answers.ts';
import { MIN_CASES, recurring, type Recurring } from '../core/counting.ts';

/** `count` of `of`, with a percentage only when `of` reaches MIN_CASES. */
export interface Share {
  count: number;
  of: number;
  /** Whole percent, only over at least MIN_CASES. */
  percent?: number;
}

/**
 * A share, under the small-numbers rule.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function share(count: number, of: number): Share {
  return of >= MIN_CASES ? { count, of, percent: Math.round((100 * count) / of) } : { count, of };
}

/** "3 of 4" or, over enough cases, "6 of 10 (60%)". */
export const shareText = (s: Share) => `${s.count} of ${s.of}${s.percent === undefined ? '' : ` (${s.percent}%)`}`;

/** How many more interviews it takes to reach MIN_CASES, and the sentence that says so (empty when enough). */
export function smallNumbers(have: number, what = 'interviews'): { enough: boolean; needed: number; text: string } {
  const needed = Math.max(0, MIN_CASES - have);
  if (!needed) return { enough: true, needed, text: '' };
  return {
    enough: false,
    needed,
    text: `Too few ${what} to mean anything yet: ${have} so far. A pattern needs at least ${MIN_CASES}, so ${needed} more.`,
  };
}

/**
 * The median of `values` (the mean of the middle two for an even count); undefined for none.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The date of the last interview held: the diagnostic's answer, or the latest round on or before today. */
export function lastInterview(record: InterviewRecord, today: IsoDate): IsoDate | undefined {
  // A loop, not arrays sorted: the journal asks this of every interview several times as it renders.
  // An interview date still ahead is scheduled, not held: it counts once its day comes.
  const answered = record.answers.interviewDate;
  let latest = isIsoDate(answered) && answered <= today ? answered : undefined;
  for (const { date } of record.rounds) if (date <= today && (!latest || date > latest)) latest = date;
  return latest;
}

const has = (record: InterviewRecord, kinds: readonly EventKind[]) => record.events.some((e) => kinds.includes(e.kind));
/** Called back: invited to a next round, or offered the job. */
const calledBack = (record: InterviewRecord) => has(record, ['next-round', 'offer']) || record.rounds.length >= 2;

const FUNNEL_STAGES = ['interviewed', 'next-round', 'offer'] as const;
type FunnelStage = (typeof FUNNEL_STAGES)[number];
const FUNNEL_LABELS: Record<FunnelStage, string> = {
  interviewed: 'Interviewed',
  'next-round': 'Invited further',
  offer: 'Offer',
};

export interface FunnelRow {
  stage: FunnelStage;
  label: string;
  count: number;
  /** Of the stage before (the first stage: of itself). */
  fromPrevious: Share;
}

/**
 * The funnel: interviews held, those that went further (a next round, two rounds or more, or an offer),
 * those that ended in an offer. Each stage holds the next, so the counts never rise down the funnel.
 */
export function funnel(records: readonly InterviewRecord[], today: IsoDate): FunnelRow[] {
  const interviewed = records.filter((r) => lastInterview(r, today));
  const further = interviewed.filter(calledBack);
  const offers = further.filter((r) => has(r, ['offer']));
  const counts = [interviewed.length, further.length, offers.length];
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    label: FUNNEL_LABELS[stage],
    count: counts[i],
    fromPrevious: share(counts[i], i ? counts[i - 1] : counts[i]),
  }));
}

/** @internal The tests name this shape. */
export interface RoundConversion {
  kind: RoundKind;
  label: string;
  /** Interviews that had this round, and how many of them went further after it. */
  passed: Share;
}

/**
 * For each kind of round: of the interviews that had one, how many went further after it (a later round,
 * or an invitation or offer dated from it on). Kinds nobody has had are left out.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function roundConversions(records: readonly InterviewRecord[]): RoundConversion[] {
  return ROUND_KINDS.flatMap((kind) => {
    const entered = records.flatMap((record) => {
      const first = record.rounds.filter((r) => r.kind === kind).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
      return first ? [{ record, date: first.date }] : [];
    });
    if (!entered.length) return [];
    const passed = entered.filter(
      ({ record, date }) =>
        record.rounds.some((r) => r.date > date) ||
        record.events.some((e) => (e.kind === 'next-round' || e.kind === 'offer') && e.date >= date),
    ).length;
    return [{ kind, label: ROUND_LABELS[kind], passed: share(passed, entered.length) }];
  });
}

/**
 * The lessons that address getting stuck after each kind of round, by lesson id (content/lessons/<id>.mdx;
 * tests/unit/journal/patterns.test.ts fails when one is renamed or removed). Screens filter on materials
 * and targeting; the hiring manager and panel weigh how you come across and whether they agree; technical
 * rounds are preparation; final rounds turn on stories, references and level.
 */
export const STUCK_LESSONS: Record<RoundKind, readonly string[]> = {
  screen: ['aiming-where-you-fit', 'your-online-presence'],
  'hiring-manager': ['in-the-room', 'aiming-where-you-fit'],
  panel: ['called-back-again', 'in-the-room'],
  technical: ['you-got-a-callback'],
  final: ['briefing-your-references', 'in-the-room'],
};

export type Stuck =
  { found: true; kind: RoundKind; label: string; passed: Share; lessons: readonly string[]; text: string } | { found: false; text: string };

/**
 * Where you get stuck: the kind of round with the lowest share going further, among those had by at least
 * MIN_CASES interviews (a tie goes to the earlier round, which comes first in a process). Without one, why.
 */
export function whereStuck(records: readonly InterviewRecord[]): Stuck {
  const counted = roundConversions(records).filter((c) => c.passed.of >= MIN_CASES);
  if (!counted.length) {
    const most = Math.max(0, ...roundConversions(records).map((c) => c.passed.of));
    return { found: false, text: smallNumbers(most, 'interviews with the same kind of round').text };
  }
  const lowest = counted.reduce((low, c) => (c.passed.count / c.passed.of < low.passed.count / low.passed.of ? c : low));
  return {
    found: true,
    kind: lowest.kind,
    label: lowest.label,
    passed: lowest.passed,
    lessons: STUCK_LESSONS[lowest.kind],
    text: `You went further after ${shareText(lowest.passed)} ${lowest.label.toLowerCase()} rounds: the stage where you most often stop.`,
  };
}

export interface ReplyWait {
  /** Days from the last interview to the first word from them, per interview that has one. */
  days: number[];
  median?: number;
  /** Interviews with no word since their last interview, still open, past the date they gave. */
  quiet: { id: string; promisedBy: IsoDate; daysPast: number }[];
  text: string;
}

/** Days from each interview to a first reply, their median, and who is still quiet past their own date. */
export function replyWait(records: readonly InterviewRecord[], today: IsoDate): ReplyWait {
  const days: number[] = [];
  const quiet: ReplyWait['quiet'] = [];
  for (const record of records) {
    const held = lastInterview(record, today);
    if (!held) continue;
    const first = record.events
      .filter((e) => (REPLY_KINDS as readonly EventKind[]).includes(e.kind) && e.date >= held)
      .map((e) => e.date)
      .sort()[0];
    if (first) days.push(daysBetween(held, first));
    else {
      const { promisedBy } = readTiming(record.answers);
      if (promisedBy && promisedBy < today && !outcomeOf(record.events)) {
        quiet.push({ id: record.id, promisedBy, daysPast: daysBetween(promisedBy, today) });
      }
    }
  }
  quiet.sort((a, b) => b.daysPast - a.daysPast);
  const mid = median(days);
  const small = smallNumbers(days.length, 'replies');
  const text =
    mid === undefined
      ? 'No replies recorded yet.'
      : small.enough
        ? `A first reply came a median of ${plural(mid, 'day')} after the interview.`
        : `${days.length === 1 ? '1 reply' : `${days.length} replies`} so far, after ${days
            .slice()
            .sort((a, b) => a - b)
            .map(String)
            .join(', ')} days. ${small.text}`;
  return { days, median: mid, quiet, text };
}

/** @internal The tests state the rule by this name rather than copying its value. */
export const HABITS = ['thank-you', 'follow-up', 'confident'] as const;
type Habit = (typeof HABITS)[number];
const HABIT_WORDS: Record<Habit, { with: string; without: string }> = {
  'thank-you': { with: 'with a thank-you', without: 'without' },
  'follow-up': { with: 'with a follow-up', without: 'without' },
  confident: { with: 'where you felt confident (7 or more)', without: 'where you did not' },
};
/** Confidence from this up counts as feeling confident. */
const CONFIDENT_FROM = 7;

export interface HabitComparison {
  habit: Habit;
  with: Share;
  without: Share;
  /** Both groups reach MIN_CASES: the comparison can mean something. */
  enough: boolean;
  text: string;
}

/**
 * Habits against outcomes, over the settled interviews only (called back, or closed): one still waiting
 * has no outcome to count. "Called back after 3 of 4 interviews with a thank-you, 0 of 2 without."
 * Confidence counts only debriefs that rate it.
 */
export function habits(records: readonly InterviewRecord[]): HabitComparison[] {
  const settled = records.filter((r) => calledBack(r) || outcomeOf(r.events));
  const test: Record<Habit, (r: InterviewRecord) => boolean | undefined> = {
    'thank-you': (r) => r.answers.thankYou === 'sent' || has(r, ['thank-you-sent']),
    'follow-up': (r) => followUpsSent(r.answers, r.events) > 0,
    confident: (r) => (r.debrief.confidence === undefined ? undefined : r.debrief.confidence >= CONFIDENT_FROM),
  };
  return HABITS.map((habit) => {
    const yes = settled.filter((r) => test[habit](r) === true);
    const no = settled.filter((r) => test[habit](r) === false);
    const withShare = share(yes.filter(calledBack).length, yes.length);
    const withoutShare = share(no.filter(calledBack).length, no.length);
    const enough = yes.length >= MIN_CASES && no.length >= MIN_CASES;
    const words = HABIT_WORDS[habit];
    const counts = `Called back after ${shareText(withShare)} interviews ${words.with}, ${shareText(withoutShare)} ${words.without}.`;
    const more = Math.max(0, MIN_CASES - yes.length) + Math.max(0, MIN_CASES - no.length);
    // "0 of 0, 0 of 0" says nothing: say what is missing instead.
    const text =
      !yes.length && !no.length
        ? settled.length
          ? 'No interview with an outcome has a confidence rating yet: the debrief asks for one.'
          : 'Nothing to compare yet: no interview has an outcome (called back, or closed).'
        : enough
          ? counts
          : `${counts} Too few to tell whether it makes a difference: ${MIN_CASES} of each would, so ${plural(more, 'more settled interview')}.`;
    return { habit, with: withShare, without: withoutShare, enough, text };
  });
}

/** The concerns interviewers probed that recur across debriefs. */
export const recurringConcerns = (records: readonly InterviewRecord[]) => recurring(records.map((r) => r.debrief.concerns ?? []));

/**
 * The reasons the diagnostic keeps leading with across diagnosed interviews, given `leading`, which names
 * one interview's leading reasons (leading-reasons.ts, loaded by the page with the engine); an interview it
 * cannot diagnose (answers from another version) counts for nothing.
 */
export function recurringReasons(records: readonly InterviewRecord[], leading: (record: InterviewRecord) => string[]): Recurring[] {
  return recurring(
    records
      .filter((r) => r.finished)
      .map((record) => {
        try {
          return leading(record);
        } catch {
          return [];
        }
      }),
  );
}
