/**
 * Stores kept in the browser: the one way islands keep state (the tiny scripts on every page use
 * quick-storage.ts instead, with the same declarations and codec).
 *
 * Every store made by `persisted()` goes through the guarded storage engine (so a throwing or full
 * localStorage degrades to memory) and the versioned codec (so a damaged, foreign or old value is
 * migrated or set aside under a backup key, never thrown into an island). Stores follow changes made in
 * other tabs through the `storage` event; a write here is announced to the page (STORED_EVENT), so an island
 * still waiting to hydrate wakes when another island saves what it shows.
 */
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createSafeStorage, type StorageHealth } from '../lib/storage/safe-storage';
import { decodeValue, encodeValue, type DecodeProblem, type ValueSchema } from '../lib/storage/storage-codec';
import { storageKey, type StoredValue } from '../lib/storage/stored-value';

// Known at build time, so the browser bundle carries none of the server-only branches below.
const inBrowser = !import.meta.env.SSR;

export const storage = createSafeStorage(() => (inBrowser ? window.localStorage : undefined));

/**
 * The window event a store's write in this tab raises, with the key written (`detail.key`). The `storage`
 * event tells other tabs only; this tells the islands on this page that have not woken yet (client:intent
 * listens for it, under the same name spelled again there, as the directive takes no imports).
 * @internal The directive's copy of the name is held to this one by its test.
 */
export const STORED_EVENT = 'callback:stored';

/** The guarded engine, announcing each write and removal on this page (see STORED_EVENT). */
const announcing = new Proxy(storage.engine, {
  set(engine, key, value) {
    engine[key as string] = value;
    if (typeof key === 'string') dispatchEvent(new CustomEvent(STORED_EVENT, { detail: { key } }));
    return true;
  },
  deleteProperty(engine, key) {
    delete engine[key as string];
    if (typeof key === 'string') dispatchEvent(new CustomEvent(STORED_EVENT, { detail: { key } }));
    return true;
  },
});

setPersistentEngine(
  inBrowser ? announcing : storage.engine,
  inBrowser ? windowPersistentEvents : { addEventListener() {}, removeEventListener() {} },
);

/**
 * Whether the browser itself holds `data` under `value`'s key: a write the browser refused lives in this tab's
 * memory only, so an action checks this before it says "Added" or "Imported".
 */
export function keptInBrowser<T>(value: StoredValue<T>, data: T): boolean {
  try {
    return localStorage.getItem(storageKey(value)) === encodeValue(value.schema, data);
  } catch {
    return false;
  }
}

/** Why a write was not kept, to follow "Nothing was added: " or "Nothing was imported: ". */
export const notKeptReason = (): string =>
  storage.health() === 'full'
    ? "this browser's storage for the site is full. Delete what you no longer need, then try again."
    : 'this browser is not letting the site store anything (private browsing can do that).';

/** Why a claim ("Saved.", "Added", "Marked as sent") was not made: what was not kept, and why. */
export interface NotKept {
  problem: string;
}

/**
 * Reads back what `value`'s store holds now from the browser's own storage: undefined when the browser keeps
 * it, else the message to show instead of the claim ("Not saved: this browser's storage… is full…"). The one
 * check every write that leads to a claim makes; `keep` is it for a plain store, and the interview actions,
 * which write through interview-sync.ts, call it after their write.
 */
export function readBack<T>(value: StoredValue<T>, lead = 'Not saved'): NotKept | undefined {
  return keptInBrowser(value, persisted(value).get()) ? undefined : { problem: `${lead}: ${notKeptReason()}` };
}

/** Sets `value`'s store to `next`, then reads it back (see `readBack`): a claim follows only undefined. */
export function keep<T>(value: StoredValue<T>, next: T, lead?: string): NotKept | undefined {
  persisted(value).set(next);
  return readBack(value, lead);
}

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

// One store per key on a page: two atoms on one key would not see each other's writes (the storage event
// only reaches other tabs), so asking again, as the data page does for every stored value, returns the same.
const stores = new Map<string, WritableAtom<unknown>>();

/**
 * The store for a declared value, kept in localStorage under `callback:<name>` and validated by its schema
 * on every read. Reads that fail validation keep the raw text under a backup key and yield the initial value.
 */
export function persisted<T>(value: StoredValue<T>): WritableAtom<T> {
  const key = storageKey(value);
  const existing = stores.get(key);
  if (existing) return existing as WritableAtom<T>;
  const { schema, initial } = value;
  const store = persistentAtom<T>(key, initial, {
    encode: (data) => encodeValue(schema, data),
    decode(raw) {
      const result = decodeValue(schema, raw);
      if (result.ok && result.rejected === undefined) return result.value;
      // Only what could not be read goes aside: the whole text, or just the items `salvage` took out.
      const problem = result.ok ? 'wrong-shape' : result.problem;
      const backupKey = storage.backup(key, result.ok ? encodeValue(schema as ValueSchema<unknown>, result.rejected) : raw);
      setAside.set([...setAside.get().filter((s) => s.key !== key), { key, problem, backupKey }]);
      return result.ok ? result.value : initial;
    },
  });
  if (!inBrowser) {
    // Server-rendered HTML must not depend on a person's data: set state in event handlers or after mount.
    store.set = () => {
      throw new Error(`The stored value "${key}" was set during server render.`);
    };
  }
  stores.set(key, store as WritableAtom<unknown>);
  return store;
}
