// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markLessonRead } from '../../../src/state/progress-actions';

const stored = () => JSON.parse(localStorage.getItem('callback:read-lessons')!);

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('markLessonRead', () => {
  it('marks a guide read, once, and unread again, saving each time', () => {
    expect(markLessonRead('following-up')).toEqual({ read: ['following-up'], saved: true });
    expect(markLessonRead('red-flags', true).read).toEqual(['following-up', 'red-flags']);
    expect(markLessonRead('red-flags', true).read).toEqual(['following-up', 'red-flags']);
    expect(markLessonRead('following-up', false).read).toEqual(['red-flags']);
    expect(stored()).toEqual({ v: 1, data: ['red-flags'] });
  });

  it('keeps what another tab marked in the meantime', () => {
    markLessonRead('following-up');
    localStorage.setItem('callback:read-lessons', '{"v":1,"data":["following-up","waiting-well"]}');
    expect(markLessonRead('red-flags').read).toEqual(['following-up', 'waiting-well', 'red-flags']);
  });

  it('starts a fresh list over one it cannot read', () => {
    localStorage.setItem('callback:read-lessons', '{"v":1,"data":"all"}');
    expect(markLessonRead('red-flags')).toEqual({ read: ['red-flags'], saved: true });
  });

  it('says the mark was not saved when the browser refuses, without throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(markLessonRead('red-flags')).toEqual({ read: ['red-flags'], saved: false });
  });
});
