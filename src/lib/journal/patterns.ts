/**
 * Patterns across a person's own interviews: what keeps happening, the funnel, the wait for a first reply,
 * habits against outcomes, where they get stuck and what recurs in their debriefs. Plain counts over the
 * saved records, each result carrying the words a view shows, so the journal page only renders.
 *
 * Small numbers are the norm here (a person asking "is there a pattern?" has five or six interviews), so
 * the first thing said is counts in words of what recurs ("5 of 6 went quiet after the interview"), with
 * one sentence on what such counts cannot show. A share is shown as a percentage only over at least
 * MIN_CASES interviews; only where a figure is a rate (where you stop most often, a habit against callbacks)
 * does the text say it needs more.
 *
 * Only interviews held by today count (lastInterview): one still ahead has no outcome, no reply and no
 * habit to count yet, so it is in no pattern until its date passes.
 */
import { daysBetween, isIsoDate, plural, type IsoDate } from '../core/dates.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import { followUpsSent, outcomeOf } from './journal.ts';
import {
  REPLY_KINDS,
  ROUND_KINDS,
  ROUND_LABELS,
  SOURCES,
  type EventKind,
  type Outcome,
  type RoundKind,
  type Source,
} from '../interviews/journal-record.ts';
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

/**
 * The date of the last interview held: the latest of the diagnostic's answer and the rounds, among those on
 * or before today. Undefined for an interview not yet held (its date, or every round, still ahead): such an
 * interview counts in no pattern until its date passes.
 */
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
 * @internal Exported for its own tests; the page reads it through journalPatterns.
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
 * For each kind of round: of the interviews that had one by `today`, how many went further after it (a later
 * round, held or scheduled, or an invitation or offer dated from it on). Kinds nobody has had are left out.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function roundConversions(records: readonly InterviewRecord[], today: IsoDate): RoundConversion[] {
  return ROUND_KINDS.flatMap((kind) => {
    const entered = records.flatMap((record) => {
      const first = record.rounds.filter((r) => r.kind === kind && r.date <= today).sort((a, b) => (a.date < b.date ? -1 : 1))[0];
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

type Stuck =
  { found: true; kind: RoundKind; label: string; passed: Share; lessons: readonly string[]; text: string } | { found: false; text: string };

/**
 * Where you get stuck: the kind of round with the lowest share going further, among those had by at least
 * MIN_CASES interviews by `today` (a tie goes to the earlier round, which comes first in a process). Without
 * one, why: this is a rate, so it waits for enough rounds of one kind rather than compare "0 of 1" with "1 of 2".
 * @internal Exported for its own tests; the page reads it through journalPatterns.
 */
export function whereStuck(records: readonly InterviewRecord[], today: IsoDate): Stuck {
  const conversions = roundConversions(records, today);
  const counted = conversions.filter((c) => c.passed.of >= MIN_CASES);
  if (!counted.length) {
    const most = Math.max(0, ...conversions.map((c) => c.passed.of));
    return {
      found: false,
      text: most
        ? `The kind of round you most often stop after shows once ${MIN_CASES} interviews have had the same kind (so far, at most ${most}).`
        : 'Add the rounds of each interview to see after which kind you most often stop.',
    };
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

interface ReplyWait {
  /** Days from the last interview to the first word from them, per interview that has one. */
  days: number[];
  median?: number;
  /** Interviews with no word since their last interview, still open, past the date they gave. */
  quiet: { id: string; promisedBy: IsoDate; daysPast: number }[];
  text: string;
}

/** Days from `held` (the last interview) to the first word from them since, if any came. */
function daysToReply(record: InterviewRecord, held: IsoDate): number | undefined {
  let first: IsoDate | undefined;
  for (const e of record.events) {
    if ((REPLY_KINDS as readonly EventKind[]).includes(e.kind) && e.date >= held && (!first || e.date < first)) first = e.date;
  }
  return first ? daysBetween(held, first) : undefined;
}

/**
 * Days from each interview to a first reply, their median, and who is still quiet past their own date.
 * @internal Exported for its own tests; the page reads it through journalPatterns.
 */
export function replyWait(records: readonly InterviewRecord[], today: IsoDate): ReplyWait {
  const days: number[] = [];
  const quiet: ReplyWait['quiet'] = [];
  for (const record of records) {
    const held = lastInterview(record, today);
    if (!held) continue;
    const wait = daysToReply(record, held);
    if (wait !== undefined) days.push(wait);
    else {
      const { promisedBy } = readTiming(record.answers);
      if (promisedBy && promisedBy < today && !outcomeOf(record.events)) {
        quiet.push({ id: record.id, promisedBy, daysPast: daysBetween(promisedBy, today) });
      }
    }
  }
  quiet.sort((a, b) => b.daysPast - a.daysPast);
  const mid = median(days);
  // Under MIN_CASES replies a median would say more than it knows: the days themselves are the honest figure.
  const text =
    mid === undefined
      ? 'No replies recorded yet.'
      : days.length >= MIN_CASES
        ? `A first reply came a median of ${plural(mid, 'day')} after the interview.`
        : `${days.length === 1 ? '1 reply' : `${days.length} replies`} so far, after ${days
            .slice()
            .sort((a, b) => a - b)
            .map(String)
            .join(', ')} days.`;
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

interface HabitComparison {
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
 * @internal Exported for its own tests; the page reads it through journalPatterns.
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

/**
 * The concerns interviewers probed that recur across debriefs.
 * @internal Exported for its own tests; the page reads it through journalPatterns.
 */
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

/**
 * The interviews held by `today`, in the order given: the only ones a pattern counts.
 * @internal The tests name the rule by this function.
 */
export const heldInterviews = (records: readonly InterviewRecord[], today: IsoDate) => records.filter((r) => lastInterview(r, today));

/** A fact is said only when it happened this often: once is an event, not a pattern. */
const RECURS = 2;
/**
 * ...and out of at least this many interviews held ("2 of 2" is simply every interview so far).
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const FACTS_FROM = 3;
/**
 * The most facts said: the first few carry the news; a longer list reads as noise.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const MAX_FACTS = 5;
/** Under this many interviews the caveat adds that chance can pass for a cause (the brief's "3 to 10"). */
const FEW = 2 * MIN_CASES;

/** How an interview ended so far: its outcome, or still open. */
type Ending = Outcome | 'open';
const ENDING_WORDS: Record<Ending, string> = {
  ghosted: 'went quiet',
  rejected: 'ended in a rejection',
  offer: 'ended in an offer',
  withdrew: 'ended with you withdrawing',
  open: 'are still open',
};
/** The kinds of round as the words after "after": "went quiet after a final round". */
const AFTER_ROUND: Record<RoundKind, string> = {
  screen: 'a screen',
  'hiring-manager': 'a hiring manager interview',
  panel: 'a panel interview',
  technical: 'a technical round',
  final: 'a final round',
};
/** How they came, for two or more: "3 of 7 came through agency recruiters". */
const SOURCE_WORDS: Record<Source, string> = {
  applied: 'came from applications you sent',
  referral: 'came through referrals',
  'agency-recruiter': 'came through agency recruiters',
  'in-house-recruiter': 'came through in-house recruiters',
};

/** A count within a fact's own interviews ("3 of those 4"), or among the others ("1 of the other 2"). */
interface Count {
  count: number;
  of: number;
}

/**
 * One recurring fact about the interviews held, in words.
 * @internal The tests name this shape.
 */
export interface Fact {
  /** What it counts: `ended:ghosted`, `source:referral`, `thank-you`, `follow-up` or `reply`. */
  key: string;
  /** How many of the held interviews it names: at least RECURS. */
  count: number;
  /** The interviews held. */
  of: number;
  /** Counts within those `count` interviews (each of `count`, and recurring): "3 of those 4 after a final round". */
  within: Count[];
  /** The same count among the other held interviews, for a habit: "and 1 of the other 2". */
  others?: Count;
  /** "4 of 7 went quiet after a final round. 3 of those 4 came through agency recruiters." */
  text: string;
}

interface Recurs {
  /** The most telling first (the largest count), at most MAX_FACTS. */
  facts: Fact[];
  /** What these counts cannot show, said once beside them; empty when there are none. */
  caveat: string;
  /** What to say when there are no facts; empty when there are. */
  none: string;
}

/** The order facts with the same count come in: outcomes, then habits, then replies. */
const KEY_ORDER = ['ended', 'thank-you', 'follow-up', 'reply'];

const endingOf = (record: InterviewRecord): Ending => outcomeOf(record.events) ?? 'open';

/** The kind of the last round held by `today`, if any round was recorded. */
function lastRoundKind(record: InterviewRecord, today: IsoDate): RoundKind | undefined {
  let last: { date: IsoDate; kind: RoundKind } | undefined;
  for (const r of record.rounds) if (r.date <= today && (!last || r.date >= last.date)) last = r;
  return last?.kind;
}

/** The value most of `items` share and how many share it (a tie goes to the first in `order`). */
function mostCommon<T>(items: readonly (T | undefined)[], order: readonly T[]): { value: T; count: number } | undefined {
  let best: { value: T; count: number } | undefined;
  for (const value of order) {
    const count = items.filter((item) => item === value).length;
    if (count && (!best || count > best.count)) best = { value, count };
  }
  return best;
}

/** "3 of those 4", "both", "all 3": a count within a group just named. */
const ofThose = (count: number, of: number) => (count < of ? `${count} of those ${of}` : of === 2 ? 'both' : `all ${of}`);
const capitalized = (text: string) => text[0].toUpperCase() + text.slice(1);

/**
 * The one source a group's interviews mostly came through, when it is more common in the group than across
 * all held interviews (all six came through applications: the five that went quiet did too, which says nothing).
 */
function concentratedSource(group: readonly InterviewRecord[], held: readonly InterviewRecord[]) {
  const top = mostCommon(
    group.map((r) => r.source ?? undefined),
    SOURCES,
  );
  if (!top || top.count < RECURS || top.count * 2 <= group.length) return undefined;
  const overall = held.filter((r) => r.source === top.value).length;
  return top.count * held.length > overall * group.length ? top : undefined;
}

/** "4 of 7 went quiet after a final round. 3 of those 4 came through agency recruiters." */
function endingFact(ending: Ending, group: InterviewRecord[], held: readonly InterviewRecord[], today: IsoDate): Fact {
  const within: Count[] = [];
  let text = `${group.length} of ${held.length} ${ENDING_WORDS[ending]}`;
  if (ending !== 'open') {
    const kind = mostCommon(
      group.map((r) => lastRoundKind(r, today)),
      ROUND_KINDS,
    );
    if (kind && kind.count === group.length) text += ` after ${AFTER_ROUND[kind.value]}`;
    else if (kind && kind.count >= RECURS) {
      text += `: ${ofThose(kind.count, group.length)} after ${AFTER_ROUND[kind.value]}`;
      within.push({ count: kind.count, of: group.length });
    } else if (ending === 'ghosted') text += ' after the interview';
  }
  text += '.';
  const source = ending === 'open' ? undefined : concentratedSource(group, held);
  if (source) {
    text += ` ${capitalized(ofThose(source.count, group.length))} ${SOURCE_WORDS[source.value]}.`;
    within.push({ count: source.count, of: group.length });
  }
  return { key: `ended:${ending}`, count: group.length, of: held.length, within, text };
}

/**
 * A habit against how interviews ended: "You sent a thank-you after 5 of 7: 4 of those 5 went quiet, and 1
 * of the other 2." The ending named is the one most of the habit's interviews share, when it recurs.
 */
function habitFact(key: string, did: string, yes: InterviewRecord[], held: readonly InterviewRecord[]): Fact {
  const within: Count[] = [];
  let others: Count | undefined;
  let text = `You ${did} after ${yes.length} of ${held.length}`;
  const closed = mostCommon(
    yes.map((r) => outcomeOf(r.events)),
    ['ghosted', 'rejected', 'offer', 'withdrew'] satisfies Outcome[],
  );
  if (closed && closed.count >= RECURS) {
    text += `: ${ofThose(closed.count, yes.length)} ${ENDING_WORDS[closed.value]}`;
    within.push({ count: closed.count, of: yes.length });
    const rest = held.filter((r) => !yes.includes(r));
    if (rest.length) {
      others = { count: rest.filter((r) => outcomeOf(r.events) === closed.value).length, of: rest.length };
      text += `, and ${others.count} of the other ${others.of}`;
    }
  }
  return { key, count: yes.length, of: held.length, within, ...(others ? { others } : {}), text: `${text}.` };
}

/** "You heard back after 4 of 7, 3 to 18 days after the interview." With MIN_CASES replies, their median too. */
function replyFact(days: number[], held: readonly InterviewRecord[]): Fact {
  const least = Math.min(...days);
  const most = Math.max(...days);
  const when =
    most === 0
      ? 'the same day as the interview'
      : `${least === most ? plural(most, 'day') : `${least} to ${most} days`} after the interview`;
  const mid = days.length >= MIN_CASES ? ` (a median of ${plural(median(days)!, 'day')})` : '';
  return {
    key: 'reply',
    count: days.length,
    of: held.length,
    within: [],
    text: `You heard back after ${days.length} of ${held.length}, ${when}${mid}.`,
  };
}

/**
 * What keeps happening across the interviews held by `today`, as counts in words: how they ended (and after
 * which kind of round, and through which source when one stands out), thank-yous and follow-ups against how
 * they ended, how soon a first reply came, how they came. A fact is said only when it recurs (at least twice,
 * out of at least FACTS_FROM interviews held), the largest count first (how they came after the rest), at most
 * MAX_FACTS; never a percentage. Beside them, one sentence on what counts cannot show.
 * @internal Exported for its own tests; the page reads it through journalPatterns.
 */
export function recurringFacts(records: readonly InterviewRecord[], today: IsoDate): Recurs {
  const held = heldInterviews(records, today);
  if (held.length < FACTS_FROM) {
    return {
      facts: [],
      caveat: '',
      none: held.length
        ? `With ${plural(held.length, 'interview')} held, nothing can recur yet: what keeps happening shows here from ${FACTS_FROM}.`
        : '',
    };
  }
  const facts: Fact[] = [];
  const named = new Set<Source>();
  for (const ending of ['ghosted', 'rejected', 'offer', 'withdrew', 'open'] as const) {
    const group = held.filter((r) => endingOf(r) === ending);
    if (group.length < RECURS) continue;
    facts.push(endingFact(ending, group, held, today));
    const source = ending === 'open' ? undefined : concentratedSource(group, held);
    if (source) named.add(source.value);
  }
  const thanked = held.filter((r) => r.answers.thankYou === 'sent' || r.events.some((e) => e.kind === 'thank-you-sent'));
  if (thanked.length >= RECURS) facts.push(habitFact('thank-you', 'sent a thank-you', thanked, held));
  const followed = held.filter((r) => followUpsSent(r.answers, r.events) > 0);
  if (followed.length >= RECURS) facts.push(habitFact('follow-up', 'followed up', followed, held));
  const days = held.flatMap((r) => daysToReply(r, lastInterview(r, today)!) ?? []);
  if (days.length >= RECURS) facts.push(replyFact(days, held));
  // How they came, on its own, is the least telling: left out where an outcome above already names it.
  for (const source of SOURCES) {
    const count = held.filter((r) => r.source === source).length;
    if (count < RECURS || named.has(source)) continue;
    facts.push({
      key: `source:${source}`,
      count,
      of: held.length,
      within: [],
      text: `${count} of ${held.length} ${SOURCE_WORDS[source]}.`,
    });
  }
  // How they came is context, not news ("6 of 6 came from applications you sent" before "5 of 6 went quiet"
  // would bury the point): it follows the rest whatever its count.
  const sources = facts.filter((f) => f.key.startsWith('source:'));
  const rank = (f: Fact) => KEY_ORDER.indexOf(f.key.split(':')[0]);
  const news = facts.filter((f) => !sources.includes(f)).sort((a, b) => b.count - a.count || rank(a) - rank(b));
  const shown = [...news, ...sources.sort((a, b) => b.count - a.count)].slice(0, MAX_FACTS);
  return {
    facts: shown,
    caveat: shown.length
      ? `These counts say what happened to you, not why${held.length < FEW ? `; over ${held.length} interviews, chance can look like a cause` : ''}.`
      : '',
    none: shown.length ? '' : `Nothing has happened twice yet across your ${held.length} interviews.`,
  };
}

/** Every pattern the journal shows, worked out once over the interviews held by `today`. */
export interface JournalPatterns {
  /** The interviews held: the only ones counted, here and by the patterns the page adds (practice, diagnoses). */
  held: InterviewRecord[];
  recurs: Recurs;
  funnel: FunnelRow[];
  wait: ReplyWait;
  /** The habit comparisons with enough interviews on both sides to state as percentages. */
  habits: HabitComparison[];
  /** Why there are none of those yet, when there are none; empty otherwise. */
  habitsNote: string;
  stuck: Stuck;
  concerns: Recurring[];
}

/**
 * The journal's patterns over `records` as of `today`: what the page shows, in one pass. An interview not yet
 * held changes none of it.
 */
export function journalPatterns(records: readonly InterviewRecord[], today: IsoDate): JournalPatterns {
  const held = heldInterviews(records, today);
  const compared = habits(held).filter((h) => h.enough);
  return {
    held,
    recurs: recurringFacts(held, today),
    funnel: funnel(held, today),
    wait: replyWait(held, today),
    habits: compared,
    habitsNote: compared.length
      ? ''
      : `Whether a habit goes with being called back shows here as a percentage once ${MIN_CASES} settled interviews had it and ${MIN_CASES} did not.`,
    stuck: whereStuck(held, today),
    concerns: recurringConcerns(held),
  };
}
