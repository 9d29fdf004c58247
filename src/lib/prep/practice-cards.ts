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
import { addDays, earlier, formatDate, type IsoDate } from '../core/dates.ts';
import { cardCandidates, type LoopQuestion, type PracticeCard, type PracticeState, type Schedule } from './practice.ts';
import { interviewLabel, type InterviewRecord } from '../interviews/interviews.ts';

/**
 * The longest gap between two practices of one card, in days.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const MAX_INTERVAL_DAYS = 30;
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false, maximum_interval: MAX_INTERVAL_DAYS });

/** @internal The tests state the rule by this name rather than copying its value. */
export const GRADES = ['again', 'good', 'easy'] as const;
export type GradeName = (typeof GRADES)[number];
const GRADE_LABELS: Record<GradeName, string> = { again: 'Again', good: 'Good', easy: 'Easy' };
const RATINGS: Record<GradeName, Grade> = { again: Rating.Again, good: Rating.Good, easy: Rating.Easy };

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

/**
 * When each grade would bring the card back, for the buttons ("Good: in 4 days").
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function nextDays(card: PracticeCard, today: IsoDate): Record<GradeName, IsoDate> {
  const preview = scheduler.repeat(toCard(card.schedule, today), instant(today));
  // Held to the month as practiceCard holds it, so a button never promises a day the card will not keep.
  const at = (rating: Grade) => capped(dayOf(preview[rating].card.due), today);
  return { again: at(Rating.Again), good: at(Rating.Good), easy: at(Rating.Easy) };
}

/** The cards due today or earlier, the longest overdue first. */
export const dueCards = (cards: readonly PracticeCard[], today: IsoDate) =>
  cards
    .filter((c) => c.schedule.due <= today)
    .sort((a, b) => (a.schedule.due < b.schedule.due ? -1 : a.schedule.due > b.schedule.due ? 1 : 0));

/**
 * Every card: those practiced (stored, with their schedule), then those the debriefs call for and not yet
 * practiced, new and due today. A stored card stays after its surprise is edited away: it holds an answer.
 */
export function practiceDeck(
  state: PracticeState,
  records: readonly InterviewRecord[],
  index: ReadonlyMap<string, LoopQuestion>,
  today: IsoDate,
): PracticeCard[] {
  const stored = new Set(state.cards.map((c) => c.id));
  const fresh = cardCandidates(state, records, index).filter((c, i, all) => !stored.has(c.id) && all.findIndex((o) => o.id === c.id) === i);
  return [...state.cards, ...fresh.map((c) => newCard(c, today))];
}

/** The day the next card comes due, after today's are done; undefined with no cards. */
export const nextDue = (cards: readonly PracticeCard[]): IsoDate | undefined =>
  cards.reduce<IsoDate | undefined>((soonest, c) => (soonest === undefined ? c.schedule.due : earlier(soonest, c.schedule.due)), undefined);

/**
 * Where a card came from, in words: "Went badly at Acme · Designer", "A surprise at …", "Your own question".
 * A card whose interview was deleted keeps its answer; it says so rather than naming nothing.
 */
export function cardOrigin(card: PracticeCard, records: readonly InterviewRecord[], today?: IsoDate): string {
  if (card.from === 'own') return 'Your own question';
  if (card.from === 'library') return 'From the question library';
  const record = records.find((r) => r.id === card.interviewId);
  const at = record ? interviewLabel(record, today) : 'an interview no longer in your journal';
  return card.from === 'fumbled' ? `Went badly at ${at}` : `A surprise at ${at}`;
}

/** The grade buttons, each with the day the card would come back: "Good · back on Friday, December 4". */
export function gradeChoices(card: PracticeCard, today: IsoDate) {
  const days = nextDays(card, today);
  return GRADES.map((grade) => ({
    grade,
    due: days[grade],
    text: `${GRADE_LABELS[grade]} · back on ${formatDate(days[grade], today)}`,
  }));
}
