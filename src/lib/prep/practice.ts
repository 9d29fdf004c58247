/**
 * The question loop (issue 19), kept in `callback:practice`: before an interview a person picks the questions
 * they expect (from the bank, content/practice/questions/, or their own); the debrief ticks which came up
 * and which went badly, notes the stories told and whether they landed, and lists the surprises (the
 * debrief's own "questions they asked", interviews/journal-record.ts: one home for what was asked). From that the
 * journal counts, per kind of round, how many expected questions came up, and fumbled and surprise
 * questions become practice cards (practice-cards.ts schedules them).
 *
 * Apart from the interviews, like the mentors' reviews, so that 500 full interviews still fit in storage and
 * pages that only keep interviews load none of this. An expectation names its interview by id; one whose
 * interview was deleted is ignored by every view here, and dropped by the next write.
 */
import { isIsoDate, type IsoDate } from '../core/dates.ts';
import { comingInterview } from '../journal/journal.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import { isRoundKind, ROUND_KINDS, ROUND_LABELS, type RoundKind } from '../interviews/journal-record.ts';
import { MIN_CASES, normalizeConcern, recurring, type Recurring } from '../core/counting.ts';
import type { ValueSchema } from '../storage/storage-codec.ts';
import { PRACTICE_NAME } from '../storage/storage-keys.ts';
import type { StoredValue } from '../storage/stored-value.ts';
import type { Competency } from './stories.ts';
import { isObject, isText, pick } from '../core/guards.ts';

/** A question the person wrote themselves, for the kinds of round they chose. */
export interface OwnQuestion {
  id: string;
  text: string;
  round: RoundKind[];
}

/** Whether a story told in an interview landed: they engaged or followed up, or it fell flat. */
export const LANDED = ['landed', 'flat'] as const;
export type Landed = (typeof LANDED)[number];
export const LANDED_LABELS: Record<Landed, string> = { landed: 'It landed', flat: 'It fell flat' };

interface StoryUse {
  storyId: string;
  /** Unset until the debrief says. */
  landed?: Landed;
}

/** One interview's prep and what came of it. Every list holds question ids (the bank's or own), each once. */
export interface Expectation {
  interviewId: string;
  /** The kind of round prepared for: the hit rate is counted per kind. */
  round: RoundKind;
  /** The questions expected, in the order picked. */
  expected: string[];
  /** Of those, the ones that came up (the debrief's ticks). */
  asked: string[];
  /** Of those that came up, the ones that went badly: they become practice cards. */
  fumbled: string[];
  /** The stories told. */
  stories: StoryUse[];
}

export interface PracticeState {
  own: OwnQuestion[];
  expectations: Expectation[];
  /** Cards practiced at least once; a card not yet practiced is derived from the debriefs (see `practiceDeck`). */
  cards: PracticeCard[];
}

export const EMPTY_PRACTICE: PracticeState = { own: [], expectations: [], cards: [] };

export const PRACTICE_LIMITS = {
  own: 100,
  /** One per interview, as many as the journal keeps. */
  expectations: 500,
  /** Questions expected for one interview: more than a person can prepare well. */
  expected: 20,
  stories: 6,
  cards: 300,
  /** A question: a sentence or two, as the bank's and the debrief's. */
  question: 200,
  /** A written answer: about two spoken minutes. */
  answer: 2000,
  id: 64,
} as const;

// ── Practice cards' stored shape (scheduling, with ts-fsrs, is practice-cards.ts: only the practice page loads it) ──

/** Where a card came from: a question fumbled, one not expected, one added by the person, or one from the question library. */
const CARD_SOURCES = ['fumbled', 'surprise', 'own', 'library'] as const;
type CardSource = (typeof CARD_SOURCES)[number];

/** FSRS's memory of a card, as stored: plain numbers and days. */
export interface Schedule {
  due: IsoDate;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  /** FSRS's state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview?: IsoDate;
}

export interface PracticeCard {
  id: string;
  question: string;
  from: CardSource;
  /** The interview whose debrief it came from, if any. */
  interviewId?: string;
  /** The person's latest answer, written when practicing. */
  answer?: string;
  /** The story linked to it (issue 19's story bank). */
  storyId?: string;
  schedule: Schedule;
}

/**
 * Whether `value` is a schedule this code wrote (stored data is checked on every read).
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function isSchedule(value: unknown): value is Schedule {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const count = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  return (
    isIsoDate(s.due) &&
    typeof s.stability === 'number' &&
    Number.isFinite(s.stability) &&
    typeof s.difficulty === 'number' &&
    Number.isFinite(s.difficulty) &&
    count(s.reps) &&
    count(s.lapses) &&
    [0, 1, 2, 3].includes(s.state as number) &&
    (s.lastReview === undefined || isIsoDate(s.lastReview))
  );
}

// ── Checks ───────────────────────────────────────────────────────────────────────────────────────────────

const isId = (v: unknown) => isText(v, PRACTICE_LIMITS.id) && (v as string).length > 0;
const isIdList = (v: unknown, max: number) => Array.isArray(v) && v.length <= max && v.every(isId) && new Set(v).size === v.length;

const isOwn = (v: unknown): v is OwnQuestion =>
  isObject(v) &&
  isId(v.id) &&
  isText(v.text, PRACTICE_LIMITS.question) &&
  Array.isArray(v.round) &&
  v.round.length > 0 &&
  v.round.every(isRoundKind);

const isStoryUse = (v: unknown): v is StoryUse =>
  isObject(v) && isId(v.storyId) && (v.landed === undefined || LANDED.includes(v.landed as Landed));

/**
 * Whether `v` is an expectation this code wrote: its ticks only among the questions expected.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function isExpectation(v: unknown): v is Expectation {
  if (!isObject(v) || !isId(v.interviewId) || !isRoundKind(v.round)) return false;
  if (!isIdList(v.expected, PRACTICE_LIMITS.expected) || !isIdList(v.asked, PRACTICE_LIMITS.expected)) return false;
  if (!isIdList(v.fumbled, PRACTICE_LIMITS.expected)) return false;
  const expected = new Set(v.expected as string[]);
  const asked = new Set(v.asked as string[]);
  return (
    (v.asked as string[]).every((id) => expected.has(id)) &&
    (v.fumbled as string[]).every((id) => asked.has(id)) &&
    Array.isArray(v.stories) &&
    v.stories.length <= PRACTICE_LIMITS.stories &&
    v.stories.every(isStoryUse) &&
    new Set(v.stories.map((s: StoryUse) => s.storyId)).size === v.stories.length
  );
}

const isCard = (v: unknown): v is PracticeCard =>
  isObject(v) &&
  isId(v.id) &&
  isText(v.question, PRACTICE_LIMITS.question) &&
  CARD_SOURCES.includes(v.from as PracticeCard['from']) &&
  (v.interviewId === undefined || isId(v.interviewId)) &&
  (v.answer === undefined || isText(v.answer, PRACTICE_LIMITS.answer)) &&
  (v.storyId === undefined || isId(v.storyId)) &&
  isSchedule(v.schedule);

const SCHEDULE_FIELDS: Record<keyof Schedule, true> = {
  due: true,
  stability: true,
  difficulty: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
};

/** Only the known fields, so what is stored is exactly what was checked. */
const clean = {
  own: ({ id, text, round }: OwnQuestion): OwnQuestion => ({ id, text, round: [...round] }),
  expectation: (e: Expectation): Expectation => ({
    interviewId: e.interviewId,
    round: e.round,
    expected: [...e.expected],
    asked: [...e.asked],
    fumbled: [...e.fumbled],
    stories: e.stories.map(({ storyId, landed }) => (landed ? { storyId, landed } : { storyId })),
  }),
  card: (c: PracticeCard): PracticeCard => ({
    id: c.id,
    question: c.question,
    from: c.from,
    ...(c.interviewId === undefined ? {} : { interviewId: c.interviewId }),
    ...(c.answer === undefined ? {} : { answer: c.answer }),
    ...(c.storyId === undefined ? {} : { storyId: c.storyId }),
    schedule: pick<Schedule>(c.schedule as unknown as Record<string, unknown>, SCHEDULE_FIELDS),
  }),
};

type Lists = { own: unknown[]; expectations: unknown[]; cards: unknown[] };
const lists = (data: unknown): Lists | undefined => {
  if (!isObject(data) || !Array.isArray(data.own) || !Array.isArray(data.expectations) || !Array.isArray(data.cards)) return undefined;
  return data as Lists;
};

/** The items that pass, each list within its limit and each id once; the rest apart. */
function split(data: Lists) {
  const keep = <T>(items: unknown[], check: (v: unknown) => v is T, key: (item: T) => string, max: number, tidy: (item: T) => T) => {
    const seen = new Set<string>();
    const kept: T[] = [];
    const rejected: unknown[] = [];
    for (const item of items) {
      if (check(item) && !seen.has(key(item)) && kept.length < max) {
        seen.add(key(item));
        kept.push(tidy(item));
      } else rejected.push(item);
    }
    return { kept, rejected };
  };
  const own = keep(data.own, isOwn, (q) => q.id, PRACTICE_LIMITS.own, clean.own);
  const expectations = keep(data.expectations, isExpectation, (e) => e.interviewId, PRACTICE_LIMITS.expectations, clean.expectation);
  const cards = keep(data.cards, isCard, (c) => c.id, PRACTICE_LIMITS.cards, clean.card);
  return {
    value: { own: own.kept, expectations: expectations.kept, cards: cards.kept },
    rejected: { own: own.rejected, expectations: expectations.rejected, cards: cards.rejected },
  };
}

/** @internal The tests read and write stored text with it directly. */
export const practiceSchema: ValueSchema<PracticeState> = {
  version: 1,
  parse(data) {
    const all = lists(data);
    if (!all) return undefined;
    const { value, rejected } = split(all);
    return rejected.own.length + rejected.expectations.length + rejected.cards.length ? undefined : value;
  },
  // One damaged card or expectation is set aside alone; the others stay.
  salvage(data) {
    const all = lists(data);
    return all ? split(all) : undefined;
  },
};

export const PRACTICE: StoredValue<PracticeState> = { name: PRACTICE_NAME, schema: practiceSchema, initial: EMPTY_PRACTICE };

/** An import's prep added to this: where both hold the same question, interview or card, the import's wins. */
export function mergePractice(current: PracticeState, incoming: PracticeState): PracticeState {
  const by = <T>(here: T[], there: T[], key: (item: T) => string, max: number) => {
    const ids = new Set(there.map(key));
    return [...here.filter((item) => !ids.has(key(item))), ...there].slice(0, max);
  };
  return {
    own: by(current.own, incoming.own, (q) => q.id, PRACTICE_LIMITS.own),
    expectations: by(current.expectations, incoming.expectations, (e) => e.interviewId, PRACTICE_LIMITS.expectations),
    cards: by(current.cards, incoming.cards, (c) => c.id, PRACTICE_LIMITS.cards),
  };
}

export function describePractice({ own, expectations, cards }: PracticeState): string {
  const parts = [
    expectations.length && `questions expected for ${expectations.length} ${expectations.length === 1 ? 'interview' : 'interviews'}`,
    own.length && `${own.length} of your own ${own.length === 1 ? 'question' : 'questions'}`,
    cards.length && `${cards.length} practiced ${cards.length === 1 ? 'card' : 'cards'}`,
  ].filter(Boolean);
  return parts.length ? `Practice: ${parts.join(', ')}` : 'No practice yet';
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────────────────

/** A question as the loop uses it, whether from the bank or the person's own. */
export interface LoopQuestion {
  id: string;
  text: string;
  round: readonly RoundKind[];
  competencies: readonly Competency[];
  own: boolean;
}

/** Every question by id: the bank's, then the person's own. */
export function questionIndex(
  bank: readonly { id: string; text: string; round: readonly RoundKind[]; competencies: readonly Competency[] }[],
  own: readonly OwnQuestion[],
): Map<string, LoopQuestion> {
  const index = new Map<string, LoopQuestion>();
  for (const q of bank) index.set(q.id, { id: q.id, text: q.text, round: q.round, competencies: q.competencies, own: false });
  for (const q of own) index.set(q.id, { id: q.id, text: q.text, round: q.round, competencies: [], own: true });
  return index;
}

/** The expectations whose interview is still saved, with it. */
function withRecords(state: PracticeState, records: readonly InterviewRecord[]) {
  const byId = new Map(records.map((r) => [r.id, r]));
  return state.expectations.flatMap((expectation) => {
    const record = byId.get(expectation.interviewId);
    return record ? [{ expectation, record }] : [];
  });
}

/** The questions they asked that were not on the list: the debrief's list, trimmed, empty lines out. */
const surprisesOf = (record: InterviewRecord) => (record.debrief.questions ?? []).map((q) => q.trim()).filter(Boolean);

/** Whether the interview has been debriefed, so its expected questions count: a tick, or anything written. */
const debriefed = (expectation: Expectation, record: InterviewRecord) =>
  expectation.asked.length > 0 || expectation.stories.some((s) => s.landed) || Object.keys(record.debrief).length > 0;

export interface RoundHits {
  kind: RoundKind;
  label: string;
  /** Debriefed interviews prepared for this kind of round. */
  interviews: number;
  /** Questions expected across them. */
  expected: number;
  /** Of those, how many came up. */
  cameUp: number;
  /** Questions asked that were not expected. */
  surprises: number;
}

/** Per kind of round (the journal's order), how many expected questions came up; kinds never prepared are left out. */
export function hitRates(state: PracticeState, records: readonly InterviewRecord[]): RoundHits[] {
  const counted = withRecords(state, records).filter(({ expectation, record }) => debriefed(expectation, record));
  return ROUND_KINDS.flatMap((kind) => {
    const here = counted.filter(({ expectation }) => expectation.round === kind);
    if (!here.length) return [];
    const sum = (f: (e: Expectation, r: InterviewRecord) => number) =>
      here.reduce((n, { expectation, record }) => n + f(expectation, record), 0);
    return [
      {
        kind,
        label: ROUND_LABELS[kind],
        interviews: here.length,
        expected: sum((e) => e.expected.length),
        cameUp: sum((e) => e.asked.length),
        surprises: sum((_, r) => surprisesOf(r).length),
      },
    ];
  });
}

/**
 * One kind of round's hit rate in words: "Recruiter screen: 3 of 7 expected questions came up, across 2
 * interviews; 4 you did not expect." A percentage only from MIN_CASES interviews (journal/patterns.ts).
 */
export function hitText(h: RoundHits): string {
  const percent = h.interviews >= MIN_CASES && h.expected ? ` (${Math.round((100 * h.cameUp) / h.expected)}%)` : '';
  const across = `${h.interviews} ${h.interviews === 1 ? 'interview' : 'interviews'}`;
  const questions = h.expected === 1 ? 'expected question' : 'expected questions';
  const surprises = h.surprises ? `; ${h.surprises} you did not expect` : '';
  return `${h.label}: ${h.cameUp} of ${h.expected}${percent} ${questions} came up, across ${across}${surprises}.`;
}

/** Surprise questions that came up in two prepared interviews or more. */
export const recurringSurprises = (state: PracticeState, records: readonly InterviewRecord[]): Recurring[] =>
  recurring(withRecords(state, records).map(({ record }) => surprisesOf(record)));

/** FNV-1a, 32 bits, in base 36: a short, stable name for a surprise's text. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** What names a card: its interview and its question, so the same question from the same debrief is one card. */
const cardId = (interviewId: string, question: { id: string } | { surprise: string }) =>
  `${interviewId}:${'id' in question ? question.id : `s-${shortHash(normalizeConcern(question.surprise))}`}`;

/** The cards the debriefs call for: each fumbled expected question, each surprise. Not yet scheduled. */
export function cardCandidates(
  state: PracticeState,
  records: readonly InterviewRecord[],
  index: ReadonlyMap<string, LoopQuestion>,
): Omit<PracticeCard, 'schedule'>[] {
  return withRecords(state, records).flatMap(({ expectation, record }) => [
    ...expectation.fumbled.flatMap((id) => {
      const question = index.get(id);
      return question
        ? [{ id: cardId(record.id, question), question: question.text, from: 'fumbled' as const, interviewId: record.id }]
        : [];
    }),
    ...surprisesOf(record).map((text) => ({
      id: cardId(record.id, { surprise: text }),
      question: text.slice(0, PRACTICE_LIMITS.question),
      from: 'surprise' as const,
      interviewId: record.id,
    })),
  ]);
}

/** Where a story was told, newest interview first, and whether it landed. */
export function storyUses(storyId: string, state: PracticeState, records: readonly InterviewRecord[]) {
  return withRecords(state, records)
    .flatMap(({ expectation, record }) => {
      const use = expectation.stories.find((s) => s.storyId === storyId);
      return use ? [{ record, landed: use.landed }] : [];
    })
    .sort((a, b) => (a.record.createdAt < b.record.createdAt ? 1 : a.record.createdAt > b.record.createdAt ? -1 : 0));
}

/** The day of an interview's latest round, or its interview date: when it happens. */
function interviewDay(record: InterviewRecord): IsoDate | undefined {
  const rounds = record.rounds.map((r) => r.date).sort();
  const date = record.answers.interviewDate;
  return rounds.at(-1) ?? (isIsoDate(date) ? date : undefined);
}

/**
 * Of `items`, the one whose interview (`of`) comes up soonest, counting today, with that day; the earlier in
 * `items` on a tie. Undefined when none is still to come. The one reading of "the next interview" for the
 * day sheet, the practice page and the question library.
 */
export function soonestComing<T>(
  items: readonly T[],
  of: (item: T) => InterviewRecord,
  today: IsoDate,
): { item: T; day: IsoDate } | undefined {
  let soonest: { item: T; day: IsoDate } | undefined;
  for (const item of items) {
    const day = comingInterview(of(item), today);
    if (day && (!soonest || day < soonest.day)) soonest = { item, day };
  }
  return soonest;
}

/**
 * The interview a day-of sheet is for: the one `chosen` (the home page's "print the day sheet" names it),
 * prepared or not, when it is saved; else the prepared one happening soonest from today, else the interview
 * coming up soonest (prepared or not: the sheet is for it), else the one prepared last (the list's end).
 * Undefined when nothing is chosen, prepared or coming up.
 */
export function sheetInterview(state: PracticeState, records: readonly InterviewRecord[], today: IsoDate, chosen?: string) {
  const prepared = withRecords(state, records);
  // Not prepared yet: an expectation with nothing in it (the sheet reads no round), so it still says which interview it is for.
  const asPrepared = (record: InterviewRecord) =>
    prepared.find((p) => p.record.id === record.id) ?? { record, expectation: emptyExpectation(record.id, 'screen') };
  const record = chosen === undefined ? undefined : records.find((r) => r.id === chosen);
  if (record) return asPrepared(record);
  // The day it is for goes with it: the story bank says "your next interview" of one still to come.
  const coming = soonestComing(prepared, (p) => p.record, today) ?? soonestComing(records, (r) => r, today);
  if (coming) return { ...('expectation' in coming.item ? coming.item : asPrepared(coming.item)), day: coming.day };
  return prepared.at(-1);
}

/**
 * Last time's "next time I will…": the debrief's `study` line from the most recent other interview that has
 * one, before this one.
 */
export function lastNextTime(records: readonly InterviewRecord[], currentId: string): string | undefined {
  const current = records.find((r) => r.id === currentId);
  const day = (r: InterviewRecord) => interviewDay(r) ?? r.createdAt.slice(0, 10);
  const before = records
    .filter((r) => r.id !== currentId && r.debrief.study?.trim() && (!current || day(r) <= day(current)))
    .sort((a, b) => (day(a) < day(b) ? 1 : day(a) > day(b) ? -1 : 0));
  return before[0]?.debrief.study?.trim();
}

// ── Writes: each takes the state as it is and gives the next, or a problem in words ───────────────────────

export type PracticeWrite = { state: PracticeState } | { problem: string };

/** An expectation for an interview with nothing yet, prepared for `round`. */
const emptyExpectation = (interviewId: string, round: RoundKind): Expectation => ({
  interviewId,
  round,
  expected: [],
  asked: [],
  fumbled: [],
  stories: [],
});

/**
 * `state` with the interview's expectation changed by `change` (made first, for `round`, when there is none),
 * and expectations of interviews no longer saved dropped. `live` holds the ids of the saved interviews.
 */
export function updateExpectation(
  state: PracticeState,
  interviewId: string,
  live: ReadonlySet<string>,
  round: RoundKind,
  change: (e: Expectation) => Expectation | string,
): PracticeWrite {
  if (!live.has(interviewId)) return { problem: 'This interview is no longer saved (deleted here or in another tab).' };
  const kept = state.expectations.filter((e) => live.has(e.interviewId));
  const current = kept.find((e) => e.interviewId === interviewId);
  if (!current && kept.length >= PRACTICE_LIMITS.expectations)
    return { problem: `This browser keeps expected questions for at most ${PRACTICE_LIMITS.expectations} interviews.` };
  const next = change(current ?? emptyExpectation(interviewId, round));
  if (typeof next === 'string') return { problem: next };
  return {
    state: { ...state, expectations: current ? kept.map((e) => (e === current ? next : e)) : [...kept, next] },
  };
}

const toggled = (list: readonly string[], id: string, on: boolean) =>
  on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((x) => x !== id);

/** Expects (or stops expecting) a question; un-expecting it also drops its ticks. */
export const expectQuestion =
  (id: string, on: boolean) =>
  (e: Expectation): Expectation | string => {
    if (on && !e.expected.includes(id) && e.expected.length >= PRACTICE_LIMITS.expected)
      return `At most ${PRACTICE_LIMITS.expected} expected questions for one interview: prepare the likeliest well rather than all of them.`;
    return on
      ? { ...e, expected: toggled(e.expected, id, true) }
      : { ...e, expected: toggled(e.expected, id, false), asked: toggled(e.asked, id, false), fumbled: toggled(e.fumbled, id, false) };
  };

/** The kind of round prepared for. */
export const prepareFor =
  (round: RoundKind) =>
  (e: Expectation): Expectation => ({ ...e, round });

/** Ticks an expected question as asked (or not); un-asking it also drops "went badly". */
export const tickAsked =
  (id: string, on: boolean) =>
  (e: Expectation): Expectation | string => {
    if (!e.expected.includes(id)) return 'That question is not on the list you expected.';
    return { ...e, asked: toggled(e.asked, id, on), fumbled: on ? e.fumbled : toggled(e.fumbled, id, false) };
  };

/** Ticks an asked question as gone badly (or not): it becomes a practice card. */
export const tickFumbled =
  (id: string, on: boolean) =>
  (e: Expectation): Expectation | string => {
    if (!e.asked.includes(id)) return 'Tick the question as asked first.';
    return { ...e, fumbled: toggled(e.fumbled, id, on) };
  };

/** Notes a story as told, with whether it landed; `null` takes it off the list. */
export const toldStory =
  (storyId: string, landed: Landed | undefined | null) =>
  (e: Expectation): Expectation | string => {
    const others = e.stories.filter((s) => s.storyId !== storyId);
    if (landed === null) return { ...e, stories: others };
    if (others.length === e.stories.length && e.stories.length >= PRACTICE_LIMITS.stories)
      return `At most ${PRACTICE_LIMITS.stories} stories for one interview.`;
    const use: StoryUse = landed ? { storyId, landed } : { storyId };
    return {
      ...e,
      stories: e.stories.some((s) => s.storyId === storyId) ? e.stories.map((s) => (s.storyId === storyId ? use : s)) : [...e.stories, use],
    };
  };

/** `state` with a question of the person's own added, or why not. */
export function addOwnQuestion(state: PracticeState, question: OwnQuestion): PracticeWrite {
  const text = question.text.trim();
  if (!text) return { problem: 'Write the question first.' };
  if (text.length > PRACTICE_LIMITS.question) return { problem: `Keep the question under ${PRACTICE_LIMITS.question} characters.` };
  if (state.own.length >= PRACTICE_LIMITS.own)
    return { problem: `This browser keeps at most ${PRACTICE_LIMITS.own} questions of your own.` };
  return { state: { ...state, own: [...state.own, { id: question.id, text, round: [...question.round] }] } };
}

/** `state` with `card` stored (replacing its earlier self), or why not. */
export function saveCard(state: PracticeState, card: PracticeCard): PracticeWrite {
  if (card.answer !== undefined && card.answer.length > PRACTICE_LIMITS.answer)
    return { problem: `Keep the answer under ${PRACTICE_LIMITS.answer} characters: about two minutes spoken.` };
  const exists = state.cards.some((c) => c.id === card.id);
  if (!exists && state.cards.length >= PRACTICE_LIMITS.cards)
    return { problem: `This browser keeps at most ${PRACTICE_LIMITS.cards} practice cards.` };
  return { state: { ...state, cards: exists ? state.cards.map((c) => (c.id === card.id ? card : c)) : [...state.cards, card] } };
}
