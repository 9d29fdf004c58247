import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage, isQuotaError, type StorageHealth } from '../../../src/lib/storage/safe-storage';

/** An in-memory Storage whose methods can be made to fail, as browsers' do. */
function fakeStorage() {
  const data = new Map<string, string>();
  const fail = { get: undefined as Error | undefined, set: undefined as Error | undefined };
  const storage: Storage = {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => {
      if (fail.get) throw fail.get;
      return data.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (fail.set) throw fail.set;
      data.set(k, String(v));
    },
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
  return { storage, data, fail };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('createSafeStorage', () => {
  it('reads and writes through to localStorage when it works', () => {
    const { storage, data } = fakeStorage();
    const safe = createSafeStorage(() => storage);
    safe.engine['callback:a'] = '1';
    expect(data.get('callback:a')).toBe('1');
    expect(safe.engine['callback:a']).toBe('1');
    expect('callback:a' in safe.engine).toBe(true);
    delete safe.engine['callback:a'];
    expect(data.has('callback:a')).toBe(false);
    expect('callback:a' in safe.engine).toBe(false);
    expect(safe.health()).toBe('ok');
  });

  it('works from memory when localStorage cannot even be reached', () => {
    const safe = createSafeStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(safe.health()).toBe('unavailable');
    safe.engine['callback:a'] = 'kept';
    expect(safe.engine['callback:a']).toBe('kept');
    expect('callback:a' in safe.engine).toBe(true);
  });

  it('works from memory when there is no localStorage (server render)', () => {
    const safe = createSafeStorage(() => undefined);
    safe.engine.x = 'y';
    expect(safe.engine.x).toBe('y');
    expect(safe.health()).toBe('unavailable');
  });

  it('keeps a value that did not fit in memory, reports the storage full, and recovers per key', () => {
    const { storage, data, fail } = fakeStorage();
    const safe = createSafeStorage(() => storage);
    const seen: StorageHealth[] = [];
    safe.onHealthChange((h) => seen.push(h));

    fail.set = quota();
    expect(() => {
      safe.engine['callback:big'] = 'new value';
    }).not.toThrow();
    expect(safe.engine['callback:big']).toBe('new value');
    expect(data.has('callback:big')).toBe(false);
    expect(safe.health()).toBe('full');

    // Space frees up: the next write of that key reaches storage and memory no longer shadows it.
    fail.set = undefined;
    safe.engine['callback:big'] = 'newer value';
    expect(data.get('callback:big')).toBe('newer value');
    data.set('callback:big', 'from another tab');
    expect(safe.engine['callback:big']).toBe('from another tab');
    // A page that lost a write once keeps saying so.
    expect(safe.health()).toBe('full');
    expect(seen).toEqual(['full']);
  });

  it('reports storage that throws on read as unavailable, once', () => {
    const { storage, fail } = fakeStorage();
    const safe = createSafeStorage(() => storage);
    const listener = vi.fn();
    safe.onHealthChange(listener);
    fail.get = new DOMException('denied', 'SecurityError');
    expect(safe.engine['callback:a']).toBeUndefined();
    expect('callback:a' in safe.engine).toBe(false);
    expect(safe.health()).toBe('unavailable');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('unavailable');
  });

  it('reports a non-quota write failure as unavailable', () => {
    const { storage, fail } = fakeStorage();
    const safe = createSafeStorage(() => storage);
    fail.set = new DOMException('denied', 'SecurityError');
    safe.engine.k = 'v';
    expect(safe.health()).toBe('unavailable');
    expect(safe.engine.k).toBe('v');
  });

  it('keeps backups beside the key, numbered, without duplicating identical ones', () => {
    const { storage, data } = fakeStorage();
    const safe = createSafeStorage(() => storage);
    expect(safe.backup('callback:quiz', 'garbage 1')).toBe('callback:quiz.backup');
    expect(safe.backup('callback:quiz', 'garbage 1')).toBe('callback:quiz.backup');
    expect(safe.backup('callback:quiz', 'garbage 2')).toBe('callback:quiz.backup.2');
    expect(data.get('callback:quiz.backup')).toBe('garbage 1');
    expect(data.get('callback:quiz.backup.2')).toBe('garbage 2');
  });
});

describe('isQuotaError', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), true],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    [{ code: 22 }, true],
    [{ code: 1014 }, true],
    [new DOMException('denied', 'SecurityError'), false],
    [new Error('other'), false],
    [null, false],
    ['QuotaExceededError', false],
  ])('%o → %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});
