// @vitest-environment jsdom
/**
 * The spreadsheet door as the page runs it (read the chosen file, preview it with the proposed columns, import
 * it), held to its limits (LIMITS.csv in src/lib/core/limits.ts): a file too large, too long or too wide is
 * refused with words that name the limit; reading can be canceled and says how far it is; and whatever bytes
 * come in, no error escapes, a refusal writes nothing, and no call takes longer than the stated time.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/lib/core/limits';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { previewImport } from '../../../src/lib/journal/csv-preview';
import { interviews } from '../../../src/state/interviews';
import { importSpreadsheet, readSpreadsheet } from '../../../src/state/journal-csv-actions';

const today = '2026-11-30';
const snapshot = () => JSON.stringify({ ...localStorage });

beforeEach(() => {
  localStorage.clear();
  interviews.set(EMPTY_INTERVIEWS);
});

/** A journal that already holds an interview, so an import merges into it. */
const SAVED = { interviews: [{ ...newInterview('kept', new Date('2026-11-01')), company: 'Acme' }], currentId: null };

describe('the limits, named', () => {
  it(`refuses a sheet of more than ${LIMITS.csvColumns.output} columns (the 500 of the attack run)`, async () => {
    const wide = Array.from({ length: 500 }, (_, i) => `Column ${i}`).join(',');
    const read = await readSpreadsheet(new Blob([`${wide}\r\n${wide}`]));
    expect(read).toEqual({
      ok: false,
      error:
        'A spreadsheet with more than 200 columns is far larger than any journal. Nothing was read from it: check that you chose the right file.',
    });
  });

  it(`refuses a sheet of more than ${LIMITS.csv.output.toLocaleString('en-US')} rows, and takes one of exactly that many`, async () => {
    const sheet = (rows: number) => new Blob([['Company', ...Array.from({ length: rows }, (_, i) => `C${i}`)].join('\n')]);
    expect(await readSpreadsheet(sheet(LIMITS.csv.output + 1))).toEqual({
      ok: false,
      error:
        'A spreadsheet with more than 20,000 rows is far larger than any journal. Nothing was read from it: check that you chose the right file.',
    });
    const read = await readSpreadsheet(sheet(LIMITS.csv.output));
    expect(read.ok && read.sheet.rows).toHaveLength(LIMITS.csv.output);
  });

  it('says how far it has read, and stops when canceled, having read nothing', async () => {
    const big = new Blob([
      ['Company,Role,Notes', ...Array.from({ length: LIMITS.csv.output }, (_, i) => `Acme ${i},Designer,"a note, long enough"`)].join(
        '\r\n',
      ),
    ]);
    const shares: number[] = [];
    const read = await readSpreadsheet(big, { progress: (share) => shares.push(share) });
    expect(read.ok && read.sheet.rows).toHaveLength(LIMITS.csv.output);
    expect(shares.length).toBeGreaterThan(2);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBe(1);

    const cancel = new AbortController();
    const canceled = await readSpreadsheet(big, { progress: () => cancel.abort(), signal: cancel.signal });
    expect(canceled).toEqual({ ok: false, error: 'Nothing was read.', canceled: true });
  });
});

/** Cells as trackers and hostile files write them: words, dates, quotes, separators, formulas, long runs. */
const cellArb = fc.oneof(
  fc.constantFrom('Acme', 'Globex, Inc.', 'Referral', 'Recruiter', 'Phone screen', 'Rejected', 'Waiting', 'Interview', 'Thank you'),
  fc.constantFrom('3/14/2026', '2026-03-14', '14/03/2026', 'March 14, 2026', '2026-13-45', '9999-12-31', 'NaN', ''),
  fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r', '\r\n', "'=1+1", '=HYPERLINK("x")', '@SUM(A1)', '\uFEFF', '\u0000', '😀'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);
const headerArb = fc.array(
  fc.oneof(
    fc.constantFrom(
      'Company',
      'Position',
      'Source',
      'Interview Date',
      'Round',
      'Status',
      'Last Contact',
      'Notes',
      'Date',
      'Activity',
      'Details',
    ),
    fc.constantFrom('Interview ID', 'ID', 'Employer', 'Stage', ''),
    fc.string({ maxLength: 8 }),
  ),
  { minLength: 1, maxLength: 10 },
);
const quote = (cell: string) => (/[",\r\n]/.test(cell) && cell.length % 3 ? `"${cell.replace(/"/g, '""')}"` : cell);
/** A sheet's text: a header and rows, quoted or not (sometimes wrongly), with any line endings. */
const sheetArb = fc
  .tuple(
    headerArb,
    fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 40 }),
    fc.constantFrom('\r\n', '\n', '\r'),
    fc.constantFrom(',', '\t', ';'),
  )
  .map(([header, rows, eol, sep]) => [header, ...rows].map((row) => row.map(quote).join(sep)).join(eol));
const utf16le = (text: string) => new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
/** Any file a person could choose: raw bytes, any text, or a sheet, in UTF-8 or UTF-16. */
const fileArb = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.string({ unit: 'binary', maxLength: 600 }).map((s) => new TextEncoder().encode(s)),
  sheetArb.map((s) => new TextEncoder().encode(s)),
  sheetArb.map(utf16le),
);

/** `run` timed: what it gave, and that it took no longer than the door's limit. */
async function within<T>(run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  expect(performance.now() - start).toBeLessThan(LIMITS.csv.ms);
  return result;
}

describe('fuzz: any file through the door as the page runs it', () => {
  /** Whether the browser's storage is full for this case: the import must then be refused and write nothing. */
  let storageFull = false;
  const setItem = Storage.prototype.setItem;
  // One stand-in for the whole run, not one per case: a spy records every call, which slows a long run.
  beforeEach(() => {
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (storageFull && key === 'callback:interviews') throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  afterEach(() => {
    Storage.prototype.setItem = setItem;
  });

  it('never throws, writes nothing when it refuses, and answers each call within the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fileArb,
        fc.boolean(),
        fc.nat(7).map((n) => n === 0),
        async (bytes, saved, full) => {
          localStorage.clear();
          interviews.set(saved ? SAVED : EMPTY_INTERVIEWS);
          const before = snapshot();
          const journal = interviews.get();
          storageFull = full;
          const read = await within(() => readSpreadsheet(new Blob([bytes])));
          if (!read.ok) {
            expect(read.error).toMatch(/\S/);
            expect(snapshot()).toBe(before);
            return;
          }
          const { headers, rows, mapping } = read.sheet;
          const preview = await within(() => previewImport(interviews.get(), rows, mapping, today, new Date(), undefined, { headers }));
          expect(snapshot()).toBe(before);
          const result = await within(() => importSpreadsheet(rows, mapping, today, { headers }));
          if (!result.ok) {
            expect(result.error).toMatch(/^Nothing was imported/);
            expect(snapshot()).toBe(before);
            // And the page shows the journal as it was, not what the browser did not keep.
            expect(interviews.get()).toEqual(journal);
          } else {
            expect(result.summary).toEqual(preview.summary);
            expect(result.leftOut).toBe(preview.errors.length);
          }
          storageFull = false;
        },
      ),
      { numRuns: 2000 },
    );
  }, 120_000);
});
