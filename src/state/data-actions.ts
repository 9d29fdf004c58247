/**
 * All of the site's stored data at once, for the "Your data" page: read it, replace it, delete it. Writes go
 * through the stores, so this page and other open tabs follow at once.
 */
import { replaceData, STORES, type SiteData } from '../lib/site-data';
import { THEME_KEY } from '../lib/theme';
import { KEY_PREFIX } from '../lib/storage-keys';
import { checklists } from './checklists';
import { interviews } from './interviews';
import { storage } from './persisted';
import { readLessons } from './progress';
import { readTheme, writeTheme } from './quick-storage';

/** Each store's stored text (null where nothing is stored), for the export. */
export function readRaw(): Record<string, string | null> {
  return Object.fromEntries(Object.keys(STORES).map((name) => [name, storage.engine[KEY_PREFIX + name] ?? null]));
}

export function currentData(): SiteData {
  return { theme: readTheme(), 'read-lessons': readLessons.get(), interviews: interviews.get(), checklists: checklists.get() };
}

export function writeData(data: SiteData) {
  interviews.set(data.interviews);
  readLessons.set(data['read-lessons']);
  checklists.set(data.checklists);
  writeTheme(data.theme);
  // The theme control follows storage events; this tab's own write needs telling too.
  dispatchEvent(new StorageEvent('storage', { key: THEME_KEY }));
}

/** Empties every store and removes every key the site wrote, backups included. */
export function deleteEverything() {
  writeData(replaceData({}));
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k) => k?.startsWith(KEY_PREFIX));
    for (const key of keys) localStorage.removeItem(key!);
  } catch {
    // Storage that refuses access holds nothing of ours to remove.
  }
}
