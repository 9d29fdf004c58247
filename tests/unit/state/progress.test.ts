// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { markLessonRead, readLessons } from '../../../src/state/progress';

beforeEach(() => {
  localStorage.clear();
  readLessons.set([]);
});

describe('markLessonRead', () => {
  it('marks a guide read, once, and unread again, saving each time', () => {
    expect(markLessonRead('following-up')).toEqual(['following-up']);
    expect(markLessonRead('red-flags', true)).toEqual(['following-up', 'red-flags']);
    expect(markLessonRead('following-up')).toEqual(['red-flags', 'following-up']);
    expect(markLessonRead('red-flags', false)).toEqual(['following-up']);
    expect(JSON.parse(localStorage.getItem('callback:read-lessons')!)).toEqual({ v: 1, data: ['following-up'] });
  });
});
