/**
 * The journal's part of a saved interview: how it came, its rounds, what happened after (dated events) and
 * the debrief. The one home of these shapes, their ids and their limits; interviews.ts checks a record with
 * them on every read, so this module stays small (no rules, no dates arithmetic): the journal's writes and
 * rules are in journal/journal.ts, its arithmetic in journal/patterns.ts, its spreadsheet side in journal/csv.ts.
 */
import { isIsoDate, type IsoDate } from '../core/dates.ts';
import { isObject, isOneOf, isText, isTextList } from '../core/guards.ts';

/** How the interview came about. */
export const SOURCES = ['applied', 'referral', 'agency-recruiter', 'in-house-recruiter'] as const;
export type Source = (typeof SOURCES)[number];

/** The kinds of round, in the order a hiring process usually runs them (the funnel lists them so). */
export const ROUND_KINDS = ['screen', 'hiring-manager', 'panel', 'technical', 'final'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** What can happen after an interview, each on a day. */
export const EVENT_KINDS = ['thank-you-sent', 'follow-up-sent', 'reply', 'next-round', 'offer', 'rejected', 'withdrew', 'ghosted'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The events that end an interview's story: the outcome. */
const OUTCOME_KINDS = ['offer', 'rejected', 'withdrew', 'ghosted'] as const satisfies readonly EventKind[];
export type Outcome = (typeof OUTCOME_KINDS)[number];

/** The events that are a word from them (the "first reply" the patterns time): anything but our own messages and silence. */
export const REPLY_KINDS = ['reply', 'next-round', 'offer', 'rejected'] as const satisfies readonly EventKind[];

/** Words for each value, one home for every list, label and CSV cell that shows them. */
export const SOURCE_LABELS: Record<Source, string> = {
  applied: 'Applied',
  referral: 'Referral',
  'agency-recruiter': 'Agency recruiter',
  'in-house-recruiter': 'In-house recruiter',
};
export const ROUND_LABELS: Record<RoundKind, string> = {
  screen: 'Screen',
  'hiring-manager': 'Hiring manager',
  panel: 'Panel',
  technical: 'Technical',
  final: 'Final',
};
export const EVENT_LABELS: Record<EventKind, string> = {
  'thank-you-sent': 'Thank-you sent',
  'follow-up-sent': 'Follow-up sent',
  reply: 'Reply',
  'next-round': 'Invited to the next round',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrew: 'Withdrew',
  ghosted: 'Ghosted',
};

/** One round of interviews. */
export interface Round {
  /** Short and random, so two tabs editing different rounds never confuse them (see journal/journal.ts). */
  id: string;
  date: IsoDate;
  kind: RoundKind;
  /** Names (or roles) of the people met, in the order typed. */
  interviewers: string[];
}

/**
 * The next meeting as a calendar invite described it: what ties the interview to that invite (a digest of
 * its UID, so importing it again updates rather than duplicates, in a fixed few characters), the start time
 * in the person's own time zone, and where. The day is the interview's date or round; this adds the rest.
 */
export interface Meeting {
  /** A digest of the invite's UID (journal/invite.ts makes it). */
  uid: string;
  /** "HH:MM", local; absent for an all-day event. */
  time?: string;
  place?: string;
}

/**
 * One thing that happened. A record holds at most one event of a kind on a day (two follow-ups on one
 * day are one follow-up), so kind and date name it: recording it again updates its note, and an import
 * that carries it again adds nothing.
 */
export interface JournalEvent {
  kind: EventKind;
  date: IsoDate;
  note?: string;
}

/**
 * The debrief, written in the hour after: every field optional. The date they gave for the next step is
 * not here: it is the diagnostic's `promisedBy` answer (one home, and the plan reads it), which the
 * debrief's actions write.
 */
export interface Debrief {
  /** The questions they asked, one per item. */
  questions?: string[];
  /** The answer that went best. */
  wentBest?: string;
  /** The answers that went badly. */
  fumbled?: string;
  /** What they probed or seemed worried about, one concern per item (the patterns count them across debriefs). */
  concerns?: string[];
  /** What was said about pay. */
  salary?: string;
  /** The next step they described ("a call with the director"). */
  nextStep?: string;
  /** How it felt, 1 (badly) to 10 (very well). */
  confidence?: number;
  /** What to study or prepare before the next interview. */
  study?: string;
}
export type DebriefKey = keyof Debrief;
export type DebriefValue = Debrief[DebriefKey];

/** The debrief's list fields; the others are one text, except confidence. */
export const DEBRIEF_LISTS = ['questions', 'concerns'] as const satisfies readonly DebriefKey[];
/** Every debrief field, in the order the form asks them (views and the CSV follow it). */
const DEBRIEF_KEYS: readonly DebriefKey[] = ['questions', 'wentBest', 'fumbled', 'concerns', 'salary', 'nextStep', 'confidence', 'study'];

/**
 * The limits, chosen so that 500 interviews with every field full (details, answers and journal) take under
 * nine tenths of the ~5 million characters a browser keeps for the site: tests/unit/interviews/journal-record.test.ts
 * builds them and measures (about 4.5 million). They are far more than a two-minute debrief on a phone
 * produces: a question is a sentence, a free-text field about 50 words.
 */
export const JOURNAL_LIMITS = {
  /** Rounds per interview. */
  rounds: 8,
  /** People met in one round. */
  interviewers: 4,
  /** One interviewer's name or role. */
  interviewer: 50,
  /** Events per interview: a thank-you, two follow-ups, replies and invitations, an outcome, with room to spare. */
  events: 12,
  /** A note on an event ("closed: no reply after two follow-ups"). */
  note: 120,
  /** Questions they asked. */
  questions: 10,
  /** Concerns they probed. */
  concerns: 5,
  /** One question or one concern: a sentence. */
  item: 120,
  /** A free-text debrief field: the answer that went best, the ones fumbled, what to study (about 50 words). */
  text: 300,
  /** The short ones: salary talk, the next step they described. */
  short: 160,
  /**
   * The interview's own notes: what a spreadsheet said that the journal has no field for ("Status: On hold"),
   * kept rather than dropped. Short, so 500 full interviews still fit.
   */
  notes: 160,
  /** Where the next meeting is: an address, a room or a video link (longer links stay in the calendar). */
  place: 100,
} as const;
export const CONFIDENCE_MIN = 1;
export const CONFIDENCE_MAX = 10;
/** An id's length (rounds): 8 base-36 characters, so 2.8 million million ids, for at most 10 per record. */
const ID_MAX = 16;

export const isSource = (v: unknown): v is Source => isOneOf(SOURCES, v);
export const isRoundKind = (v: unknown): v is RoundKind => isOneOf(ROUND_KINDS, v);
export const isEventKind = (v: unknown): v is EventKind => isOneOf(EVENT_KINDS, v);
export const isOutcome = (v: unknown): v is Outcome => isOneOf(OUTCOME_KINDS, v);
export const isConfidence = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= CONFIDENCE_MIN && (v as number) <= CONFIDENCE_MAX;

export function isRound(v: unknown): v is Round {
  if (!isObject(v)) return false;
  return (
    isText(v.id, ID_MAX) &&
    (v.id as string).length > 0 &&
    isIsoDate(v.date) &&
    isRoundKind(v.kind) &&
    isTextList(v.interviewers, JOURNAL_LIMITS.interviewers, JOURNAL_LIMITS.interviewer)
  );
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isMeeting(v: unknown): v is Meeting {
  if (!isObject(v)) return false;
  return (
    isText(v.uid, ID_MAX) &&
    (v.uid as string).length > 0 &&
    (v.time === undefined || (typeof v.time === 'string' && TIME.test(v.time))) &&
    (v.place === undefined || isText(v.place, JOURNAL_LIMITS.place))
  );
}

export function isJournalEvent(v: unknown): v is JournalEvent {
  if (!isObject(v)) return false;
  return isEventKind(v.kind) && isIsoDate(v.date) && (v.note === undefined || isText(v.note, JOURNAL_LIMITS.note));
}

/** Whether `value` fits the debrief field `key`. */
export function isDebriefValue(key: DebriefKey, value: unknown): boolean {
  if (key === 'confidence') return isConfidence(value);
  if (key === 'questions') return isTextList(value, JOURNAL_LIMITS.questions, JOURNAL_LIMITS.item);
  if (key === 'concerns') return isTextList(value, JOURNAL_LIMITS.concerns, JOURNAL_LIMITS.item);
  return isText(value, key === 'salary' || key === 'nextStep' ? JOURNAL_LIMITS.short : JOURNAL_LIMITS.text);
}

export const isDebriefKey = (v: unknown): v is DebriefKey => isOneOf(DEBRIEF_KEYS, v);

export function isDebrief(v: unknown): v is Debrief {
  return isObject(v) && Object.entries(v).every(([key, value]) => isDebriefKey(key) && isDebriefValue(key, value));
}

/** A record's rounds and events: within their counts, and no two events of one kind on one day. */
export function isJournal(rounds: unknown, events: unknown): boolean {
  if (!Array.isArray(rounds) || rounds.length > JOURNAL_LIMITS.rounds || !rounds.every(isRound)) return false;
  if (new Set(rounds.map((r: Round) => r.id)).size !== rounds.length) return false;
  if (!Array.isArray(events) || events.length > JOURNAL_LIMITS.events || !events.every(isJournalEvent)) return false;
  return new Set(events.map(eventKey)).size === events.length;
}

/** What names an event within a record (see JournalEvent). */
export const eventKey = (event: Pick<JournalEvent, 'kind' | 'date'>) => `${event.kind}@${event.date}`;
