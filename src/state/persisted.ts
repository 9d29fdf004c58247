/**
 * The one way the site keeps state in the browser.
 *
 * Every store made by `persisted()` goes through the guarded storage engine (so a throwing or full
 * localStorage degrades to memory) and the versioned codec (so a damaged, foreign or old value is
 * migrated or set aside under a backup key, never thrown into an island). Stores follow changes made in
 * other tabs through the `storage` event.
 */
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createSafeStorage, type StorageHealth } from '../lib/safe-storage';
import { decodeValue, encodeValue, type DecodeProblem, type ValueSchema } from '../lib/storage-codec';
import { KEY_PREFIX } from '../lib/storage-keys';

const inBrowser = typeof window !== 'undefined';

export const storage = createSafeStorage(() => (inBrowser ? window.localStorage : undefined));

setPersistentEngine(
  storage.engine,
  inBrowser ? windowPersistentEvents : { addEventListener() {}, removeEventListener() {} },
);

/** Whether what a person enters is being saved; the storage notice reads it. */
export const storageHealth = atom<StorageHealth>(storage.health());
storage.onHealthChange((health) => storageHealth.set(health));

export interface SetAside {
  key: string;
  problem: DecodeProblem;
  backupKey: string;
}

/** Stored values that could not be read and were kept under a backup key instead. */
export const setAside = atom<SetAside[]>([]);

/**
 * A store whose value is kept in localStorage under `callback:<name>`, validated by `schema` on every
 * read. Reads that fail validation keep the raw text under a backup key and yield `initial`.
 */
export function persisted<T>(name: string, schema: ValueSchema<T>, initial: T): WritableAtom<T> {
  const key = KEY_PREFIX + name;
  const store = persistentAtom<T>(key, initial, {
    encode: (value) => encodeValue(schema, value),
    decode(raw) {
      const result = decodeValue(schema, raw);
      if (result.ok) return result.value;
      const backupKey = storage.backup(key, raw);
      setAside.set([...setAside.get().filter((s) => s.key !== key), { key, problem: result.problem, backupKey }]);
      return initial;
    },
  });
  const set = store.set.bind(store);
  store.set = (value) => {
    // Server-rendered HTML must not depend on a person's data: set state in event handlers or after mount.
    if (!inBrowser) throw new Error(`The stored value "${key}" was set during server render.`);
    set(value);
  };
  return store;
}
