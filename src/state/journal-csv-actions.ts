/**
 * The journal's spreadsheet actions: read a chosen CSV, say what importing it would do, import it. The rules
 * are src/lib/journal/csv.ts and csv-preview.ts; this runs them on the saved interviews. It carries the
 * CSV library, so the journal page loads it only once a file is chosen.
 */
import type { IsoDate } from '../lib/core/dates';
import { LIMITS } from '../lib/core/limits';
import { INTERVIEWS } from '../lib/interviews/interviews';
import { proposeMapping, readCsvInSteps, type ColumnMapping, type ReadOptions } from '../lib/journal/csv';
import {
  decodeCsv,
  fileProblem,
  headerWarning,
  previewImport,
  shapeProblem,
  sheetProblem,
  type ImportSummary,
} from '../lib/journal/csv-preview';
import { interviews } from './interviews';
import { writeState } from './interview-sync';
import { keptInBrowser, notKeptReason } from './persisted';

/**
 * A spreadsheet read and ready to map: its header, its rows, the mapping proposed from the header, and a
 * warning when its first row looks like an interview rather than column names.
 */
export interface ReadSheet {
  headers: string[];
  rows: string[][];
  mapping: ColumnMapping;
  warning?: string;
}

/** What reading a file gave: the sheet, why it cannot be read, or that the person canceled it. */
export type SheetResult = { ok: true; sheet: ReadSheet } | { ok: false; error: string; canceled?: true };

/**
 * Reads a chosen file in steps (the page stays responsive on a large one, `progress` hears how far it is,
 * and `signal` cancels it); nothing changes either way. Says why when it is not a spreadsheet's CSV.
 */
export async function readSpreadsheet(
  file: Pick<Blob, 'size' | 'arrayBuffer'>,
  steps: { progress?: (share: number) => void; signal?: AbortSignal } = {},
): Promise<SheetResult> {
  // A file too large to be a journal is refused before it is read.
  const text = file.size > 0 && file.size <= LIMITS.csv.input ? decodeCsv(new Uint8Array(await file.arrayBuffer())) : '';
  const problem = fileProblem(file.size, text);
  if (problem) return { ok: false, error: problem };
  const read = await readCsvInSteps(text, steps);
  if (!read.ok)
    return read.stopped === 'canceled'
      ? { ok: false, error: 'Nothing was read.', canceled: true }
      : { ok: false, error: shapeProblem(read.stopped) };
  const { headers, rows } = read;
  const unreadable = sheetProblem(headers, rows);
  if (unreadable) return { ok: false, error: unreadable };
  const mapping = proposeMapping(headers);
  const warning = headerWarning(headers, rows, mapping);
  return { ok: true, sheet: { headers, rows, mapping, ...(warning ? { warning } : {}) } };
}

/**
 * Imports the rows, read with `mapping` and the person's `options` (day first, what each value means), on
 * the latest journal (another tab may have written since the preview), merging by id, then checks that the
 * browser kept it: if not, the journal is put back and the person told, so "Imported" is never said of data
 * that is not kept.
 */
export function importSpreadsheet(
  rows: readonly string[][],
  mapping: ColumnMapping,
  today: IsoDate,
  options: ReadOptions = {},
  now = new Date(),
): { ok: true; summary: ImportSummary; leftOut: number } | { ok: false; error: string } {
  const before = interviews.get();
  const preview = previewImport(before, rows, mapping, today, now, undefined, options);
  if (preview.problem) return { ok: false, error: `Nothing was imported. ${preview.problem}` };
  writeState(() => preview.next);
  if (!keptInBrowser(INTERVIEWS, preview.next)) {
    writeState(() => before);
    return { ok: false, error: `Nothing was imported: ${notKeptReason()}` };
  }
  return { ok: true, summary: preview.summary, leftOut: preview.errors.length };
}
