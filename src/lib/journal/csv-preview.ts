/**
 * Importing a spreadsheet into the journal, before anything changes: whether the chosen file can be read at
 * all, and what importing it would do, counted from the very merge the import then runs (mergeCsv), so the
 * preview and the result cannot disagree. src/state/journal-csv-actions.ts runs these on the store.
 */
import { formatDate, plural, type IsoDate } from '../core/dates.ts';
import { limitMessage, LIMITS } from '../core/limits.ts';
import { addProblem, MAX_INTERVIEWS, type InterviewsState } from '../interviews/interviews.ts';
import {
  importCsv,
  mergeCsv,
  proposeValue,
  valueKey,
  VALUE_FIELDS,
  type Choice,
  type ColumnMapping,
  type ImportedInterview,
  type Proposal,
  type ReadOptions,
  type RowReport,
  type ValueChoices,
  type ValueField,
} from './csv.ts';
import { parseSheetDate } from './csv-dates.ts';
import { recordActivities, type Activity } from './report.ts';

/** Why a sheet has more rows or columns than the door takes (LIMITS.csv, LIMITS.csvColumns), naming the limit. */
export function shapeProblem(bound: 'rows' | 'columns'): string {
  const limit = bound === 'rows' ? LIMITS.csv.output : LIMITS.csvColumns.output;
  return `${LIMITS.csv.what} with more than ${limit.toLocaleString('en-US')} ${bound} is far larger than any journal. Nothing was read from it: check that you chose the right file.`;
}

/**
 * Why a chosen file is not a spreadsheet's CSV, in words that say what to do instead, or undefined. Looks
 * only at what it can be sure of: size, emptiness, a workbook or other binary file, a Callback backup.
 */
export function fileProblem(size: number, text: string): string | undefined {
  if (size > LIMITS.csv.input) return limitMessage('csv', 'input');
  // A workbook (.xlsx, .ods) is a zip file, which starts "PK\3\4"; other binary files hold NUL characters
  // (a UTF-16 text does too until decoded, which decodeCsv does first).
  if (text.startsWith('PK\u0003\u0004') || text.includes('\u0000')) {
    return 'This is not a CSV file. In your spreadsheet, choose File › Download (or Save as) › CSV, then choose that file here.';
  }
  if (/^\s*\{[\s\S]*"format"\s*:\s*"callback-data"/.test(text)) {
    return 'This is a Callback data file, not a spreadsheet: import it on the “Your data” page.';
  }
  if (!text.replace(/^\uFEFF/, '').trim()) return 'The file is empty.';
  return undefined;
}

/**
 * Which UTF-16 a file is in, if it is: by its byte order mark (Excel's "Unicode Text" writes one), or else
 * by its zero bytes, which a UTF-16 text of Latin letters has in every other place (even: big-endian).
 */
function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // Most characters of a sheet are ASCII, so one half is mostly zeros and the other has almost none (an
  // emoji or a CJK character may put a zero there). UTF-8 and Windows-1252 text has no zero bytes at all.
  if (odd > n / 4 && even < odd / 8) return 'utf-16le';
  if (even > n / 4 && odd < even / 8) return 'utf-16be';
  return undefined;
}

/**
 * A file's bytes as text: UTF-16 (little or big endian, as Excel's "Unicode Text" writes), else UTF-8 (BOM or
 * not), or else Windows-1252, which Excel on Windows writes for "CSV (Comma delimited)", so "Café" stays Café
 * instead of turning into replacement marks.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const wide = utf16(bytes);
  if (wide) return new TextDecoder(wide).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Why a read sheet cannot be imported (no rows under its header), or undefined. */
export function sheetProblem(headers: readonly string[], rows: readonly string[][]): string | undefined {
  if (!headers.some(Boolean)) return 'The file has no header row: its first row should name the columns (Company, Role, Date…).';
  if (!rows.some((row) => row.some((cell) => cell.trim()))) return 'The file has a header row but no rows below it.';
  return undefined;
}

/** A cell no column name looks like: a date, an email address, or a number (an amount, a phone, a year). */
function dataLike(cell: string): boolean {
  const text = cell.trim();
  return (
    parseSheetDate(text) !== undefined ||
    parseSheetDate(text, true) !== undefined ||
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ||
    /^[+\-$€£(]?\d[\d\s.,:/()%-]*$/.test(text)
  );
}

/**
 * Whether a sheet's first row looks like an interview rather than column names, said plainly with the ways
 * on, or undefined. A spreadsheet read without its header would take the first interview for column names
 * and not import it, so the preview says so rather than quietly doing it. Said when a cell of the first row
 * is a date, an email address or a number (no tracker names a column so), or when none of its cells is a
 * column name the journal knows while the row below has as many cells filled (the same shape: more data).
 */
export function headerWarning(headers: readonly string[], rows: readonly string[][], mapping: ColumnMapping): string | undefined {
  const named = headers.filter((h) => h.trim());
  if (!named.length) return undefined;
  const data = named.find(dataLike);
  const next = rows.find((row) => row.some((c) => c.trim()));
  const sameShape = next !== undefined && next.filter((c) => c.trim()).length === named.length;
  if (data === undefined && (Object.keys(mapping).length > 0 || !sameShape)) return undefined;
  const way = 'add one in your spreadsheet (Company, Role, Interview date…) and choose the file again.';
  const asItIs = 'If you import it as it is, the first row is read as the names of the columns and is not imported.';
  if (data === undefined)
    return `None of the cells in your first row is a column name the journal knows. If that row is an interview and your sheet has no header row, ${way} ${asItIs} Otherwise, pick below which column holds what.`;
  return `Your first row looks like an interview, not column names: it holds “${data.trim()}”. If your sheet has no header row, ${way} ${asItIs}`;
}

/**
 * What an import changes: interviews, and their activities as the report and the export list them (a
 * spreadsheet's rows: an interview, a round, a message, a reply).
 */
export interface ImportSummary {
  interviewsAdded: number;
  interviewsUpdated: number;
  activitiesAdded: number;
  activitiesUpdated: number;
}

/**
 * How one interview's activities changed, matched by day and activity: new ones, ones whose details
 * changed (a round's interviewers, an event's note), and ones no longer listed (an interview date that a
 * round held on it now says).
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function activityDiff(before: readonly Activity[], after: readonly Activity[]) {
  const key = (a: Activity) => `${a.date}|${a.activity}`;
  const was = new Map<string, string[]>();
  for (const a of before) was.set(key(a), [...(was.get(key(a)) ?? []), a.details]);
  // Same details first, whatever the order; what is left on a day and activity was changed.
  const unmatched = after.filter((a) => {
    const details = was.get(key(a));
    const at = details?.indexOf(a.details) ?? -1;
    if (at >= 0) details!.splice(at, 1);
    return at < 0;
  });
  let added = 0;
  let updated = 0;
  for (const a of unmatched) {
    if (was.get(key(a))?.shift() !== undefined) updated++;
    else added++;
  }
  const removed = [...was.values()].reduce((n, left) => n + left.length, 0);
  return { added, updated, removed };
}

/**
 * What changed from `before` to `after` (an import's merge), as of `today`: interviews new by id,
 * interviews whose content changed (a timestamp alone is not a change), and their activities new or changed.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function importSummary(before: InterviewsState, after: InterviewsState, today: IsoDate): ImportSummary {
  const summary: ImportSummary = { interviewsAdded: 0, interviewsUpdated: 0, activitiesAdded: 0, activitiesUpdated: 0 };
  const previous = new Map(before.interviews.map((r) => [r.id, r]));
  for (const record of after.interviews) {
    const was = previous.get(record.id);
    if (was && JSON.stringify({ ...was, updatedAt: '' }) === JSON.stringify({ ...record, updatedAt: '' })) continue;
    if (was) summary.interviewsUpdated++;
    else summary.interviewsAdded++;
    const diff = activityDiff(was ? recordActivities(was, today) : [], recordActivities(record, today));
    summary.activitiesAdded += diff.added;
    summary.activitiesUpdated += diff.updated;
  }
  return summary;
}

/** Whether importing would change anything. */
export const changesAnything = (s: ImportSummary) => s.interviewsAdded + s.interviewsUpdated > 0;

/** The summary in words, one line for interviews and one for activities. */
export function summaryLines(s: ImportSummary): string[] {
  if (!changesAnything(s)) return ['Everything in this file is already in your journal: importing it would change nothing.'];
  return [
    `${plural(s.interviewsAdded, 'interview')} to add, ${s.interviewsUpdated} to update`,
    `${s.activitiesAdded} ${s.activitiesAdded === 1 ? 'activity' : 'activities'} to add, ${s.activitiesUpdated} to update`,
  ];
}

/** What an import did, said once it is done, with how many rows it left out. */
export function resultLine(s: ImportSummary, leftOut = 0): string {
  const interviews = `${plural(s.interviewsAdded, 'interview')} added, ${s.interviewsUpdated} updated`;
  const activities = `${s.activitiesAdded} ${s.activitiesAdded === 1 ? 'activity' : 'activities'} added, ${s.activitiesUpdated} updated`;
  const skipped = leftOut ? ` ${plural(leftOut, 'row')} could not be read and ${leftOut === 1 ? 'was' : 'were'} left out.` : '';
  return `Imported: ${interviews}; ${activities}.${skipped}`;
}

/** What importing `rows` read with `mapping` into `state` would do, and what it would store. */
export interface ImportPreview {
  incoming: ImportedInterview[];
  /** Each row left out, named by its row number, with why. */
  errors: string[];
  /** What rows kept in the notes or could not place, each named by its row number. */
  notices: string[];
  /** Each row as read: its dates and notices. */
  rows: RowReport[];
  summary: ImportSummary;
  /** Why it cannot be imported (too many interviews), or undefined. */
  problem?: string;
  next: InterviewsState;
}

/** Reads the rows with `mapping` (and `options`) and merges them into `state` as of `today` and `now`, without storing anything. */
export function previewImport(
  state: InterviewsState,
  rows: readonly string[][],
  mapping: ColumnMapping,
  today: IsoDate,
  now: Date,
  makeRoundId?: () => string,
  options: ReadOptions = {},
): ImportPreview {
  const read = importCsv(rows, mapping, today, options);
  const next = mergeCsv(state, read.interviews, now, makeRoundId);
  const summary = importSummary(state, next, today);
  const tooMany = addProblem(state, summary.interviewsAdded) !== undefined;
  const problem = tooMany
    ? `This file would make ${state.interviews.length + summary.interviewsAdded} saved interviews; this browser keeps at most ${MAX_INTERVIEWS}. Delete interviews you no longer need first, or import a shorter file.`
    : undefined;
  return { incoming: read.interviews, errors: read.errors, notices: read.notices, rows: read.rows, summary, next, problem };
}

/** One distinct value of a column the journal reads as words, and what it becomes. */
export interface ValueLine {
  field: ValueField;
  /** What names it among its column's values (valueKey), for the person's choice. */
  key: string;
  /** The value as the sheet first writes it. */
  text: string;
  /** How many rows hold it. */
  rows: number;
  proposal: Proposal;
  /** What it becomes now: the person's choice, else the proposal. */
  choice: Choice;
}

/**
 * At most this many values are listed per column: a column of free text mapped by mistake shows its first ones, and says so.
 * @internal The tests state the limit by its name.
 */
export const MAX_VALUES = 40;

/**
 * The distinct values of each mapped column whose words the journal reads (how it came, kind of round, where
 * it stands, activity), in the order the sheet first has them, each with what it becomes; and, per field,
 * how many more values there are than are listed.
 */
export function valueLines(
  rows: readonly string[][],
  mapping: ColumnMapping,
  choices: ValueChoices = {},
): { lines: ValueLine[]; more: Partial<Record<ValueField, number>> } {
  const lines: ValueLine[] = [];
  const more: Partial<Record<ValueField, number>> = {};
  for (const field of VALUE_FIELDS) {
    const index = mapping[field];
    if (index === undefined) continue;
    const seen = new Map<string, ValueLine>();
    for (const row of rows) {
      const text = (row[index] ?? '').trim();
      const key = valueKey(text);
      if (!key) continue;
      const line = seen.get(key);
      if (line) line.rows++;
      else {
        const proposal = proposeValue(field, text);
        seen.set(key, { field, key, text, rows: 1, proposal, choice: choices[field]?.[key] ?? proposal.choice });
      }
    }
    const all = [...seen.values()];
    lines.push(...all.slice(0, MAX_VALUES));
    if (all.length > MAX_VALUES) more[field] = all.length - MAX_VALUES;
  }
  return { lines, more };
}

/**
 * Each date read, beside the text it came from, for the first `limit` rows that have dates: "Row 2,
 * Interview Date: 3/14/2026 → Saturday, March 14, 2026"; and how many rows with dates are not listed.
 */
export function dateLines(rows: readonly RowReport[], limit = 10): { lines: string[]; more: number } {
  const dated = rows.filter((r) => r.dates.length);
  const lines = dated.slice(0, limit).flatMap((r) => r.dates.map((d) => `Row ${r.row}, ${d.column}: ${d.text} → ${formatDate(d.date)}`));
  return { lines, more: Math.max(0, dated.length - limit) };
}
