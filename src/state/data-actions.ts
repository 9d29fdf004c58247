/**
 * The "Your data" page's actions: read everything stored, export it, check and import a file, delete it all.
 * Each walks the registry (src/lib/registry.ts) and writes through the same stores the other islands use,
 * so this page and other open tabs follow at once. The registry is a parameter only so tests can add a
 * stored value of their own.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { buildExport, MAX_IMPORT_BYTES, parseImport, type ExportFile } from '../lib/backup';
import { REGISTRY, type Registry, type SiteData } from '../lib/registry';
import { describeImport, mergeData, replaceData } from '../lib/site-data';
import { KEY_PREFIX } from '../lib/storage-keys';
import { storageKey } from '../lib/stored-value';
import { persisted, storage } from './persisted';
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

/** The export file: each stored value's envelope as it is stored (so older versions stay readable). */
export function exportData(now = new Date(), registry: Registry = REGISTRY): ExportFile {
  return buildExport((entry) => storage.engine[storageKey(entry)] ?? null, now, registry);
}

export type CheckedImport = { ok: true; values: SiteData; lines: string[] } | { ok: false; error: string };

/** Reads a chosen file and checks all of it; nothing changes yet. Says what importing it would do. */
export async function checkImport(file: Pick<Blob, 'size' | 'text'>, registry: Registry = REGISTRY): Promise<CheckedImport> {
  // A file too large to be ours is refused before it is read.
  const parsed = parseImport(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size, registry);
  return parsed.ok ? { ...parsed, lines: describeImport(currentData(registry), parsed.values, registry) } : parsed;
}

/**
 * Adds checked values (from `checkImport`) to what is here, or replaces everything with them. A merge
 * writes only what it changes: the theme control writes without a store, so this page's copy of the
 * theme may be older than what is stored.
 */
export function importData(values: SiteData, mode: 'merge' | 'replace', registry: Registry = REGISTRY) {
  const current = currentData(registry);
  const next = mode === 'merge' ? mergeData(current, values, registry) : replaceData(values, registry);
  for (const entry of registry) {
    if (mode === 'replace' || next[entry.name] !== current[entry.name]) persisted(entry).set(next[entry.name]);
  }
  notifyReaders();
}

/** Empties every store and removes every key the site wrote, backups included. */
export function deleteEverything(registry: Registry = REGISTRY) {
  for (const entry of registry) persisted(entry).set(entry.initial);
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k) => k?.startsWith(KEY_PREFIX));
    for (const key of keys) localStorage.removeItem(key!);
  } catch {
    // Storage that refuses access holds nothing of ours to remove.
  }
  notifyReaders();
}
