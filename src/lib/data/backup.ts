/**
 * Export and import of everything the site keeps in the browser, as one versioned JSON file.
 *
 * The file holds each store's stored envelope as it is (`{"v":1,"data":…}`), so an export of an older
 * version can still be read, migrated by the same codec as any stored value. Importing validates the whole
 * file first and changes nothing unless every part of it is usable.
 */
import { REGISTRY, type ImportContext, type Registry, type RegistryEntry, type SiteData } from './registry.ts';
import { decodeValue, upgradeValue, type DecodeProblem } from '../storage/storage-codec.ts';
import type { StoredValue } from '../storage/stored-value.ts';
import { isObject } from '../core/guards.ts';
import { LIMITS, limitMessage, parseJsonWithin } from '../core/limits.ts';

/** Identifies a Callback export, so a file from anywhere else is refused with a clear message. */
const EXPORT_FORMAT = 'callback-data';
/** @internal The tests state the rule by this name rather than copying its value. */
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** Each store's envelope, by store name (the part of its key after `callback:`). */
  stores: Record<string, { v: number; data: unknown }>;
  /**
   * What the site set aside because it could not read it, by key name (e.g. `interviews.backup`), as the
   * stored text: an export keeps it, so it can still be recovered elsewhere.
   */
  setAside?: Record<string, string>;
}

/** A set-aside key's name, after `callback:`: the store's name, `.backup`, and a number after the first. */
const SET_ASIDE_NAME = /^(.+)\.backup(?:\.[1-9]\d*)?$/;

/** The registered value a set-aside key name belongs to, if any. */
export function setAsideEntry(name: string, registry: Registry = REGISTRY): RegistryEntry<unknown> | undefined {
  const store = SET_ASIDE_NAME.exec(name)?.[1];
  return registry.find((entry) => entry.name === store);
}

export type ReadStore = { ok: true; value: unknown; notes: string[] } | { ok: false; problem: DecodeProblem };

/**
 * One stored value's text (an envelope) read for import or restore: migrated, then checked by the entry's
 * `check` (which repairs what it safely can, with notes) or, without one, by its schema.
 */
export function readStore(entry: RegistryEntry<unknown>, text: string, context: ImportContext = {}): ReadStore {
  const upgraded = upgradeValue(entry.schema, text);
  if (!upgraded.ok) return upgraded;
  const checked = entry.check ? entry.check(upgraded.data, context) : undefined;
  if (checked) return { ok: true, value: checked.value, notes: checked.notes };
  const value = entry.check ? undefined : entry.schema.parse(upgraded.data);
  return value === undefined ? { ok: false, problem: 'wrong-shape' } : { ok: true, value, notes: [] };
}

/**
 * The export of every registered value's stored text, read by `readRaw` (null when nothing is stored).
 * Absent or unreadable values are left out rather than exported as junk.
 */
export function buildExport(
  readRaw: (stored: StoredValue<unknown>) => string | null,
  now: Date,
  registry: Registry = REGISTRY,
  setAside: Readonly<Record<string, string>> = {},
): ExportFile {
  const stores: ExportFile['stores'] = {};
  for (const entry of registry) {
    const text = readRaw(entry);
    if (text !== null && decodeValue(entry.schema, text).ok) stores[entry.name] = JSON.parse(text);
  }
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), stores };
  return Object.keys(setAside).length ? { ...file, setAside: { ...setAside } } : file;
}

export type ParsedImport =
  | {
      ok: true;
      values: SiteData;
      /** What was repaired to make the file fit to store. */
      notes: string[];
      /** Set-aside texts the file carries, by key name, to keep for recovery. */
      setAside: Record<string, string>;
    }
  | { ok: false; error: string };

/**
 * Reads an export file: every check runs before anything is used, and the first failure is returned as a
 * message a person can act on.
 */
export function parseImport(text: string, byteLength: number, registry: Registry = REGISTRY, context: ImportContext = {}): ParsedImport {
  // Larger files are refused before being read (LIMITS.data); a file nested deeper than any export is not parsed.
  if (byteLength > LIMITS.data.input) return { ok: false, error: limitMessage('data', 'input') };
  const parsed = parseJsonWithin(text, 'data');
  if (!parsed.ok) {
    return {
      ok: false,
      error:
        parsed.problem === 'not-json' ? 'This file is not a Callback export: it is not valid JSON.' : limitMessage('data', parsed.problem),
    };
  }
  const file = parsed.value;
  const f = file as Partial<ExportFile> | null;
  if (typeof f !== 'object' || f === null || f.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This file is not a Callback export.' };
  }
  if (!Number.isInteger(f.version) || (f.version as number) < 1) {
    return { ok: false, error: 'This Callback export has no readable version.' };
  }
  if ((f.version as number) > EXPORT_VERSION) {
    return { ok: false, error: 'This export comes from a newer version of Callback. Reload the site to update it, then import again.' };
  }
  if (!isObject(f.stores)) {
    return { ok: false, error: 'This Callback export is damaged: it holds no data.' };
  }
  const setAside: Record<string, string> = {};
  if (f.setAside !== undefined) {
    const isMap = isObject(f.setAside);
    const items = isMap ? Object.entries(f.setAside as object) : [];
    if (!isMap || items.some(([name, raw]) => typeof raw !== 'string' || !setAsideEntry(name, registry))) {
      return { ok: false, error: 'This Callback export is damaged: its set-aside part is not readable.' };
    }
    for (const [name, raw] of items) setAside[name] = raw as string;
  }
  // By own key only, with no prototype behind it: a store named "constructor" or "__proto__" is just unknown.
  const values: Record<string, unknown> = Object.create(null);
  const notes: string[] = [];
  for (const [name, envelope] of Object.entries(f.stores)) {
    const spec = registry.find((entry) => entry.name === name);
    if (!spec) return { ok: false, error: `This export holds data this version of Callback does not know ("${name}").` };
    const read = readStore(spec, JSON.stringify(envelope), context);
    if (!read.ok) {
      return {
        ok: false,
        error:
          read.problem === 'newer-version'
            ? 'Part of this export comes from a newer version of Callback. Reload the site to update it, then import again.'
            : `Part of this export is damaged ("${name}"), so nothing was imported.`,
      };
    }
    const refused = spec.refuse?.(read.value, context);
    if (refused) return { ok: false, error: refused };
    values[name] = read.value;
    notes.push(...read.notes);
  }
  return { ok: true, values: { ...values }, notes, setAside };
}
