/**
 * The "Your data" page's actions: read everything stored, export it, check and import a file, recover what
 * was set aside, delete it all. Each walks the registry (src/lib/data/registry.ts) and writes through the same
 * stores the other islands use, so this page and other open tabs follow at once. The registry is a
 * parameter only so tests can add a stored value of their own.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { LIMITS } from '../lib/core/limits';
import { buildExport, parseImport, readStore, setAsideEntry, type ExportFile } from '../lib/data/backup';
import { localToday } from '../lib/core/dates';
import { REGISTRY, type ImportContext, type Registry, type SiteData } from '../lib/data/registry';
import { describeImport, mergeData, mergeProblem, replaceData } from '../lib/data/site-data';
import { encodeValue } from '../lib/storage/storage-codec';
import { KEY_PREFIX } from '../lib/storage/storage-keys';
import type { SetAsideItem } from '../lib/data/set-aside';
import { storageKey } from '../lib/storage/stored-value';
import { PLACE } from '../lib/follow-up/work-calendar';
import { recordExport } from './data-care-actions';
import { persisted, setAside as setAsideNow, storage } from './persisted';
import { notifyReaders } from './quick-storage';

const storesOf = (registry: Registry) => registry.map((entry) => persisted(entry));

/** Every stored value now. */
export function currentData(registry: Registry = REGISTRY): SiteData {
  return Object.fromEntries(registry.map((entry) => [entry.name, persisted(entry).get()]));
}

/** Every stored value as a store, following changes made here and in other tabs. */
export function watchData(registry: Registry = REGISTRY): ReadableAtom<SiteData> {
  return computed(storesOf(registry), () => currentData(registry));
}

// Straight from localStorage, not through the store engine: this page alone needs them, and a write is
// only kept once the browser holds it (values it refused live in this tab's memory only).
function siteKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(KEY_PREFIX));
  } catch {
    return [];
  }
}

/** What the browser itself holds under `key`, leaving out what lives in this tab's memory only. */
function savedText(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Everything set aside in this browser, oldest first. */
export function setAsideItems(registry: Registry = REGISTRY): SetAsideItem[] {
  return siteKeys()
    .map((key) => key.slice(KEY_PREFIX.length))
    .sort()
    .flatMap((name) => {
      const entry = setAsideEntry(name, registry);
      const text = entry && storage.engine[KEY_PREFIX + name];
      return entry && text !== undefined ? [{ name, entry, text, read: readStore(entry, text) }] : [];
    });
}

/** How many characters the site's keys and values take: what a browser's storage limit counts. */
export function spaceUsed(): number {
  return siteKeys().reduce((total, key) => total + key.length + (storage.engine[key]?.length ?? 0), 0);
}

/** The export file: each stored value's envelope as it is stored (so older versions stay readable). */
export function exportData(now = new Date(), registry: Registry = REGISTRY): ExportFile {
  const setAside = Object.fromEntries(setAsideItems(registry).map((item) => [item.name, item.text]));
  return buildExport((entry) => storage.engine[storageKey(entry)] ?? null, now, registry, setAside);
}

/**
 * "Export my data", from the data page or a reminder: remembers today as the last export (so the file
 * carries it, and the reminder rests for a month), then returns the file's text and name to save.
 */
export function exportEverything(now = new Date()): { text: string; filename: string } {
  const today = localToday(now);
  recordExport(today);
  return { text: JSON.stringify(exportData(now), null, 2), filename: `callback-data-${today}.json` };
}

export type CheckedImport =
  | {
      ok: true;
      values: SiteData;
      /** What importing would do, then what was repaired to make it fit, in plain words. */
      lines: string[];
      /** Why it cannot be added to what is here (replacing may still work). */
      addProblem?: string;
      setAside: Record<string, string>;
    }
  | { ok: false; error: string };

/** Reads a chosen file and checks all of it; nothing changes yet. Says what importing it would do. */
export async function checkImport(
  file: Pick<Blob, 'size' | 'text'>,
  context: ImportContext = {},
  registry: Registry = REGISTRY,
): Promise<CheckedImport> {
  // A file too large to be ours is refused before it is read.
  const text = file.size > LIMITS.data.input ? '' : await file.text();
  let parsed = parseImport(text, file.size, registry, context);
  // A country for holidays is checked against the places the site has lists for, fetched only for a file that
  // names one (offline, only its form is checked).
  if (parsed.ok && parsed.values[PLACE.name] && !context.places) {
    const places = await import('./calendar').then((m) => m.knownPlaces());
    if (places) parsed = parseImport(text, file.size, registry, { ...context, places });
  }
  if (!parsed.ok) return parsed;
  const kept = Object.keys(parsed.setAside).length;
  const notes = kept
    ? [
        ...parsed.notes,
        `${kept === 1 ? 'One thing' : `${kept} things`} set aside elsewhere because it could not be read, kept here for recovery.`,
      ]
    : parsed.notes;
  return { ...preview(parsed.values, notes, registry), setAside: parsed.setAside };
}

/** What adding `values` would do, then `notes` on what was repaired, and why it could not be added, if so. */
function preview(values: SiteData, notes: string[], registry: Registry) {
  const current = currentData(registry);
  return {
    ok: true as const,
    values,
    lines: [...describeImport(current, values, registry), ...notes],
    addProblem: mergeProblem(current, values, registry),
  };
}

/** What is set aside under `name`, checked as an import would be: what restoring it would add. */
export function checkSetAside(item: SetAsideItem, context: ImportContext = {}, registry: Registry = REGISTRY): CheckedImport {
  const read = readStore(item.entry, item.text, context);
  if (!read.ok) {
    return {
      ok: false,
      error:
        read.problem === 'newer-version'
          ? 'It comes from a newer version of Callback: reload the site to update it, then try again.'
          : 'It still cannot be read. Download it to keep a copy.',
    };
  }
  return { ...preview({ [item.entry.name]: read.value }, read.notes, registry), setAside: {} };
}

export type ImportResult = { ok: true } | { ok: false; error: string };

/**
 * Adds checked values (from `checkImport`) to what is here, or replaces everything with them, then reads
 * every write back from the browser's storage: if any did not land (storage full or refused), everything
 * is put back as it was and the person is told, so "Imported" is never said of data that is not kept.
 * A merge writes only what it changes: the theme control writes without a store, so this page's copy of
 * the theme may be older than what is stored.
 */
export function importData(
  values: SiteData,
  mode: 'merge' | 'replace',
  { setAside = {}, registry = REGISTRY }: { setAside?: Readonly<Record<string, string>>; registry?: Registry } = {},
): ImportResult {
  const current = currentData(registry);
  const next = mode === 'merge' ? mergeData(current, values, registry) : replaceData(values, registry);
  // Replacing writes what the file holds; a value it lacks, not stored here either, stays unstored (rather
  // than written as its initial value), so the state comes back exactly as it was exported, keys included.
  const absent = (entry: Registry[number]) => !Object.hasOwn(values, entry.name) && savedText(storageKey(entry)) === null;
  const written = registry.filter((entry) => (mode === 'replace' ? !absent(entry) : next[entry.name] !== current[entry.name]));
  for (const entry of written) persisted(entry).set(next[entry.name]);
  const kept = written.every((entry) => {
    const key = storageKey(entry);
    const text = savedText(key);
    // A value equal to the initial one may be stored or absent: either reads back the same.
    return text === encodeValue(entry.schema, next[entry.name]) || (text === null && next[entry.name] === entry.initial);
  });
  if (!kept) {
    for (const entry of written) persisted(entry).set(current[entry.name]);
    notifyReaders();
    return {
      ok: false,
      error:
        storage.health() === 'full'
          ? "Nothing was imported: this browser's storage for the site is full. Delete what you no longer need here (or other sites' data), then try again."
          : 'Nothing was imported: this browser is not letting the site store anything (private browsing can do that).',
    };
  }
  for (const [name, text] of Object.entries(setAside)) {
    const entry = setAsideEntry(name, registry);
    if (entry) storage.backup(storageKey(entry), text);
  }
  notifyReaders();
  return { ok: true };
}

/** Removes one set-aside item (after it was restored, or when the person deletes it). */
export function deleteSetAside(item: Pick<SetAsideItem, 'name'>) {
  const backupKey = KEY_PREFIX + item.name;
  delete storage.engine[backupKey];
  setAsideNow.set(setAsideNow.get().filter((s) => s.backupKey !== backupKey));
}

/** Empties every store and removes every key the site wrote, set-aside data included. */
export function deleteEverything(registry: Registry = REGISTRY) {
  for (const entry of registry) persisted(entry).set(entry.initial);
  for (const key of siteKeys()) delete storage.engine[key];
  setAsideNow.set([]);
  notifyReaders();
}
