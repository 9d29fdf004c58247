/**
 * Mentors' reviews (src/lib/mentor/reviews.ts), and the one thing a person does with a reply: add it to their
 * journal, or remove a review later.
 */
import type { IsoDate } from '../lib/core/dates';
import type { MentorReply } from '../lib/mentor/mentor';
import { addReview, FULL_PROBLEM, REVIEWS, type Review } from '../lib/mentor/reviews';
import { MENTOR_PROBLEMS } from '../lib/mentor/mentor';
import { interviews } from './interviews';
import { keep, persisted } from './persisted';

export const reviews = persisted(REVIEWS);

/**
 * Adds the mentor's reply to the interview it is about; says why not (the interview is gone, the limit, or the
 * browser did not keep it: then the reviews are put back as they were, so "Added" is never said of a reply that
 * a reload would lose).
 */
export function addMentorReply(reply: MentorReply, today: IsoDate): { added: boolean } | { problem: string } {
  const ids = new Set(interviews.get().interviews.map((r) => r.id));
  const before = reviews.get();
  const result = addReview(before, reply, ids, today);
  if ('problem' in result) return { problem: result.problem === 'full' ? FULL_PROBLEM : MENTOR_PROBLEMS[result.problem] };
  if (!result.added) return { added: false };
  const notKept = keep(REVIEWS, result.state, 'Nothing was added');
  if (notKept) reviews.set(before);
  return notKept ?? { added: true };
}

export function removeReview(review: Review) {
  reviews.set({ reviews: reviews.get().reviews.filter((r) => r !== review) });
}
