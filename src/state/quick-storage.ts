/**
 * Reading or writing one stored value without a store, for scripts on pages that must stay tiny: the read
 * marks on the lessons and the guides index. Same declarations, keys, codec and failure
 * rules as `persisted()` (never throws, unreadable values count as absent); what it leaves out is the store
 * machinery (subscriptions, memory fallback, backups) that only pages where people edit data need. (The
 * theme control itself writes the codec's strings, worked out at build time: src/components/ThemeSelect.astro.)
 */
import { decodeValue, encodeValue } from '../lib/storage/storage-codec';
import { storageKey, type StoredValue } from '../lib/storage/stored-value';

/** The value stored for `value`, or its initial value if absent, unreadable or storage is off. */
export function readValue<T>(value: StoredValue<T>): T {
  try {
    const raw = localStorage.getItem(storageKey(value));
    const decoded = raw === null ? undefined : decodeValue(value.schema, raw);
    return decoded?.ok ? decoded.value : value.initial;
  } catch {
    return value.initial;
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
export function onOtherTabChange<T>(value: StoredValue<T>, listener: (data: T) => void) {
  // A null key means storage was cleared, here (see `notifyReaders`) or in another tab.
  addEventListener('storage', (event) => {
    if (event.key === storageKey(value) || event.key === null) listener(readValue(value));
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
