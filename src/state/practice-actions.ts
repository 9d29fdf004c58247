/**
 * The question loop's writes (src/lib/prep/practice.ts has the rules): expecting questions before an interview,
 * the debrief's ticks and stories, questions of one's own, and practicing a card. Each runs its rule on the
 * latest state and returns why nothing changed, or nothing when it was written.
 */
import { shortId } from '../lib/core/short-id';
import type { RoundKind } from '../lib/interviews/journal-record';
import {
  addOwnQuestion,
  PRACTICE,
  saveCard,
  updateExpectation,
  type Expectation,
  type PracticeCard,
  type PracticeWrite,
} from '../lib/prep/practice';
import { interviews } from './interviews';
import { keep, persisted } from './persisted';

export const practice = persisted(PRACTICE);

export type PracticeResult = { problem: string } | undefined;

function write(result: PracticeWrite): PracticeResult {
  if ('problem' in result) return result;
  // Read back, so "Saved." or "Added" is never said of a write that lives in this tab's memory only.
  return keep(PRACTICE, result.state);
}

/**
 * Changes the interview's expectation with one of src/lib/prep/practice.ts's changes (`expectQuestion`, `tickAsked`,
 * `tickFumbled`, `toldStory`, `prepareFor`); `round` is the kind prepared for when the interview has none yet.
 */
export function changeExpectation(interviewId: string, round: RoundKind, change: (e: Expectation) => Expectation | string): PracticeResult {
  const live = new Set(interviews.get().interviews.map((r) => r.id));
  return write(updateExpectation(practice.get(), interviewId, live, round, change));
}

/** Adds a question of the person's own; returns its id, or why not. */
export function addOwn(text: string, round: RoundKind[]): { id: string } | { problem: string } {
  // The prefix keeps a question of one's own apart from the bank's kebab-case ids.
  const id = `own-${shortId()}`;
  return write(addOwnQuestion(practice.get(), { id, text, round })) ?? { id };
}

/** Stores a card: after practice (its new schedule, answer and story), or a new one. */
export const keepCard = (card: PracticeCard): PracticeResult => write(saveCard(practice.get(), card));
