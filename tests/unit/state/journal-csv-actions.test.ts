// @vitest-environment jsdom
/**
 * The spreadsheet import on the store: a bad file changes nothing and says why, the import stores what the
 * preview said it would, twice is once, and a write the browser refuses is put back.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { previewImport } from '../../../src/lib/journal/csv-preview';
import { interviews } from '../../../src/state/interviews';
import { importSpreadsheet, readSpreadsheet } from '../../../src/state/journal-csv-actions';

const today = '2026-11-30';
const asFile = (text: string) => new Blob([text], { type: 'text/csv' });
const stored = () => localStorage.getItem('callback:interviews');
const SHEET = [
  '\uFEFFCompany,Position,Date,Status,Interviewers',
  '"Acme, Inc.",Designer,3/14/2026,Phone screen,"Ana; Bo"',
  '"Acme, Inc.",Designer,3/16/2026,Thank you,',
  ',,,,',
  'Globex,Engineer,2026-04-02,Interview,',
  'Globex,Engineer,4/31/2026,Rejected,',
].join('\r\n');

beforeEach(() => {
  localStorage.clear();
  interviews.set({ interviews: [{ ...newInterview('kept', new Date()), company: 'Initech' }], currentId: null });
});

async function sheet(text = SHEET) {
  const read = await readSpreadsheet(asFile(text));
  if (!read.ok) throw new Error(read.error);
  return read.sheet;
}

describe('reading a file', () => {
  it('proposes a mapping from the header and keeps every row for the preview', async () => {
    const { headers, rows, mapping } = await sheet();
    expect(headers).toEqual(['Company', 'Position', 'Date', 'Status', 'Interviewers']);
    expect(rows).toHaveLength(5);
    expect(mapping).toEqual({ company: 0, role: 1, date: 2, status: 3, details: 4 });
  });

  it('refuses a file that is not a spreadsheet, and changes nothing', async () => {
    const before = stored();
    expect(await readSpreadsheet(asFile('PK\u0003\u0004binary'))).toEqual({ ok: false, error: expect.stringMatching(/not a CSV file/) });
    expect(await readSpreadsheet(asFile('Company,Date\r\n'))).toEqual({ ok: false, error: expect.stringMatching(/no rows below it/) });
    expect(stored()).toBe(before);
  });
});

describe('importing', () => {
  it('stores what the preview counted, with real past dates, and a second import adds nothing', async () => {
    const { headers, rows, mapping } = await sheet();
    const preview = previewImport(interviews.get(), rows, mapping, today, new Date(), undefined, { headers });
    expect(preview.errors).toEqual([]);
    expect(preview.notices).toEqual([
      "Row 6: '4/31/2026' in Date is not a date: kept in the notes",
      "Row 6: 'Rejected' has no date: kept in the notes",
    ]);
    const result = importSpreadsheet(rows, mapping, today, { headers });
    expect(result).toEqual({ ok: true, summary: preview.summary, leftOut: 0 });
    // The screen, the thank-you, and Globex's interview: each row that reads is an activity.
    expect(preview.summary).toEqual({ interviewsAdded: 2, interviewsUpdated: 0, activitiesAdded: 3, activitiesUpdated: 0 });
    const saved = JSON.parse(stored()!).data.interviews;
    expect(saved.map((r: { company: string }) => r.company)).toEqual(['Initech', 'Acme, Inc.', 'Globex']);
    expect(saved[1]).toMatchObject({
      answers: { interviewDate: '2026-03-14', thankYou: 'sent' },
      rounds: [{ date: '2026-03-14', kind: 'screen', interviewers: ['Ana', 'Bo'] }],
      events: [{ kind: 'thank-you-sent', date: '2026-03-16' }],
    });
    expect(saved[2]).toMatchObject({ answers: { interviewDate: '2026-04-02' }, notes: 'Date: 4/31/2026; Status: Rejected' });

    const again = stored();
    expect(importSpreadsheet(rows, mapping, today, { headers })).toEqual({
      ok: true,
      summary: { interviewsAdded: 0, interviewsUpdated: 0, activitiesAdded: 0, activitiesUpdated: 0 },
      leftOut: 0,
    });
    expect(stored()).toBe(again);
  });

  it('reads with the choices made in the preview (day first, what a word means)', async () => {
    interviews.set(EMPTY_INTERVIEWS);
    const { headers, rows, mapping } = await sheet('Company,Interview Date,Source\r\nAcme,14/03/2026,Recruiter');
    const result = importSpreadsheet(rows, mapping, today, {
      headers,
      dayFirst: true,
      choices: { source: { recruiter: 'source:in-house-recruiter' } },
    });
    expect(result).toMatchObject({ ok: true, leftOut: 0 });
    expect(interviews.get().interviews[0]).toMatchObject({ source: 'in-house-recruiter', answers: { interviewDate: '2026-03-14' } });
    expect(interviews.get().interviews[0].notes).toBeUndefined();
  });

  it('puts everything back and says so when the browser refuses the write', async () => {
    const { rows, mapping } = await sheet();
    const before = interviews.get();
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string) {
      if (key === 'callback:interviews') throw new DOMException('full', 'QuotaExceededError');
    });
    const result = importSpreadsheet(rows, mapping, today);
    full.mockRestore();
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^Nothing was imported: this browser's storage for the site is full/),
    });
    expect(interviews.get()).toEqual(before);
  });

  it('reads a Windows-1252 file (Excel on Windows) with its accents', async () => {
    const latin1 = new Uint8Array(Buffer.from('Company,Date,Activity\r\nCafé René,3/2/2026,Interview', 'latin1'));
    const read = await readSpreadsheet(new Blob([latin1]));
    expect(read.ok && read.sheet.rows).toEqual([['Café René', '3/2/2026', 'Interview']]);
  });

  it('imports into an empty journal', async () => {
    interviews.set(EMPTY_INTERVIEWS);
    const { rows, mapping } = await sheet();
    expect(importSpreadsheet(rows, mapping, today)).toMatchObject({ ok: true, summary: { interviewsAdded: 2 } });
  });
});
