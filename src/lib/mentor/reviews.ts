/**
 * Mentors' comments, kept beside the interviews they are about (`callback:reviews`): each reply opened from
 * a mentor (src/lib/mentor/mentor.ts) becomes a review of one interview, shown in the journal as the mentor's.
 * Apart from the interviews so that 500 full interviews still fit (interviews/journal-record.ts's size budget): reviews
 * have their own, small count limit.
 */
import { isIsoDate, plural, type IsoDate } from '../core/dates.ts';
import { isMentorReply, MENTOR_LIMITS, type MentorReply } from './mentor.ts';
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

const isReview = (v: unknown): v is Review => {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  // A stored review carries what a reply carries, so the reply's own check is the one rule.
  return isIsoDate(r.on) && isMentorReply({ kind: 'reply', recordId: r.recordId, label: '', mentor: r.mentor, comments: r.comments });
};

const reviewsSchema: ValueSchema<ReviewsState> = {
  version: 1,
  parse(data) {
    const list = (data as ReviewsState | null)?.reviews;
    if (!Array.isArray(list) || list.length > MAX_REVIEWS || !list.every(isReview)) return undefined;
    return { reviews: list.map(({ recordId, on, mentor, comments }) => ({ recordId, on, mentor, comments })) };
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
): { state: ReviewsState; added: boolean } | { problem: 'gone' | 'full' } {
  if (!recordIds.has(reply.recordId)) return { problem: 'gone' };
  const review: Review = {
    recordId: reply.recordId,
    on: today,
    mentor: reply.mentor.slice(0, MENTOR_LIMITS.name),
    comments: reply.comments,
  };
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
