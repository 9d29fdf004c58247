/**
 * Practice cards (issue 19): questions fumbled or not expected in an interview come back for practice,
 * spaced by FSRS (ts-fsrs, the scheduler Anki adopted): due today, then Again, Good or Easy moves the next
 * practice out. A card is practiced by writing (or saying) an answer and linking a story.
 *
 * Days, not minutes: interview practice happens once a day at most, so FSRS's same-day learning steps are off
 * and every date here is a calendar day (an IsoDate). The longest gap is a month: a job search moves on
 * faster than flashcards for an exam, and a question unseen for longer is worth seeing again anyway.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { addDays, earlier, isIsoDate, type IsoDate } from './dates.ts';

/** The longest gap between two practices of one card, in days. */
export const MAX_INTERVAL_DAYS = 30;
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false, maximum_interval: MAX_INTERVAL_DAYS });

/** Where a card came from: a question fumbled, one not expected, or one added by the person. */
export const CARD_SOURCES = ['fumbled', 'surprise', 'own'] as const;
export type CardSource = (typeof CARD_SOURCES)[number];

export const GRADES = ['again', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];
export const GRADE_LABELS: Record<GradeName, string> = { again: 'Again', good: 'Good', easy: 'Easy' };
const RATINGS: Record<GradeName, Grade> = { again: Rating.Again, good: Rating.Good, easy: Rating.Easy };

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

/** Midday UTC of a day: FSRS works in instants, and midday keeps every conversion on the same calendar day. */
const instant = (day: IsoDate) => new Date(`${day}T12:00:00Z`);
const dayOf = (date: Date): IsoDate => date.toISOString().slice(0, 10);

function toCard(s: Schedule, today: IsoDate): Card {
  return {
    ...createEmptyCard(instant(today)),
    due: instant(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    ...(s.lastReview ? { last_review: instant(s.lastReview) } : {}),
  };
}

function toSchedule(card: Card): Schedule {
  return {
    due: dayOf(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: dayOf(card.last_review) } : {}),
  };
}

/** A new card, due today. */
export function newCard(fields: Omit<PracticeCard, 'schedule'>, today: IsoDate): PracticeCard {
  return { ...fields, schedule: toSchedule(createEmptyCard(instant(today))) };
}

/** The card after practicing it today and grading the answer `grade`. */
export function practiceCard(card: PracticeCard, grade: GradeName, today: IsoDate): PracticeCard {
  const next = scheduler.next(toCard(card.schedule, today), instant(today), RATINGS[grade]).card;
  return { ...card, schedule: { ...toSchedule(next), due: capped(dayOf(next.due), today) } };
}

// FSRS's own maximum can come out a day over after Easy's bonus: the month is held here.
const capped = (due: IsoDate, today: IsoDate) => earlier(due, addDays(today, MAX_INTERVAL_DAYS));

/** When each grade would bring the card back, for the buttons ("Good: in 4 days"). */
export function nextDays(card: PracticeCard, today: IsoDate): Record<GradeName, IsoDate> {
  const preview = scheduler.repeat(toCard(card.schedule, today), instant(today));
  return {
    again: dayOf(preview[Rating.Again].card.due),
    good: dayOf(preview[Rating.Good].card.due),
    easy: dayOf(preview[Rating.Easy].card.due),
  };
}

/** The cards due today or earlier, the longest overdue first. */
export const dueCards = (cards: readonly PracticeCard[], today: IsoDate) =>
  cards
    .filter((c) => c.schedule.due <= today)
    .sort((a, b) => (a.schedule.due < b.schedule.due ? -1 : a.schedule.due > b.schedule.due ? 1 : 0));

/** Whether `value` is a schedule this code wrote (stored data is checked on every read). */
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
