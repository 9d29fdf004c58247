/**
 * How one value the site keeps in the browser is declared: its name (it is stored under `callback:<name>`),
 * its schema (version, validation, migrations) and what it holds before anything is saved.
 *
 * The declaration sits in the value's own module (content/theme.ts, content/progress.ts, interviews/interviews.ts, checklists/checklists.ts).
 * The store that holds it (`persisted()` in src/state/persisted.ts), the small-page reader
 * (src/state/quick-storage.ts) and the data page's registry (data/registry.ts) all take this one object, so
 * none of them spells a key, a schema or an initial value of its own.
 */
import type { ValueSchema } from './storage-codec.ts';
import { KEY_PREFIX } from './storage-keys.ts';

export interface StoredValue<T> {
  /** The part of the key after `callback:`; also the value's name in an export file. Never rename it. */
  readonly name: string;
  /** Checks and upgrades what is read back; its `version` is what new writes carry. */
  readonly schema: ValueSchema<T>;
  /** The value before anything is saved, after something unreadable is set aside, and after a delete. */
  readonly initial: T;
}

/** The localStorage key a value is kept under. */
export function storageKey(value: Pick<StoredValue<unknown>, 'name'>): string {
  return KEY_PREFIX + value.name;
}
