// @vitest-environment jsdom
/**
 * Adding a mentor's reply says "added" only of what the browser kept (issue 30, cause 4): a refused write
 * leaves the reviews as they were and says why.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import type { MentorReply } from '../../../src/lib/mentor/mentor';
import { interviews } from '../../../src/state/interviews';
import { addMentorReply, reviews } from '../../../src/state/mentor-actions';

const TODAY = '2026-12-07';
const record = newInterview('r1', new Date('2026-12-01T12:00:00'));
const reply: MentorReply = { kind: 'reply', recordId: 'r1', label: 'Acme', mentor: 'Sam', comments: [{ part: 'debrief', text: 'Good.' }] };

beforeEach(() => {
  localStorage.clear();
  interviews.set({ ...EMPTY_INTERVIEWS, interviews: [record] });
  reviews.set({ reviews: [] });
});

describe('adding a reply', () => {
  it('is added and kept when the browser keeps it; the same reply again changes nothing', () => {
    expect(addMentorReply(reply, TODAY)).toEqual({ added: true });
    expect(localStorage.getItem('callback:reviews')).toContain('Good.');
    expect(addMentorReply(reply, TODAY)).toEqual({ added: false });
  });

  it('is not said to be added when the browser refuses the write, and nothing changes', () => {
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string) {
      if (key === 'callback:reviews') throw new DOMException('full', 'QuotaExceededError');
    });
    const result = addMentorReply(reply, TODAY);
    full.mockRestore();
    expect(result).toEqual({ problem: expect.stringMatching(/^Nothing was added: this browser's storage for the site is full/) });
    expect(reviews.get()).toEqual({ reviews: [] });
  });

  it('says the interview is gone when it is not saved here', () => {
    interviews.set(EMPTY_INTERVIEWS);
    expect(addMentorReply(reply, TODAY)).toEqual({ problem: expect.stringContaining('no longer saved') });
  });
});
