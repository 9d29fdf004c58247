/**
 * What a mentor's reply may put in storage (issue 30, cause 2): the known fields only, rebuilt, each within its
 * limit. A forged reply that carries extra fields (of any size, or named after the prototype) stores exactly
 * what the clean reply would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MENTOR_LIMITS, PART_KINDS, readOpened, readReply, type MentorReply } from '../../../src/lib/mentor/mentor';
import { addReview, REVIEWS, type ReviewsState } from '../../../src/lib/mentor/reviews';
import { encodeValue } from '../../../src/lib/storage/storage-codec';

const TODAY = '2026-12-07';
const EMPTY: ReviewsState = { reviews: [] };
const reply: MentorReply = {
  kind: 'reply',
  recordId: 'r1',
  label: 'Acme · Designer',
  mentor: 'Sam',
  comments: [{ part: 'debrief', text: 'Lead with the outcome.' }],
};

const stored = (state: ReviewsState) => encodeValue(REVIEWS.schema, state);
function keep(value: unknown): string {
  const opened = readOpened({ ok: true, value });
  if (!opened.ok || opened.value.kind !== 'reply') throw new Error('not a reply');
  const added = addReview(EMPTY, opened.value, new Set(['r1']), TODAY);
  if ('problem' in added) throw new Error(added.problem);
  return stored(added.state);
}

describe('a forged reply', () => {
  it('stores no extra field, however large, and no prototype-named key', () => {
    // JSON.parse makes `__proto__` an own key, as a link's text would.
    const forged = JSON.parse(
      JSON.stringify({
        ...reply,
        extra: 'x'.repeat(3_000_000),
        comments: [{ ...reply.comments[0], hidden: 'y'.repeat(3_000_000), constructor: { prototype: { polluted: true } } }],
      }).replace('"extra"', '"__proto__"'),
    ) as unknown;
    const kept = keep(forged);
    expect(kept).toBe(keep(reply));
    expect(kept.length).toBeLessThan(1000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('with any extra keys, at any level, stores what the clean reply stores', () => {
    const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'), fc.string());
    const extras = fc.dictionary(key, fc.oneof(fc.string(), fc.integer(), fc.object({ maxDepth: 2 })), { maxKeys: 4 });
    const text = fc.string({ minLength: 1, maxLength: MENTOR_LIMITS.comment }).filter((s) => s.trim() !== '');
    const clean = fc.record({
      kind: fc.constant('reply' as const),
      recordId: fc.constant('r1'),
      label: fc.string({ maxLength: MENTOR_LIMITS.title }),
      mentor: fc.string({ maxLength: MENTOR_LIMITS.name }),
      comments: fc.uniqueArray(fc.record({ part: fc.constantFrom(...PART_KINDS), text }), {
        selector: (c) => c.part,
        maxLength: PART_KINDS.length,
      }),
    });
    fc.assert(
      fc.property(clean, extras, fc.array(extras, { minLength: 3, maxLength: 3 }), (value, top, inner) => {
        const forged = JSON.parse(
          JSON.stringify({ ...top, ...value, comments: value.comments.map((c, i) => ({ ...inner[i], ...c })) }),
        ) as unknown;
        expect(readReply(forged)).toEqual(readReply(value));
        expect(keep(forged)).toBe(keep(value));
      }),
      { numRuns: 300 },
    );
  });

  it('is refused from storage when a stored review carries more than its fields allow', () => {
    const good = { reviews: [{ recordId: 'r1', on: TODAY, mentor: 'Sam', comments: reply.comments, note: 'z'.repeat(100) }] };
    expect(REVIEWS.schema.parse(good)).toEqual({ reviews: [{ recordId: 'r1', on: TODAY, mentor: 'Sam', comments: reply.comments }] });
    const long = { reviews: [{ ...good.reviews[0], comments: [{ part: 'debrief', text: 'z'.repeat(MENTOR_LIMITS.comment + 1) }] }] };
    expect(REVIEWS.schema.parse(long)).toBeUndefined();
  });
});
