/**
 * The question library's one-tap adds (/practice/questions/): a question to the next interview's expected
 * questions, or to practice as a card due today. Apart from practice-actions.ts because a new card needs the
 * scheduler (ts-fsrs), which the pages that only expect questions should not load.
 */
import type { IsoDate } from '../lib/core/dates';
import { interviewLabel } from '../lib/interviews/interviews';
import { expectQuestion, soonestComing } from '../lib/prep/practice';
import { newCard } from '../lib/prep/practice-cards';
import { libraryCard, libraryCardId, roundOn } from '../lib/prep/question-library';
import { interviews } from './interviews';
import { changeExpectation, keepCard, practice } from './practice-actions';

/** What a one-tap add from the question library did, in words, or why it did nothing. */
export type LibraryResult = { done: string } | { problem: string };

/**
 * Adds a library question to the expected questions of the interview coming up soonest (/practice/ and the
 * day sheet list them); says which interview, or that there is none to add it to.
 */
export function expectForNext(questionId: string, today: IsoDate): LibraryResult {
  // The interview coming up soonest, as the practice page and the day sheet read "the next interview".
  const next = soonestComing(interviews.get().interviews, (r) => r, today);
  if (!next) return { problem: 'No interview is coming up in your journal: add it there first, with its date.' };
  const label = interviewLabel(next.item, today);
  const had = practice
    .get()
    .expectations.find((e) => e.interviewId === next.item.id)
    ?.expected.includes(questionId);
  if (had) return { done: `Already expected for ${label}.` };
  return (
    changeExpectation(next.item.id, roundOn(next.item, next.day), expectQuestion(questionId, true)) ?? {
      done: `Expected for ${label}.`,
    }
  );
}

/** Makes a practice card of a library question, due today, and says so (or that it already is one). */
export function practiceFromLibrary(question: { id: string; text: string }, today: IsoDate): LibraryResult {
  const card = libraryCard(practice.get(), question.id);
  if (card) return { done: 'Already in your practice cards.' };
  const added = newCard({ id: libraryCardId(question.id), question: question.text, from: 'library' }, today);
  return keepCard(added) ?? { done: 'Added to your practice cards, due today.' };
}
