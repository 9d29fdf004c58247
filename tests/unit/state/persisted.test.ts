// @vitest-environment jsdom
/**
 * The persisted-state layer in a browser-like window: every failure a real browser can produce is made
 * to happen here, and each must leave the page working and what the person entered recoverable.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ValueSchema } from '../../../src/lib/storage/storage-codec';
import type { StoredValue } from '../../../src/lib/storage/stored-value';

interface Progress {
  read: string[];
}
const schema: ValueSchema<Progress> = {
  version: 2,
  parse: (d) => (typeof d === 'object' && d !== null && Array.isArray((d as Progress).read) ? (d as Progress) : undefined),
  // Version 1 stored a bare list of lesson ids.
  migrations: { 1: (d) => ({ read: d as string[] }) },
};
const KEY = 'callback:progress';

/** A fresh copy of the layer, as on a page load, with whatever localStorage holds now. */
async function loadLayer() {
  vi.resetModules();
  const layer = await import('../../../src/state/persisted');
  const store = layer.persisted<Progress>({ name: 'progress', schema, initial: { read: [] } });
  // Stores read storage and listen to other tabs while something subscribes, as an island does.
  const values: Progress[] = [];
  const unsubscribe = store.subscribe((v) => values.push(v));
  return { ...layer, store, values, unsubscribe };
}

function otherTabWrites(key: string, newValue: string | null) {
  localStorage[newValue === null ? 'removeItem' : 'setItem'](key, newValue as string);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea: localStorage }));
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('persisted()', () => {
  it('saves a versioned envelope and reads it back on the next page load', async () => {
    const first = await loadLayer();
    first.store.set({ read: ['thank-you-notes'] });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ v: 2, data: { read: ['thank-you-notes'] } });
    first.unsubscribe();

    const second = await loadLayer();
    expect(second.store.get()).toEqual({ read: ['thank-you-notes'] });
    expect(second.storageHealth.get()).toBe('ok');
  });

  it('migrates a value saved by an older version of the site', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, data: ['why-no-callback'] }));
    const { store, setAside } = await loadLayer();
    expect(store.get()).toEqual({ read: ['why-no-callback'] });
    expect(setAside.get()).toEqual([]);
  });

  it.each([
    ['corrupt JSON', '{"v":2,"data":{"read":["a"', 'corrupt'],
    ['a wrong shape', '{"v":2,"data":{"read":"a"}}', 'wrong-shape'],
    ['a newer version', '{"v":9,"data":{"read":["a"],"extra":1}}', 'newer-version'],
    ['an old version with no migration', '{"v":0.5,"data":[]}', 'wrong-shape'],
  ])('starts fresh on %s and keeps the raw value under a backup key', async (_, raw, problem) => {
    localStorage.setItem(KEY, raw);
    const { store, setAside } = await loadLayer();
    expect(store.get()).toEqual({ read: [] });
    expect(localStorage.getItem(`${KEY}.backup`)).toBe(raw);
    expect(setAside.get()).toEqual([{ key: KEY, problem, backupKey: `${KEY}.backup` }]);
    // Nothing is destroyed until the person saves something new.
    expect(localStorage.getItem(KEY)).toBe(raw);
    store.set({ read: ['fresh'] });
    expect(localStorage.getItem(`${KEY}.backup`)).toBe(raw);
  });

  it('keeps working in memory when localStorage throws on access', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { store, storageHealth } = await loadLayer();
    expect(storageHealth.get()).toBe('unavailable');
    expect(store.get()).toEqual({ read: [] });
    expect(() => store.set({ read: ['a'] })).not.toThrow();
    expect(store.get()).toEqual({ read: ['a'] });
  });

  it('keeps working in memory when every storage call throws', async () => {
    for (const method of ['getItem', 'setItem', 'removeItem', 'key'] as const) {
      vi.spyOn(Storage.prototype, method).mockImplementation(() => {
        throw new DOMException('denied', 'SecurityError');
      });
    }
    const { store, storageHealth } = await loadLayer();
    expect(() => store.set({ read: ['a', 'b'] })).not.toThrow();
    expect(store.get()).toEqual({ read: ['a', 'b'] });
    expect(storageHealth.get()).toBe('unavailable');
  });

  it('keeps the newest value and says storage is full when a write exceeds the quota', async () => {
    const { store, storageHealth } = await loadLayer();
    store.set({ read: ['saved'] });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => store.set({ read: ['saved', 'not saved'] })).not.toThrow();
    expect(store.get()).toEqual({ read: ['saved', 'not saved'] });
    expect(storageHealth.get()).toBe('full');
    // What did fit earlier is still there.
    expect(JSON.parse(localStorage.getItem(KEY)!).data).toEqual({ read: ['saved'] });
  });

  it('follows a change made in another tab', async () => {
    const { store, values } = await loadLayer();
    otherTabWrites(KEY, JSON.stringify({ v: 2, data: { read: ['from-other-tab'] } }));
    expect(store.get()).toEqual({ read: ['from-other-tab'] });
    expect(values.at(-1)).toEqual({ read: ['from-other-tab'] });

    // The other tab deletes everything: this one goes back to the start, not to a stale copy.
    otherTabWrites(KEY, null);
    expect(store.get()).toEqual({ read: [] });
  });

  it('gives every reader of one value the same store, so a write here reaches them all', async () => {
    const { store, persisted } = await loadLayer();
    const again = persisted<Progress>({ name: 'progress', schema, initial: { read: [] } });
    expect(again).toBe(store);
    again.set({ read: ['both'] });
    expect(store.get()).toEqual({ read: ['both'] });
  });

  it('sets aside junk written by another tab instead of breaking', async () => {
    const { store, setAside } = await loadLayer();
    store.set({ read: ['mine'] });
    expect(() => otherTabWrites(KEY, 'not json')).not.toThrow();
    expect(store.get()).toEqual({ read: [] });
    expect(localStorage.getItem(`${KEY}.backup`)).toBe('not json');
    expect(setAside.get().map((s) => s.problem)).toEqual(['corrupt']);
  });
});

describe('keep(): a claim only after a read-back', () => {
  const PROGRESS: StoredValue<Progress> = { name: 'progress', schema, initial: { read: [] } };

  it('says kept exactly when the browser holds the value written, whatever it refuses and when', async () => {
    const { keep, store } = await loadLayer();
    const writes = fc.array(fc.record({ read: fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), refused: fc.boolean() }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(writes, (steps) => {
        for (const { read, refused } of steps) {
          const setItem = vi.spyOn(Storage.prototype, 'setItem');
          if (refused)
            setItem.mockImplementation(() => {
              throw new DOMException('full', 'QuotaExceededError');
            });
          const result = keep(PROGRESS, { read });
          setItem.mockRestore();
          const held = localStorage.getItem(KEY);
          const kept = held !== null && JSON.stringify(JSON.parse(held).data.read) === JSON.stringify(read);
          expect(result === undefined).toBe(kept);
          // The page shows what was entered either way; only the claim differs.
          expect(store.get()).toEqual({ read });
          if (result) expect(result.problem).toMatch(/^Not saved: this browser's storage for the site is full/);
        }
      }),
    );
  });
});
