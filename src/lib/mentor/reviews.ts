/**
 * Mentors' comments, kept beside the interviews they are about (`callback:reviews`): each reply opened from
 * a mentor (src/lib/mentor/mentor.ts) becomes a review of one interview, shown in the journal as the mentor's.
 * Apart from the interviews so that 500 full interviews still fit (interviews/journal-record.ts's size budget): reviews
 * have their own, small count limit.
 */
import { isIsoDate, plural, type IsoDate } from '../core/dates.ts';
import { MENTOR_LIMITS, readComments, type MentorReply } from './mentor.ts';
import { isObject, isText } from '../core/guards.ts';
import type { ValueSchema } from '../storage/storage-codec.ts';
import type { StoredValue } from '../storage/stored-value.ts';

export interface Review {
  /** The interview it is about. */
  recordId: string;
  /** The day the reply was added here. */
  on: IsoDate;
  mentor: string;
  comments: MentorReply['comments'];
}

export interface ReviewsState {
  reviews: Review[];
}

/** At most this many reviews in all: 30 replies of three full comments take about 360,000 characters. */
const MAX_REVIEWS = 30;
const EMPTY_REVIEWS: ReviewsState = { reviews: [] };

/** A stored review rebuilt from its known fields (the reply's own rule for its comments), or undefined. */
function readReview(v: unknown): Review | undefined {
  if (!isObject(v) || !isIsoDate(v.on) || !isText(v.recordId, 64) || v.recordId === '' || !isText(v.mentor, MENTOR_LIMITS.name))
    return undefined;
  const comments = readComments(v.comments);
  return comments && { recordId: v.recordId, on: v.on, mentor: v.mentor, comments };
}

const reviewsSchema: ValueSchema<ReviewsState> = {
  version: 1,
  parse(data) {
    const list: unknown = isObject(data) ? data.reviews : undefined;
    if (!Array.isArray(list) || list.length > MAX_REVIEWS) return undefined;
    const reviews = list.map(readReview);
    return reviews.every((r) => r !== undefined) ? { reviews: reviews as Review[] } : undefined;
  },
};

export const REVIEWS: StoredValue<ReviewsState> = { name: 'reviews', schema: reviewsSchema, initial: EMPTY_REVIEWS };

/** What names a review: the same reply opened twice is one review. */
const reviewKey = (r: Pick<Review, 'recordId' | 'mentor' | 'comments'>) => JSON.stringify([r.recordId, r.mentor, r.comments]);

/**
 * `state` with `reply` added as a review dated `today`, or why not: the interview is not saved here, or the
 * count limit is reached. Adding the same reply again changes nothing.
 */
export function addReview(
  state: ReviewsState,
  reply: MentorReply,
  recordIds: ReadonlySet<string>,
  today: IsoDate,
): { state: ReviewsState; added: boolean } | { problem: 'gone' | 'full' | 'not-ours' } {
  if (!recordIds.has(reply.recordId)) return { problem: 'gone' };
  // Rebuilt here as well as when the link was read: this is the door to storage, and nothing else may pass it.
  const review = readReview({
    recordId: reply.recordId,
    on: today,
    mentor: reply.mentor.slice(0, MENTOR_LIMITS.name),
    comments: reply.comments,
  });
  if (!review) return { problem: 'not-ours' };
  if (state.reviews.some((r) => reviewKey(r) === reviewKey(review))) return { state, added: false };
  if (state.reviews.length >= MAX_REVIEWS) return { problem: 'full' };
  return { state: { reviews: [...state.reviews, review] }, added: true };
}

/** An import's reviews added to these, none twice. */
export function mergeReviews(current: ReviewsState, incoming: ReviewsState): ReviewsState {
  const keys = new Set(current.reviews.map(reviewKey));
  return { reviews: [...current.reviews, ...incoming.reviews.filter((r) => !keys.has(reviewKey(r)))].slice(0, MAX_REVIEWS) };
}

export const describeReviews = ({ reviews }: ReviewsState) =>
  reviews.length ? `${plural(reviews.length, 'mentor review')}` : 'No mentor reviews';

export const FULL_PROBLEM = `This browser keeps at most ${MAX_REVIEWS} mentor reviews. Delete one from an interview in your journal to add this one.`;
