/**
 * What the journal page shows for each interview: where it stands in a word, the order of the list, and the
 * funnel chart's bars. Plain functions over the saved records, so the page renders and the tests check the
 * words a person reads.
 */
import { daysBetween, formatDate, plural, type IsoDate } from '../core/dates.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import { comingInterview, outcomeOf, planState } from './journal.ts';
import { EVENT_LABELS, isOutcome } from '../interviews/journal-record.ts';
import type { WorkCalendar } from '../follow-up/work-calendar.ts';
import { lastInterview, type FunnelRow } from './patterns.ts';
import { readTiming } from '../interviews/timing-answers.ts';

/** The kinds of standing, each with a tone the list colors by (never by color alone: the words say it). */
type Tone = 'done' | 'act' | 'wait';

export interface Standing {
  /** "Follow-up due today", "Offer", "Waiting: they said by Friday, December 4". */
  text: string;
  tone: Tone;
  /** The day of the next interview, when one is scheduled: it is what the entry leads with. */
  upcoming?: IsoDate;
}

/** "2:30 PM" for a meeting's "14:30": the time as the site's US English reads it. */
export function clockTime(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return `${hours % 12 || 12}:${String(minutes).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** "today", "tomorrow", "in 4 days": how far ahead `date` is. */
export function daysAway(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${plural(days, 'day')}`;
}

/**
 * "Thursday, December 10 · in 4 days", "… · today", "… · tomorrow": how an interview still ahead is named
 * everywhere; with its time when a calendar invite gave one ("Thursday, December 10 at 2:30 PM · in 4 days").
 */
export function upcomingText(date: IsoDate, today: IsoDate, time?: string): string {
  return `${formatDate(date, today)}${time ? ` at ${clockTime(time)}` : ''} · ${daysAway(date, today)}`;
}

const SEND_WORDS = { 'thank-you': 'Thank-you due', 'follow-up': 'Follow-up due', 'final-follow-up': 'Last follow-up due' } as const;

/**
 * Where an interview stands today, by what needs doing first: an outcome closes it; otherwise a message due,
 * then time to move on, then a date they gave that has passed, then waiting (for their date, if given).
 */
export function standing(record: InterviewRecord, today: IsoDate, calendar: WorkCalendar): Standing {
  const outcome = outcomeOf(record.events);
  if (outcome) return { text: EVENT_LABELS[outcome], tone: 'done' };
  const held = lastInterview(record, today);
  const next = upcomingDay(record, today, held);
  if (next) return { text: upcomingText(next, today), tone: 'wait', upcoming: next };
  if (!held) return { text: 'No interview date yet', tone: 'wait' };
  // Invited on since the last round held: the next step is theirs to schedule, whatever was sent since.
  if (record.events.some((e) => e.kind === 'next-round' && e.date >= held)) return { text: 'Invited to the next round', tone: 'wait' };
  const { due, canClose } = planState(record, today, calendar);
  if (due) return { text: SEND_WORDS[due], tone: 'act' };
  if (canClose) return { text: 'No reply: time to close it', tone: 'act' };
  const { promisedBy } = readTiming(record.answers);
  if (promisedBy && promisedBy < today)
    return { text: `Quiet ${plural(daysBetween(promisedBy, today), 'day')} past their date`, tone: 'act' };
  return { text: promisedBy ? `Waiting: they said by ${formatDate(promisedBy, today)}` : 'Waiting for a reply', tone: 'wait' };
}

/**
 * The day of the interview still to come, today included: scheduled and not yet held, or a next round booked
 * since the last one held, on an interview not closed. On its day an interview is still the one to get ready
 * for (the thank-you is due by the next working day). Undefined when none is coming.
 */
export function upcomingDay(record: InterviewRecord, today: IsoDate, held = lastInterview(record, today)): IsoDate | undefined {
  if (outcomeOf(record.events)) return undefined;
  const next = comingInterview(record, today);
  return next && (!held || !record.events.some((e) => isOutcome(e.kind) && e.date >= held)) ? next : undefined;
}

/**
 * The list's order: the interviews still to come first, the soonest first; then the others, the latest
 * interview first (a scheduled round counts as its date), undated ones last; then by when they were added.
 * A copy: the store's order is left as it is.
 */
export function journalOrder(records: readonly InterviewRecord[], today: IsoDate): InterviewRecord[] {
  // The latest of the last interview held and every round's date, scheduled ones included.
  const latest = (r: InterviewRecord, held: IsoDate | undefined) => {
    let key = held ?? '';
    for (const { date } of r.rounds) if (date > key) key = date;
    return key;
  };
  const keyed = records.map((record) => {
    const held = lastInterview(record, today);
    const coming = upcomingDay(record, today, held);
    return { record, coming, key: `${coming ?? latest(record, held)} ${record.createdAt}` };
  });
  // ISO dates and timestamps sort as text; plain comparison, not localeCompare, which is slow over 500.
  keyed.sort((a, b) => {
    if (a.coming && b.coming) return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    if (a.coming || b.coming) return a.coming ? -1 : 1;
    return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
  });
  return keyed.map((k) => k.record);
}

export interface FunnelBar {
  label: string;
  count: number;
  /** The bar's length as a share of the widest (the first stage), 0 to 1. */
  length: number;
}

/** The funnel as bars: each stage's count against the first's (all zero-length when there is nothing yet). */
export function funnelBars(rows: readonly FunnelRow[]): FunnelBar[] {
  const widest = Math.max(0, ...rows.map((r) => r.count));
  return rows.map((r) => ({ label: r.label, count: r.count, length: widest ? r.count / widest : 0 }));
}

/** The lessons the patterns point to, by id: their titles and addresses, from the page (the collection). */
export type LessonLinks = Record<string, { title: string; href: string }>;
