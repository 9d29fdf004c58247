/**
 * Reading or writing one stored value without a store, for scripts on pages that must stay tiny: the theme
 * control on every page and the read counts on the guides index. Same keys, codec and failure rules as
 * `persisted()` (never throws, unreadable values count as absent); what it leaves out is the store
 * machinery (subscriptions, memory fallback, backups) that only pages where people edit data need.
 */
import { decodeValue, encodeValue, type ValueSchema } from '../lib/storage-codec';
import { KEY_PREFIX } from '../lib/storage-keys';
import { THEME_NAME, themeSchema, type ThemeChoice } from '../lib/theme';

/** The value stored under `callback:<name>`, or undefined if absent, unreadable or storage is off. */
export function readValue<T>(name: string, schema: ValueSchema<T>): T | undefined {
  try {
    const raw = localStorage.getItem(KEY_PREFIX + name);
    if (raw === null) return undefined;
    const decoded = decodeValue(schema, raw);
    return decoded.ok ? decoded.value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value`; false when the browser refused (the caller keeps it on the page only). */
export function writeValue<T>(name: string, schema: ValueSchema<T>, value: T): boolean {
  try {
    localStorage.setItem(KEY_PREFIX + name, encodeValue(schema, value));
    return true;
  } catch {
    return false;
  }
}

/** Calls `listener` with the new value whenever another tab changes `callback:<name>`. */
export function onOtherTabChange<T>(name: string, schema: ValueSchema<T>, listener: (value: T | undefined) => void) {
  addEventListener('storage', (event) => {
    if (event.key === KEY_PREFIX + name || event.key === null) listener(readValue(name, schema));
  });
}

/** The stored theme choice ('system' when none or unreadable). Lives here, beside the reader every page loads. */
export function readTheme(): ThemeChoice {
  return readValue(THEME_NAME, themeSchema) ?? 'system';
}

/** Stores a theme choice; false when the browser refused. */
export function writeTheme(choice: ThemeChoice): boolean {
  return writeValue(THEME_NAME, themeSchema, choice);
}
