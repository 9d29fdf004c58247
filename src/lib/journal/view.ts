/**
 * What the journal page shows for each interview: where it stands in a word, the order of the list, and the
 * funnel chart's bars. Plain functions over the saved records, so the page renders and the tests check the
 * words a person reads.
 */
import { addDays, daysBetween, formatDate, plural, type IsoDate } from '../core/dates.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import { nextInterview, outcomeOf, planState } from './journal.ts';
import { EVENT_LABELS, isOutcome } from '../interviews/journal-record.ts';
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

/** "Thursday, December 10 · in 4 days", "Today", "Tomorrow": how an interview still ahead is named everywhere. */
export function upcomingText(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  const day = formatDate(date, today);
  if (days === 0) return `${day} · today`;
  if (days === 1) return `${day} · tomorrow`;
  return `${day} · in ${plural(days, 'day')}`;
}

const SEND_WORDS = { 'thank-you': 'Thank-you due', 'follow-up': 'Follow-up due', 'final-follow-up': 'Last follow-up due' } as const;

/**
 * Where an interview stands today, by what needs doing first: an outcome closes it; otherwise a message due,
 * then time to move on, then a date they gave that has passed, then waiting (for their date, if given).
 */
export function standing(record: InterviewRecord, today: IsoDate): Standing {
  const outcome = outcomeOf(record.events);
  if (outcome) return { text: EVENT_LABELS[outcome], tone: 'done' };
  const held = lastInterview(record, today);
  // On its day an interview is still the one to get ready for (the thank-you is due by the next working day).
  const next = nextInterview(record, addDays(today, -1));
  // Scheduled and not yet held, or a next round booked since: the date is the news ("Thursday, December 10 · in 4 days").
  if (next && (!held || !record.events.some((e) => isOutcome(e.kind) && e.date >= held))) {
    return { text: upcomingText(next, today), tone: 'wait', upcoming: next };
  }
  if (!held) return { text: 'No interview date yet', tone: 'wait' };
  // Invited on since the last round held: the next step is theirs to schedule, whatever was sent since.
  if (record.events.some((e) => e.kind === 'next-round' && e.date >= held)) return { text: 'Invited to the next round', tone: 'wait' };
  const { due, canClose } = planState(record, today);
  if (due) return { text: SEND_WORDS[due], tone: 'act' };
  if (canClose) return { text: 'No reply: time to close it', tone: 'act' };
  const { promisedBy } = readTiming(record.answers);
  if (promisedBy && promisedBy < today)
    return { text: `Quiet ${plural(daysBetween(promisedBy, today), 'day')} past their date`, tone: 'act' };
  return { text: promisedBy ? `Waiting: they said by ${formatDate(promisedBy, today)}` : 'Waiting for a reply', tone: 'wait' };
}

/**
 * The list's order: interviews still ahead first, the soonest at the top (what to prepare for next), then the
 * latest interview held first (a round scheduled ahead counts as its date), undated ones last, then by when
 * they were added. A copy: the store's order is left as it is.
 */
export function journalOrder(records: readonly InterviewRecord[], today: IsoDate): InterviewRecord[] {
  const yesterday = addDays(today, -1);
  // Ahead: "0" and the date, so the soonest sorts first once the keys are sorted from the end; held: "1" and
  // the latest date (scheduled rounds included), newest first.
  const key = (r: InterviewRecord) => {
    const next = nextInterview(r, yesterday);
    if (next) return `2 ${invert(next)}`;
    let latest = lastInterview(r, today) ?? '';
    for (const { date } of r.rounds) if (date > latest) latest = date;
    return `1 ${latest}`;
  };
  const keyed = records.map((record) => ({ record, key: `${key(record)} ${record.createdAt}` }));
  // ISO dates and timestamps sort as text; plain comparison, not localeCompare, which is slow over 500.
  keyed.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  return keyed.map((k) => k.record);
}

/** A date's digits complemented to 9, so that sorting from the end puts the earliest first. */
const invert = (date: IsoDate) => date.replace(/\d/g, (d) => String(9 - Number(d)));

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
