/**
 * Words for what the site set aside because it could not read it (listed on "Your data"). Apart from the
 * page's actions so the words load only with the list, when there is something to list.
 */
import type { ReadStore } from './backup.ts';
import type { RegistryEntry, SiteFacts } from './registry.ts';
import type { DecodeProblem } from '../storage/storage-codec.ts';
import { LIMITS, sizeWords } from '../core/limits.ts';

/** A set-aside value: which stored value it belongs to, and the text kept. */
export interface SetAsideItem {
  /** The key after `callback:`, e.g. `interviews.backup`. */
  name: string;
  entry: RegistryEntry<unknown>;
  text: string;
  /** The text read as an import would read it (see `readStore`), without the quiz model. */
  read: ReadStore;
}

const UNREADABLE: Record<DecodeProblem, string> = {
  corrupt: 'Damaged text that cannot be read as data',
  'wrong-shape': 'Not in a shape this version of the site can use',
  'old-version': 'Saved by a version of the site too old to read',
  'newer-version': 'Saved by a newer version of the site: reload to update, then try to restore it',
  'too-large': `Larger or more deeply nested than anything the site saves (${sizeWords(LIMITS.stored.input, 'characters')}, ${LIMITS.stored.depth} levels)`,
};

/** What a set-aside item holds, or why it can't be read, in plain words. */
export function describeSetAside({ entry, read }: Pick<SetAsideItem, 'entry' | 'read'>, site: SiteFacts = {}): string {
  return read.ok ? entry.describe(read.value, site) : UNREADABLE[read.problem];
}
