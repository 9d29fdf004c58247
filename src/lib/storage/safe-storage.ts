/**
 * A localStorage that cannot break the page.
 *
 * Browsers throw from localStorage in many ordinary situations: private modes, storage disabled by the
 * user or by policy, a sandboxed frame, a full quota. This wrapper turns every such throw into a health
 * change and keeps working from memory, so what a person entered survives at least until the tab closes.
 *
 * `engine` has the shape @nanostores/persistent expects from `setPersistentEngine` for atoms (property
 * reads, writes, `in` and `delete`), so every persisted store goes through it.
 */

/**
 * - `ok`: values are saved in the browser.
 * - `unavailable`: the browser refuses storage (private mode, disabled); values live in memory only.
 * - `full`: storage is there but a write did not fit; the newest values live in memory only.
 */
export type StorageHealth = 'ok' | 'unavailable' | 'full';

export interface SafeStorage {
  /** A string-keyed object backed by localStorage, falling back to memory. */
  readonly engine: Record<string, string>;
  /** The worst state seen so far on this page. */
  health(): StorageHealth;
  /** Calls `listener` whenever the health changes; returns an unsubscribe function. */
  onHealthChange(listener: (health: StorageHealth) => void): () => void;
  /**
   * Keeps `raw` under a new key beside `key` (`key.backup`, `key.backup.2`, …), unless an identical
   * backup is already there. Returns the key that holds it.
   */
  backup(key: string, raw: string): string;
}

/**
 * Browsers disagree on how they name a full quota (Firefox used NS_ERROR_DOM_QUOTA_REACHED, code 1014).
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

// Health only gets worse during a page's life: once a write failed, later successes on other keys do not
// mean the earlier value was saved.
const severity: Record<StorageHealth, number> = { ok: 0, full: 1, unavailable: 2 };

/**
 * Wraps the storage returned by `getStorage` (called once; it may throw, as `window.localStorage` does
 * when storage is disabled, or return undefined, as on the server).
 */
export function createSafeStorage(getStorage: () => Storage | undefined | null): SafeStorage {
  let backing: Storage | undefined;
  let health: StorageHealth = 'ok';
  const listeners = new Set<(health: StorageHealth) => void>();
  // Values written in this tab that the backing store refused; they win over the backing store.
  const memory = new Map<string, string>();

  function degrade(next: StorageHealth) {
    if (severity[next] <= severity[health]) return;
    health = next;
    for (const listener of listeners) listener(health);
  }

  try {
    backing = getStorage() ?? undefined;
  } catch {
    backing = undefined;
  }
  if (!backing) health = 'unavailable';

  function read(key: string): string | null {
    if (memory.has(key)) return memory.get(key)!;
    if (!backing) return null;
    try {
      return backing.getItem(key);
    } catch {
      degrade('unavailable');
      return null;
    }
  }

  function write(key: string, value: string) {
    if (backing) {
      try {
        backing.setItem(key, value);
        memory.delete(key);
        return;
      } catch (error) {
        degrade(isQuotaError(error) ? 'full' : 'unavailable');
      }
    }
    memory.set(key, value);
  }

  function remove(key: string) {
    memory.delete(key);
    if (!backing) return;
    try {
      backing.removeItem(key);
    } catch {
      degrade('unavailable');
    }
  }

  const engine = new Proxy({} as Record<string, string>, {
    get: (_, key) => (typeof key === 'string' ? (read(key) ?? undefined) : undefined),
    set: (_, key, value) => {
      if (typeof key === 'string') write(key, String(value));
      // Always report success: a refused write is kept in memory and surfaced through `health`.
      return true;
    },
    has: (_, key) => typeof key === 'string' && read(key) !== null,
    deleteProperty: (_, key) => {
      if (typeof key === 'string') remove(key);
      return true;
    },
  });

  return {
    engine,
    health: () => health,
    onHealthChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    backup(key, raw) {
      for (let n = 1; ; n++) {
        const candidate = n === 1 ? `${key}.backup` : `${key}.backup.${n}`;
        const existing = read(candidate);
        if (existing === raw) return candidate;
        if (existing === null) {
          write(candidate, raw);
          return candidate;
        }
      }
    },
  };
}
