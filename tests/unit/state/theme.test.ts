// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readValue } from '../../../src/state/quick-storage';
import { setTheme } from '../../../src/state/theme';
import { THEME } from '../../../src/lib/theme';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('setTheme', () => {
  it('keeps the pick for the next page, where the head script reads it', () => {
    expect(setTheme('dark')).toBe(true);
    expect(localStorage.getItem('callback:theme')).toBe('{"v":1,"data":"dark"}');
    expect(readValue(THEME)).toBe('dark');
  });

  it('says false when the browser refuses, so the pick holds on this page only', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(setTheme('light')).toBe(false);
  });
});
