/**
 * The journal's spreadsheet side: a real spreadsheet (BOM, quoted commas, US dates, an empty row) reads
 * right, bad rows are named, export then import gives the same records, and importing twice is importing once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newInterview, type InterviewsState } from '../../../src/lib/interviews/interviews';
import { exportCsv, importCsv, mergeCsv, parseCsvDate, proposeMapping, readCsv } from '../../../src/lib/journal/csv';
import { empty, keptArb, now, roundId, toImport, today } from '../../fixtures/journal';

const sheet = [
  '\uFEFFCompany,Position,Date,Status,Notes',
  '"Acme, Inc.",Designer,3/14/2026,Phone screen,"Ana; Bo"',
  '"Acme, Inc.",Designer,3/16/2026,Thank you,',
  ',,,,',
  'Globex,Engineer,2026-04-02,Interview,',
  'Globex,Engineer,13/45/2026,Rejected,',
  'Initech,Analyst,4/10/2026,Lunch,',
].join('\r\n');

describe('a spreadsheet from elsewhere', () => {
  const { headers, rows } = readCsv(sheet);
  const mapping = proposeMapping(headers);

  it('gets a mapping proposed from its header', () => {
    expect(headers[0]).toBe('Company');
    expect(mapping).toEqual({ company: 0, role: 1, date: 2, activity: 3, details: 4 });
  });

  it('imports with the right dates, skips the empty row and names the bad rows', () => {
    const result = importCsv(rows, mapping, today);
    expect(result.errors).toEqual([
      "Row 6: the date '13/45/2026' is not a date. Write it as month/day/year (3/14/2026) or 2026-03-14.",
      "Row 7: the activity 'Lunch' is not one the journal knows.",
    ]);
    const [acme, globex] = result.interviews;
    expect(acme).toMatchObject({
      company: 'Acme, Inc.',
      role: 'Designer',
      interviewDate: '2026-03-14',
      rounds: [{ date: '2026-03-14', kind: 'screen', interviewers: ['Ana', 'Bo'] }],
      events: [{ kind: 'thank-you-sent', date: '2026-03-16' }],
    });
    expect(globex).toMatchObject({ company: 'Globex', interviewDate: '2026-04-02', rounds: [], events: [] });
    const state = mergeCsv(empty, result.interviews, now, roundId);
    expect(state.interviews[0].answers).toEqual({ interviewDate: '2026-03-14', thankYou: 'sent' });
  });
});

describe('dates', () => {
  it.each([
    ['3/14/2026', '2026-03-14'],
    ['03/04/26', '2026-03-04'],
    ['2026-03-14', '2026-03-14'],
    [' 12/31/2025 ', '2025-12-31'],
    ['14/3/2026', undefined],
    ['2/30/2026', undefined],
    ['March 14, 2026', undefined],
    ['', undefined],
  ])('%s reads as %s', (cell, date) => {
    expect(parseCsvDate(cell)).toBe(date);
  });
});

describe('export and import', () => {
  const kept = keptArb();
  const withoutRoundIds = (state: InterviewsState) => state.interviews.map((r) => ({ ...r, rounds: r.rounds.map(({ id: _, ...x }) => x) }));

  it('export then import into an empty journal gives the same records (round ids aside)', () => {
    fc.assert(
      fc.property(kept, (records) => {
        const back = mergeCsv(empty, toImport(records), now, roundId);
        expect(withoutRoundIds(back)).toEqual(withoutRoundIds({ interviews: records, currentId: null }));
      }),
      { numRuns: 150 },
    );
  });

  it('importing its own export changes nothing; importing a sheet twice is importing it once', () => {
    fc.assert(
      fc.property(kept, (records) => {
        const state = { interviews: records, currentId: null };
        const incoming = toImport(records);
        expect(mergeCsv(state, incoming, now, roundId)).toEqual(state);
        const once = mergeCsv(empty, incoming, now, roundId);
        expect(mergeCsv(once, incoming, now, roundId)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  });

  it('escapes what a spreadsheet would run as a formula, and reads it back as typed', () => {
    const records = [{ ...newInterview('a', now), company: '=HYPERLINK("x")' }];
    expect(exportCsv(records, today)).toContain(`"'=HYPERLINK(""x"")"`);
    expect(toImport(records)[0].company).toBe('=HYPERLINK("x")');
  });
});
