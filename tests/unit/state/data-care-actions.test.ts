// @vitest-environment jsdom
/**
 * Asking the browser to keep the data: once, with the answer remembered in storage, whatever the browser
 * does (agrees, refuses, throws, or has no such API).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_DATA_CARE } from '../../../src/lib/data/data-care';
import {
  askToKeep,
  checkPersistence,
  dataCare,
  declineToKeep,
  persistSupport,
  recordExport,
  snoozeExportReminder,
} from '../../../src/state/data-care-actions';

const today = '2026-11-30';
const stored = () => JSON.parse(localStorage.getItem('callback:data-care') ?? 'null')?.data;

/** Plays a browser whose StorageManager has `methods` (none: no navigator.storage at all). */
function browserWith(methods?: Partial<Record<'persist' | 'persisted', () => Promise<boolean>>>) {
  vi.stubGlobal('navigator', { ...navigator, storage: methods });
}

beforeEach(() => {
  localStorage.clear();
  dataCare.set(EMPTY_DATA_CARE);
  persistSupport.set({ canAsk: false });
});
afterEach(() => vi.unstubAllGlobals());

describe('checkPersistence', () => {
  it('knows whether the browser can be asked, and whether it keeps the data already', async () => {
    browserWith({ persist: async () => true, persisted: async () => true });
    await checkPersistence();
    expect(persistSupport.get()).toEqual({ canAsk: true, persisted: true });
    browserWith(undefined);
    await checkPersistence();
    expect(persistSupport.get()).toEqual({ canAsk: false });
  });

  it('keeps asking possible when the browser cannot say', async () => {
    browserWith({ persist: async () => true, persisted: () => Promise.reject(new Error('no')) });
    await checkPersistence();
    expect(persistSupport.get()).toEqual({ canAsk: true });
  });
});

describe('askToKeep', () => {
  it.each([
    ['agrees', async (): Promise<boolean> => true, 'granted'],
    ['refuses', async (): Promise<boolean> => false, 'refused'],
    ['throws', (): Promise<boolean> => Promise.reject(new DOMException('denied')), 'refused'],
  ] as const)('remembers a browser that %s', async (_, persist, answer) => {
    browserWith({ persist });
    expect(await askToKeep(today)).toBe(answer);
    expect(stored()).toEqual({ ...EMPTY_DATA_CARE, persist: { answer, on: today } });
  });

  it('counts a browser without the API as a refusal, not an error', async () => {
    browserWith(undefined);
    expect(await askToKeep(today)).toBe('refused');
  });
});

describe('the other answers', () => {
  it('are stored through the one storage layer, each leaving the others', () => {
    declineToKeep(today);
    recordExport('2026-11-01');
    snoozeExportReminder('2026-11-02');
    expect(stored()).toEqual({ persist: { answer: 'declined', on: today }, lastExport: '2026-11-01', snoozed: '2026-11-02' });
  });
});
