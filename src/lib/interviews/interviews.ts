/**
 * Saved interviews: what a person told the diagnostic about one interview, kept in the browser under
 * `callback:interviews` so they can keep several, resume a half-finished one, and come back to a result.
 */
import { isIsoDate, formatDate, type IsoDate } from '../core/dates.ts';
import type { ValueSchema } from '../storage/storage-codec.ts';
import { INTERVIEWS_NAME } from '../storage/storage-keys.ts';
import type { StoredValue } from '../storage/stored-value.ts';
import {
  isDebrief,
  isDebriefKey,
  isJournal,
  isSource,
  type Debrief,
  type DebriefValue,
  isMeeting,
  JOURNAL_LIMITS,
  type JournalEvent,
  type Meeting,
  type Round,
  type Source,
} from './journal-record.ts';
import { copyMap, isText, pick } from '../core/guards.ts';

/** One answer to a question of the diagnostic: a date or an option's value, a number, or several values. */
export type AnswerValue = string | number | string[];
/** Answers by question id; a question answered "not sure" is simply absent. */
export type Answers = Record<string, AnswerValue>;

/** Free-text details, used to name the interview and to fill the emails. */
export interface InterviewDetails {
  company: string;
  role: string;
  interviewer: string;
  /** Something specific from the conversation, for the follow-up email. */
  detail: string;
}

/** The free-text details, in the order they are asked for. */
export const DETAIL_KEYS = ['company', 'role', 'interviewer', 'detail'] as const satisfies readonly (keyof InterviewDetails)[];

export interface InterviewRecord extends InterviewDetails {
  id: string;
  answers: Answers;
  /** How many questions the person has moved past (src/lib/diagnostic/quiz-flow.ts reads it), for resuming. */
  step: number;
  /** The result has been reached at least once. */
  finished: boolean;
  /** How the interview came about; null until said. The journal's fields (see journal-record.ts) follow. */
  source: Source | null;
  /** The rounds, by date. */
  rounds: Round[];
  /** What happened after, by date: messages sent, replies, the outcome. */
  events: JournalEvent[];
  debrief: Debrief;
  /** What the person (or a spreadsheet they imported) noted that no other field holds. */
  notes?: string;
  /** The next meeting, from a calendar invite (see Meeting). */
  meeting?: Meeting;
  createdAt: string;
  updatedAt: string;
}

export interface InterviewsState {
  interviews: InterviewRecord[];
  /** The interview open in the diagnostic, if any. */
  currentId: string | null;
}

/**
 * The limits of a saved interview, checked where interviews are written (the actions, an import) and on
 * every read, so nothing over a limit is ever stored or trusted.
 *
 * The count is what localStorage holds comfortably (measured by tests/e2e/limits.spec.ts): browsers give a
 * site about 5 million characters, and 500 interviews with every field at its limit, journal included (see
 * JOURNAL_LIMITS in journal-record.ts), take under nine tenths of it.
 */
export const MAX_INTERVIEWS = 500;
/** Company, role, interviewer, detail. */
export const DETAIL_MAX = 200;
// Answers are dates, option values and small numbers, so these are far above anything the quiz writes.
const ANSWERS_MAX = 64;
const ANSWER_TEXT_MAX = 100;
/** A step past every question, whatever the model holds (quiz-flow clamps it). */
const ALL_PASSED = 1000;
/** @internal The tests start from it. */
export const EMPTY_INTERVIEWS: InterviewsState = { interviews: [], currentId: null };
/** The journal's fields of a record with nothing in its journal yet. */
const EMPTY_JOURNAL_FIELDS = { source: null, rounds: [], events: [], debrief: {} } as const satisfies Partial<InterviewRecord>;

export const isAnswerValue = (v: unknown): v is AnswerValue =>
  isText(v, ANSWER_TEXT_MAX) ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (Array.isArray(v) && v.length <= ANSWERS_MAX && v.every((x) => isText(x, ANSWER_TEXT_MAX)));

function isRecord(r: unknown): r is InterviewRecord {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Record<string, unknown>;
  return (
    isText(x.id, 64) &&
    DETAIL_KEYS.every((k) => isText(x[k], DETAIL_MAX)) &&
    typeof x.answers === 'object' &&
    x.answers !== null &&
    !Array.isArray(x.answers) &&
    Object.keys(x.answers).length <= ANSWERS_MAX &&
    Object.entries(x.answers).every(([id, v]) => isText(id, ANSWER_TEXT_MAX) && isAnswerValue(v)) &&
    Number.isInteger(x.step) &&
    (x.step as number) >= 0 &&
    typeof x.finished === 'boolean' &&
    (x.source === null || isSource(x.source)) &&
    isJournal(x.rounds, x.events) &&
    isDebrief(x.debrief) &&
    (x.notes === undefined || isText(x.notes, JOURNAL_LIMITS.notes)) &&
    (x.meeting === undefined || isMeeting(x.meeting)) &&
    isText(x.createdAt, 40) &&
    isText(x.updatedAt, 40)
  );
}

const RECORD_FIELDS: Record<keyof InterviewRecord, true> = {
  id: true,
  company: true,
  role: true,
  interviewer: true,
  detail: true,
  answers: true,
  step: true,
  finished: true,
  source: true,
  rounds: true,
  events: true,
  debrief: true,
  notes: true,
  meeting: true,
  createdAt: true,
  updatedAt: true,
};
const ROUND_FIELDS: Record<keyof Round, true> = { id: true, date: true, kind: true, interviewers: true };
const EVENT_FIELDS: Record<keyof JournalEvent, true> = { kind: true, date: true, note: true };
const MEETING_FIELDS: Record<keyof Meeting, true> = { uid: true, time: true, place: true };

/**
 * A checked record rebuilt from its known fields, each nested part too: what reaches storage holds nothing a
 * writer added beside them (the checks look only at the fields they know).
 */
export function rebuildRecord(record: InterviewRecord): InterviewRecord {
  const r = pick<InterviewRecord>(record as unknown as Record<string, unknown>, RECORD_FIELDS);
  return {
    ...r,
    answers: copyMap(r.answers),
    rounds: r.rounds.map((round) => ({
      ...pick<Round>(round as unknown as Record<string, unknown>, ROUND_FIELDS),
      interviewers: [...round.interviewers],
    })),
    events: r.events.map((event) => pick<JournalEvent>(event as unknown as Record<string, unknown>, EVENT_FIELDS)),
    debrief: copyMap(r.debrief as Record<string, unknown>) as Debrief,
    ...(r.meeting ? { meeting: pick<Meeting>(r.meeting as unknown as Record<string, unknown>, MEETING_FIELDS) } : {}),
  };
}

/**
 * The records that pass every check (shape, limits, an id not seen before), up to the count limit, and
 * the rest apart. An interview open that is no longer there is simply closed.
 */
function splitInterviews(data: unknown): { value: InterviewsState; rejected: unknown[] } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { interviews, currentId } = data as Record<string, unknown>;
  if (!Array.isArray(interviews)) return undefined;
  const kept: InterviewRecord[] = [];
  const rejected: unknown[] = [];
  const ids = new Set<string>();
  for (const record of interviews) {
    if (kept.length < MAX_INTERVIEWS && isRecord(record) && !ids.has(record.id)) {
      kept.push(rebuildRecord(record));
      ids.add(record.id);
    } else rejected.push(record);
  }
  return { value: { interviews: kept, currentId: typeof currentId === 'string' && ids.has(currentId) ? currentId : null }, rejected };
}

/**
 * Stored shape, checked on every read. One bad record is set aside alone (`salvage`); the others stay.
 * The answers are checked against the quiz model only when they are used, since the model may have
 * changed since they were saved (a record whose answers no longer fit shows as needing a fix).
 * @internal The tests read and write stored text with it directly.
 */
export const interviewsSchema: ValueSchema<InterviewsState> = {
  version: 3,
  migrations: {
    // Version 1 counted a details step first and asked questions in another order. A finished interview
    // keeps its result with every question passed; an unfinished one starts again at the first question,
    // its answers kept.
    1: (data) => {
      const { interviews, currentId } = data as { interviews: Record<string, unknown>[]; currentId: unknown };
      return { currentId, interviews: interviews.map((r) => ({ ...r, step: r.finished === true ? ALL_PASSED : 0 })) };
    },
    // Version 3 added the journal: a record from before has none yet. What a record already holds is kept
    // (a hand-made file may carry it), and checked like any other field.
    2: (data) => {
      const { interviews, currentId } = data as { interviews: unknown[]; currentId: unknown };
      return {
        currentId,
        interviews: interviews.map((r) => (typeof r === 'object' && r !== null ? { ...EMPTY_JOURNAL_FIELDS, ...r } : r)),
      };
    },
  },
  parse(data) {
    const split = splitInterviews(data);
    return split && !split.rejected.length ? split.value : undefined;
  },
  salvage(data) {
    const split = splitInterviews(data);
    return split && { value: split.value, rejected: { interviews: split.rejected, currentId: null } };
  },
};

/** The stored interviews, `callback:interviews`. */
export const INTERVIEWS: StoredValue<InterviewsState> = { name: INTERVIEWS_NAME, schema: interviewsSchema, initial: EMPTY_INTERVIEWS };

/** Why no interview can be added to `state`, or undefined when one can. */
export function addProblem(state: InterviewsState, adding = 1): string | undefined {
  const total = state.interviews.length + adding;
  if (total <= MAX_INTERVIEWS) return undefined;
  return adding === 1
    ? `You have ${MAX_INTERVIEWS} saved interviews, the most this browser keeps. Delete one you no longer need to add another.`
    : `That would make ${total} saved interviews; this browser keeps at most ${MAX_INTERVIEWS}. Delete some first, or replace what is here.`;
}

/** A random id for a new interview (the fallback is for old browsers without crypto.randomUUID). */
export function newInterviewId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** A new, empty interview record. */
export function newInterview(id: string, now: Date): InterviewRecord {
  const stamp = now.toISOString();
  return {
    id,
    company: '',
    role: '',
    interviewer: '',
    detail: '',
    answers: {},
    step: 0,
    finished: false,
    source: null,
    rounds: [],
    events: [],
    debrief: {},
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** How a person recognizes an interview in a list: "Acme · Designer · November 10, 2026". */
export function interviewLabel(record: InterviewRecord, today?: IsoDate): string {
  const date = record.answers.interviewDate;
  const day = isIsoDate(date) ? formatDate(date, today).replace(/^\w+, /, '') : '';
  const name = [record.company.trim(), record.role.trim()].filter(Boolean).join(' · ');
  // A date alone would read as the date of whatever the label heads ("Your next step · November 20").
  if (!name) return day ? `Interview of ${day}` : 'Unnamed interview';
  return day ? `${name} · ${day}` : name;
}

/** `state` with one record replaced (by id) and stamped with `now`. */
export function saveRecord(state: InterviewsState, record: InterviewRecord, now: Date): InterviewsState {
  const updated = { ...record, updatedAt: now.toISOString() };
  const exists = state.interviews.some((r) => r.id === record.id);
  return {
    ...state,
    interviews: exists ? state.interviews.map((r) => (r.id === record.id ? updated : r)) : [...state.interviews, updated],
  };
}

/** `state` without the interview `id` (and not pointing at it any more). */
export function deleteRecord(state: InterviewsState, id: string): InterviewsState {
  return {
    interviews: state.interviews.filter((r) => r.id !== id),
    currentId: state.currentId === id ? null : state.currentId,
  };
}

/**
 * One field of a record that a write can change on its own: a detail, one answer (`answer:<question id>`),
 * how far the quiz got, whether the result was reached, how it came, the rounds, the events, or one
 * debrief field (`debrief:<key>`). Two tabs editing different fields of one interview then never
 * overwrite each other (see src/lib/interviews/tab-merge.ts); a debrief typed on a phone while the journal is open
 * on a laptop keeps both.
 */
export type RecordField =
  | keyof InterviewDetails
  | 'step'
  | 'finished'
  | 'source'
  | 'rounds'
  | 'events'
  | 'notes'
  | 'meeting'
  | `answer:${string}`
  | `debrief:${string}`;

/** The fields a write changes and their new values; an answer or a debrief field set to undefined is removed. */
export type RecordPatch = Partial<InterviewDetails> & {
  step?: number;
  finished?: boolean;
  source?: Source | null;
  rounds?: Round[];
  events?: JournalEvent[];
  /** An empty text removes the notes. */
  notes?: string;
  /** null removes the meeting. */
  meeting?: Meeting | null;
} & {
  [answer: `answer:${string}`]: AnswerValue | undefined;
} & {
  [debrief: `debrief:${string}`]: DebriefValue | undefined;
};

const ANSWER = 'answer:';
const DEBRIEF = 'debrief:';

/** The value of one field of `record` (undefined for an answer not given or an empty debrief field). */
export function readField(record: InterviewRecord, field: RecordField | string): unknown {
  if (field.startsWith(ANSWER)) return record.answers[field.slice(ANSWER.length)];
  if (field.startsWith(DEBRIEF)) return record.debrief[field.slice(DEBRIEF.length) as keyof Debrief];
  return record[field as keyof InterviewRecord];
}

/** Every field of `record` that a write can change, by name (see RecordField): what tabs compare. */
export function recordFields(record: InterviewRecord): Record<string, unknown> {
  const { company, role, interviewer, detail, step, finished, source, rounds, events, notes, meeting } = record;
  const answers = Object.entries(record.answers).map(([question, value]) => [ANSWER + question, value]);
  const debrief = Object.entries(record.debrief).map(([key, value]) => [DEBRIEF + key, value]);
  return {
    company,
    role,
    interviewer,
    detail,
    step,
    finished,
    source,
    rounds,
    events,
    notes,
    meeting,
    ...Object.fromEntries(answers),
    ...Object.fromEntries(debrief),
  };
}

/**
 * `state` with the fields named by `patch` changed on the interview `id` (and nothing else), stamped with
 * `now`. Built on the latest state, never on a copy of the record, so a field another tab changed meanwhile
 * is kept. Unchanged when there is no such interview (deleted, here or in another tab).
 */
export function patchRecord(state: InterviewsState, id: string, patch: RecordPatch, now: Date): InterviewsState {
  const record = state.interviews.find((r) => r.id === id);
  if (!record) return state;
  const answers = { ...record.answers };
  const debrief: Record<string, unknown> = { ...record.debrief };
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    if (field.startsWith(ANSWER)) {
      const question = field.slice(ANSWER.length);
      if (value === undefined) delete answers[question];
      else answers[question] = value as AnswerValue;
    } else if (field.startsWith(DEBRIEF)) {
      const key = field.slice(DEBRIEF.length);
      // A key the debrief does not have would make the record unreadable: the actions never send one.
      if (value === undefined || !isDebriefKey(key)) delete debrief[key];
      else debrief[key] = value;
    } else if (value !== undefined) fields[field] = value;
  }
  const updated: InterviewRecord = { ...record, ...fields, answers, debrief: debrief as Debrief, updatedAt: now.toISOString() };
  // The optional fields are absent rather than empty, so a record reads back exactly as it was written.
  if (!updated.notes) delete updated.notes;
  if (!updated.meeting) delete updated.meeting;
  return { ...state, interviews: state.interviews.map((r) => (r.id === id ? updated : r)) };
}
