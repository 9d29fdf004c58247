// @vitest-environment jsdom
/**
 * The small-page reader: the theme control and the read marks use it on every page, so whatever storage
 * holds or throws, it must answer with a usable value and never throw into the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READ_LESSONS } from '../../../src/lib/content/progress';
import { THEME } from '../../../src/lib/content/theme';
import { notifyReaders, onOtherTabChange, readValue, writeValue } from '../../../src/state/quick-storage';

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

const otherTab = (key: string | null) => window.dispatchEvent(new StorageEvent('storage', { key }));

describe('readValue', () => {
  it('reads what was stored, in the same envelope the stores write', () => {
    localStorage.setItem('callback:theme', '{"v":1,"data":"dark"}');
    expect(readValue(THEME)).toBe('dark');
  });

  it.each([
    ['nothing stored', null],
    ['corrupt JSON', '{"v":1,"data":"da'],
    ['a value the schema refuses', '{"v":1,"data":"neon"}'],
    ['a newer version', '{"v":9,"data":"dark"}'],
  ])('gives the initial value for %s', (_, raw) => {
    if (raw !== null) localStorage.setItem('callback:theme', raw);
    expect(readValue(THEME)).toBe('system');
    // Unlike a store, it leaves what it cannot read where it is.
    expect(localStorage.getItem('callback:theme')).toBe(raw);
  });

  it('gives the initial value when storage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(readValue(READ_LESSONS)).toEqual([]);
  });
});

describe('writeValue', () => {
  it('stores the versioned envelope', () => {
    expect(writeValue(THEME, 'light')).toBe(true);
    expect(localStorage.getItem('callback:theme')).toBe('{"v":1,"data":"light"}');
  });

  it('says false, without throwing, when the browser refuses', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(writeValue(THEME, 'light')).toBe(false);
  });
});

describe('onOtherTabChange', () => {
  it('reads the value again when another tab changes it or clears storage, and ignores other keys', () => {
    const seen: string[] = [];
    onOtherTabChange(THEME, (choice) => seen.push(choice));
    localStorage.setItem('callback:theme', '{"v":1,"data":"dark"}');
    otherTab('callback:theme');
    otherTab('callback:read-lessons');
    localStorage.clear();
    otherTab(null);
    expect(seen).toEqual(['dark', 'system']);
  });
});

describe('notifyReaders', () => {
  it("makes this tab's listeners read again after its own writes, which fire no storage event", () => {
    const seen: string[] = [];
    onOtherTabChange(THEME, (choice) => seen.push(choice));
    writeValue(THEME, 'dark');
    expect(seen).toEqual([]);
    notifyReaders();
    expect(seen).toEqual(['dark']);
  });
});

describe('writeValue for the theme (what the footer’s control stores)', () => {
  it('keeps the pick for the next page, where the head script reads it', () => {
    expect(writeValue(THEME, 'dark')).toBe(true);
    expect(localStorage.getItem('callback:theme')).toBe('{"v":1,"data":"dark"}');
    expect(readValue(THEME)).toBe('dark');
  });

  it('says false when the browser refuses, so the pick holds on this page only', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(writeValue(THEME, 'light')).toBe(false);
  });
});
