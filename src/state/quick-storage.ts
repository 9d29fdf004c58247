/**
 * Reading or writing one stored value without a store, for scripts on pages that must stay tiny: the read
 * marks on the lessons and the guides index. Same declarations, keys, codec and failure
 * rules as `persisted()` (never throws, unreadable values count as absent); what it leaves out is the store
 * machinery (subscriptions, memory fallback, backups) that only pages where people edit data need. (The
 * theme control itself writes the codec's strings, worked out at build time: src/components/ThemeSelect.astro.)
 */
import { decodeValue, encodeValue, type ValueSchema } from '../lib/storage-codec';
import { storageKey, type StoredValue } from '../lib/stored-value';

/** The value stored for `value`, or its initial value if absent, unreadable or storage is off. */
export function readValue<T>(value: StoredValue<T>): T;
/**
 * The same by name and schema: undefined instead of the initial value. Kept only for the guides index
 * (src/pages/guides/index.astro) until it passes the declaration (READ_LESSONS) like every other reader.
 */
export function readValue<T>(name: string, schema: ValueSchema<T>): T | undefined;
export function readValue<T>(value: StoredValue<T> | string, schema?: ValueSchema<T>): T | undefined {
  const stored = typeof value === 'string' ? { name: value, schema: schema!, initial: undefined } : value;
  try {
    const raw = localStorage.getItem(storageKey(stored));
    const decoded = raw === null ? undefined : decodeValue(stored.schema, raw);
    return decoded?.ok ? decoded.value : stored.initial;
  } catch {
    return stored.initial;
  }
}

/** Stores `data` for `value`; false when the browser refused (the caller keeps it on the page only). */
export function writeValue<T>(value: StoredValue<T>, data: T): boolean {
  try {
    localStorage.setItem(storageKey(value), encodeValue(value.schema, data));
    return true;
  } catch {
    return false;
  }
}

/** Calls `listener` with the value read again whenever another tab (or the data page) changes it. */
export function onOtherTabChange<T>(value: StoredValue<T>, listener: (data: T) => void): void;
/** The same by name and schema (see `readValue`). */
export function onOtherTabChange<T>(name: string, schema: ValueSchema<T>, listener: (data: T | undefined) => void): void;
export function onOtherTabChange<T>(
  value: StoredValue<T> | string,
  schemaOrListener: ValueSchema<T> | ((data: T) => void),
  listener?: (data: T | undefined) => void,
) {
  const stored: StoredValue<T | undefined> =
    typeof value === 'string' ? { name: value, schema: schemaOrListener as ValueSchema<T>, initial: undefined } : value;
  const notify = (listener ?? schemaOrListener) as (data: T | undefined) => void;
  // A null key means storage was cleared, here (see `notifyReaders`) or in another tab.
  addEventListener('storage', (event) => {
    if (event.key === storageKey(stored) || event.key === null) notify(readValue(stored));
  });
}

/**
 * Tells this tab's `onOtherTabChange` listeners to read again: a tab's own writes fire no storage event, so
 * after the data page rewrites or deletes values, the theme control would otherwise miss them. The null
 * key is what a browser sends after `localStorage.clear()`.
 */
export function notifyReaders() {
  dispatchEvent(new StorageEvent('storage', { key: null }));
}
