/**
 * Export and import of everything the site keeps in the browser, as one versioned JSON file.
 *
 * The file holds each store's stored envelope as it is (`{"v":1,"data":…}`), so an export of an older
 * version can still be read, migrated by the same codec as any stored value. Importing validates the whole
 * file first and changes nothing unless every part of it is usable.
 */
import { REGISTRY, type Registry, type SiteData } from './registry.ts';
import { decodeValue } from './storage-codec.ts';
import type { StoredValue } from './stored-value.ts';

/** Identifies a Callback export, so a file from anywhere else is refused with a clear message. */
export const EXPORT_FORMAT = 'callback-data';
export const EXPORT_VERSION = 1;
/** Larger files are refused before being read: a real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** Each store's envelope, by store name (the part of its key after `callback:`). */
  stores: Record<string, { v: number; data: unknown }>;
}

/**
 * The export of every registered value's stored text, read by `readRaw` (null when nothing is stored).
 * Absent or unreadable values are left out rather than exported as junk.
 */
export function buildExport(
  readRaw: (stored: StoredValue<unknown>) => string | null,
  now: Date,
  registry: Registry = REGISTRY,
): ExportFile {
  const stores: ExportFile['stores'] = {};
  for (const entry of registry) {
    const text = readRaw(entry);
    if (text !== null && decodeValue(entry.schema, text).ok) stores[entry.name] = JSON.parse(text);
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), stores };
}

export type ParsedImport = { ok: true; values: SiteData } | { ok: false; error: string };

/**
 * Reads an export file: every check runs before anything is used, and the first failure is returned as a
 * message a person can act on.
 */
export function parseImport(text: string, byteLength: number, registry: Registry = REGISTRY): ParsedImport {
  if (byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: `This file is ${(byteLength / 1_000_000).toFixed(1)} MB; a Callback export is far smaller (the limit is 1 MB).`,
    };
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a Callback export: it is not valid JSON.' };
  }
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
  if (typeof f.stores !== 'object' || f.stores === null || Array.isArray(f.stores)) {
    return { ok: false, error: 'This Callback export is damaged: it holds no data.' };
  }
  const values: Record<string, unknown> = {};
  for (const [name, envelope] of Object.entries(f.stores)) {
    const spec = registry.find((entry) => entry.name === name);
    if (!spec) return { ok: false, error: `This export holds data this version of Callback does not know ("${name}").` };
    const decoded = decodeValue(spec.schema, JSON.stringify(envelope));
    if (!decoded.ok) {
      return {
        ok: false,
        error:
          decoded.problem === 'newer-version'
            ? 'Part of this export comes from a newer version of Callback. Reload the site to update it, then import again.'
            : `Part of this export is damaged ("${name}"), so nothing was imported.`,
      };
    }
    values[name] = decoded.value;
  }
  return { ok: true, values };
}
