/** The one short id for rounds, stories and questions of one's own: 8 base-36 characters, within each check's length. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRound } from '../../../src/lib/interviews/journal-record';
import { shortId } from '../../../src/lib/core/short-id';
import { isStory } from '../../../src/lib/prep/stories';

describe('shortId', () => {
  it('is 8 base-36 characters, whatever the random source gives in [0, 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 8, maxLength: 8 }), (draws) => {
        let i = 0;
        expect(shortId(() => draws[i++])).toMatch(/^[0-9a-z]{8}$/);
      }),
    );
  });

  it('names a round and a story as their checks accept', () => {
    const id = shortId();
    expect(isRound({ id, date: '2026-11-30', kind: 'screen', interviewers: [] })).toBe(true);
    expect(isStory({ id, title: 'The launch', competencies: [] })).toBe(true);
  });
});
