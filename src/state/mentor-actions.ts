/**
 * Mentors' reviews (src/lib/mentor/reviews.ts), and the one thing a person does with a reply: add it to their
 * journal, or remove a review later.
 */
import type { IsoDate } from '../lib/core/dates';
import type { MentorReply } from '../lib/mentor/mentor';
import { addReview, FULL_PROBLEM, REVIEWS, type Review } from '../lib/mentor/reviews';
import { MENTOR_PROBLEMS } from '../lib/mentor/mentor';
import { interviews } from './interviews';
import { persisted } from './persisted';

export const reviews = persisted(REVIEWS);

/** Adds the mentor's reply to the interview it is about; says why not (the interview is gone, the limit). */
export function addMentorReply(reply: MentorReply, today: IsoDate): { added: boolean } | { problem: string } {
  const ids = new Set(interviews.get().interviews.map((r) => r.id));
  const result = addReview(reviews.get(), reply, ids, today);
  if ('problem' in result) return { problem: result.problem === 'gone' ? MENTOR_PROBLEMS.gone : FULL_PROBLEM };
  if (result.added) reviews.set(result.state);
  return { added: result.added };
}

export function removeReview(review: Review) {
  reviews.set({ reviews: reviews.get().reviews.filter((r) => r !== review) });
}
