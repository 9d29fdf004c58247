/**
 * Before a spreadsheet is imported: which files are refused and why, a preview whose counts are what the
 * merge then does, for any journal and any sheet, and what it lists: each value and what it becomes, each
 * row's notes, each date beside its text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/lib/core/limits';
import { MAX_INTERVIEWS, newInterview, type InterviewsState } from '../../../src/lib/interviews/interviews';
import { exportCsv, proposeMapping, readCsv } from '../../../src/lib/journal/csv';
import {
  activityDiff,
  changesAnything,
  dateLines,
  decodeCsv,
  fileProblem,
  headerWarning,
  importSummary,
  MAX_VALUES,
  previewImport,
  resultLine,
  sheetProblem,
  summaryLines,
  valueLines,
} from '../../../src/lib/journal/csv-preview';
import { INTERVIEW_ACTIVITY, recordActivities, reportRows } from '../../../src/lib/journal/report';
import { empty, keptArb, now, recordArb, roundId, today } from '../../fixtures/journal';

describe('the file', () => {
  it.each([
    ['a workbook', 'PK\u0003\u0004[Content_Types].xml', /not a CSV file.*File › Download/],
    ['a binary file', 'GIF89a\u0000\u0000', /not a CSV file/],
    ['a Callback backup', '{\n  "format": "callback-data",\n  "version": 1', /Callback data file.*“Your data”/],
    ['an empty file', '', /empty/],
    ['a BOM alone', '\uFEFF \r\n', /empty/],
  ])('refuses %s, saying what to do', (_, text, message) => {
    expect(fileProblem(text.length, text)).toMatch(message);
  });

  it('refuses a file over its limit without reading it, naming the limit', () => {
    expect(fileProblem(LIMITS.csv.input + 1, '')).toBe(
      'A spreadsheet is larger than 5 MB, far more than Callback ever writes. Check that you chose the right one.',
    );
    expect(fileProblem(LIMITS.csv.input, 'Company\r\nAcme')).toBeUndefined();
  });

  it('takes a spreadsheet, BOM and all, even one whose first column is named PK', () => {
    expect(fileProblem(30, '\uFEFFCompany,Date\r\nAcme,3/14/2026')).toBeUndefined();
    expect(fileProblem(30, 'PK,Company\r\n1,Acme')).toBeUndefined();
  });

  it('reads UTF-8, and Windows-1252 as Excel on Windows saves a CSV', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFFCafé,Zoë'))).toBe('Café,Zoë');
    expect(decodeCsv(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x93, 0x51, 0x94]))).toBe('Café,“Q”');
  });

  it('reads UTF-16, little and big endian, with its byte order mark or without (Excel’s “Unicode Text”)', () => {
    const text = 'Company\tRole\r\nCafé René\tDesigner 😀';
    const le = (bom: boolean) => new Uint8Array(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le'));
    const be = (bom: boolean) => le(bom).map((_, i, all) => all[i ^ 1]);
    for (const bytes of [le(true), le(false), be(true), be(false)]) {
      expect(decodeCsv(bytes)).toBe(text);
      expect(fileProblem(bytes.length, decodeCsv(bytes))).toBeUndefined();
    }
    // Tab-separated, as Excel writes it, reads like a comma-separated sheet.
    expect(readCsv(decodeCsv(le(true)))).toEqual({ headers: ['Company', 'Role'], rows: [['Café René', 'Designer 😀']] });
  });

  it('needs a header and a row under it', () => {
    expect(sheetProblem(...read('Company,Date\r\n,\r\n'))).toMatch(/no rows below it/);
    expect(sheetProblem(...read(',\r\nAcme,3/14/2026'))).toMatch(/no header row/);
    expect(sheetProblem(...read('Company,Date\r\nAcme,3/14/2026'))).toBeUndefined();
  });
});

describe('a sheet without its header row', () => {
  const warning = (text: string) => {
    const { headers, rows } = readCsv(text);
    return headerWarning(headers, rows, proposeMapping(headers));
  };

  it.each([
    ['a date', 'Acme,Designer,3/14/2026\r\nGlobex,Engineer,4/2/2026', '3/14/2026'],
    ['an email address', 'Acme,ana@acme.com\r\nGlobex,bo@globex.com', 'ana@acme.com'],
    ['a number', 'Acme,Designer,55000\r\nGlobex,Engineer,61000', '55000'],
  ])('says so when the first row holds %s, and how to go on', (_, text, cell) => {
    expect(warning(text)).toBe(
      `Your first row looks like an interview, not column names: it holds “${cell}”. If your sheet has no header row, add one in your spreadsheet (Company, Role, Interview date…) and choose the file again. If you import it as it is, the first row is read as the names of the columns and is not imported.`,
    );
  });

  it('says so, less surely, when no cell of the first row is a column name it knows and the next row has the same shape', () => {
    expect(warning('Acme,Designer,Referral\r\nGlobex,Engineer,Recruiter')).toMatch(
      /^None of the cells in your first row is a column name the journal knows\. If that row is an interview .* Otherwise, pick below which column holds what\.$/,
    );
  });

  it('says nothing of a real header, its own export or a header of unknown names over a different shape', () => {
    expect(warning('Company,Position,Interview Date\r\nAcme,Designer,3/14/2026')).toBeUndefined();
    expect(warning(exportCsv([{ ...newInterview('a', now), company: 'Acme' }], today))).toBeUndefined();
    expect(warning('Firma,Stelle,Notiz\r\nAcme,,')).toBeUndefined();
  });
});

const read = (text: string) => {
  const { headers, rows } = readCsv(text);
  return [headers, rows] as const;
};

describe('the words', () => {
  it('says what would change, and when nothing would', () => {
    const summary = { interviewsAdded: 1, interviewsUpdated: 2, activitiesAdded: 1, activitiesUpdated: 0 };
    expect(summaryLines(summary)).toEqual(['1 interview to add, 2 to update', '1 activity to add, 0 to update']);
    expect(resultLine({ ...summary, activitiesAdded: 3 })).toBe('Imported: 1 interview added, 2 updated; 3 activities added, 0 updated.');
    expect(resultLine(summary, 2)).toBe(
      'Imported: 1 interview added, 2 updated; 1 activity added, 0 updated. 2 rows could not be read and were left out.',
    );
    const none = { interviewsAdded: 0, interviewsUpdated: 0, activitiesAdded: 0, activitiesUpdated: 0 };
    expect(changesAnything(none)).toBe(false);
    expect(summaryLines(none)).toEqual(['Everything in this file is already in your journal: importing it would change nothing.']);
  });
});

describe('activities, matched by day and activity', () => {
  const a = (date: string, activity: string, details = '') => ({ date, activity, details });
  it.each([
    [[], [a('2026-03-01', 'Reply')], { added: 1, updated: 0, removed: 0 }],
    [[a('2026-03-01', 'Reply', 'x')], [a('2026-03-01', 'Reply', 'y')], { added: 0, updated: 1, removed: 0 }],
    [[a('2026-03-01', 'Interview')], [a('2026-03-01', 'Screen round')], { added: 1, updated: 0, removed: 1 }],
    [
      [a('2026-03-01', 'Screen round', 'Ana')],
      [a('2026-03-01', 'Screen round', 'Bo'), a('2026-03-01', 'Screen round', 'Ana')],
      { added: 1, updated: 0, removed: 0 },
    ],
    [[a('2026-03-01', 'Reply')], [a('2026-03-01', 'Reply')], { added: 0, updated: 0, removed: 0 }],
  ])('%j then %j: %j', (before, after, diff) => {
    expect(activityDiff(before, after)).toEqual(diff);
  });
});

describe('the preview', () => {
  const sheet = [
    'Company,Role,Date,Activity,Details',
    'Acme,Designer,3/14/2026,Screen,Ana',
    'Acme,Designer,3/16/2026,Thank you,',
    'Acme,Designer,13/1/2026,Reply,',
    ',,3/17/2026,Reply,',
  ];
  const { headers, rows } = readCsv(sheet.join('\n'));

  it('counts what a first import adds, names what goes into the notes by row, and the rows left out', () => {
    const preview = previewImport(empty, rows, proposeMapping(headers), today, now, roundId, { headers });
    expect(preview.summary).toEqual({ interviewsAdded: 1, interviewsUpdated: 0, activitiesAdded: 2, activitiesUpdated: 0 });
    expect(preview.notices).toEqual([
      "Row 4: '13/1/2026' in Date is not a date: kept in the notes",
      "Row 4: 'Reply' has no date: kept in the notes",
    ]);
    expect(preview.errors).toEqual(['Row 5: there is no company, role or interview ID to say which interview it is about.']);
    expect(preview.next.interviews[0].notes).toBe('Date: 13/1/2026; Activity: Reply');
    expect(previewImport(preview.next, rows, proposeMapping(headers), today, now, roundId, { headers }).summary).toEqual({
      interviewsAdded: 0,
      interviewsUpdated: 0,
      activitiesAdded: 0,
      activitiesUpdated: 0,
    });
  });

  it('counts a changed note or interviewer as an update, not an addition', () => {
    const first = previewImport(empty, rows, proposeMapping(headers), today, now, roundId).next;
    const changed = readCsv([...sheet.slice(0, 2).map((l) => l.replace(',Ana', ',Ana; Bo')), sheet[2]].join('\n'));
    expect(previewImport(first, changed.rows, proposeMapping(changed.headers), today, now, roundId).summary).toEqual({
      interviewsAdded: 0,
      interviewsUpdated: 1,
      activitiesAdded: 0,
      activitiesUpdated: 1,
    });
  });

  it('refuses what would go past the count limit', () => {
    const full: InterviewsState = {
      interviews: Array.from({ length: MAX_INTERVIEWS }, (_, i) => newInterview(`n${i}`, now)),
      currentId: null,
    };
    expect(previewImport(full, rows, proposeMapping(headers), today, now, roundId).problem).toMatch(/at most 500/);
  });

  it('counts, for any journal and any sheet, exactly what the merge does', () => {
    // The sheet shares ids with the journal (id-0, id-1…) for some interviews and brings new ones for others.
    const sheetArb = fc.tuple(fc.array(recordArb, { maxLength: 5 }), fc.constantFrom('id', 'new'));
    fc.assert(
      fc.property(keptArb('id'), sheetArb, (records, [others, prefix]) => {
        const state = { interviews: records, currentId: null };
        const text = exportCsv(
          others.map((r, i) => ({ ...r, id: `${prefix}-${i}` })),
          today,
        );
        const sheet = readCsv(text);
        const preview = previewImport(state, sheet.rows, proposeMapping(sheet.headers), today, now, roundId);
        const after = preview.next;
        expect(preview.summary.interviewsAdded).toBe(after.interviews.length - state.interviews.length);
        const changed = after.interviews.filter((r) => r !== state.interviews.find((x) => x.id === r.id));
        expect(preview.summary.interviewsAdded + preview.summary.interviewsUpdated).toBe(changed.length);
        // Activities: what was added, less what a round now says instead of the interview date, is what the report gains.
        const removed = changed.reduce((n, r) => {
          const was = state.interviews.find((x) => x.id === r.id);
          return n + activityDiff(was ? recordActivities(was, today) : [], recordActivities(r, today)).removed;
        }, 0);
        expect(preview.summary.activitiesAdded - removed).toBe(
          reportRows(after.interviews, today).length - reportRows(records, today).length,
        );
        // Every round and event the sheet says, with its details, is in the journal after (an interview date
        // may be said by a round held that day instead).
        const listed = reportRows(after.interviews, today).map((r) => [r.id, r.date, r.activity, r.details].join('|'));
        for (const row of sheet.rows.filter((r) => r[4] && r[5] !== INTERVIEW_ACTIVITY))
          expect(listed).toContain([row[0], row[4], row[5], row[6]].join('|'));
        // Nothing is ever doubled: the same sheet again changes nothing.
        const again = previewImport(after, sheet.rows, proposeMapping(sheet.headers), today, now, roundId);
        expect(again.summary).toEqual(importSummary(after, after, today));
        expect(changesAnything(again.summary)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

describe('what the preview lists', () => {
  const tracker = readCsv(
    [
      'Company,Position,Source,Interview Date,Status',
      'Acme,Designer,Recruiter,3/14/2026,Waiting',
      'Globex,Analyst,recruiter,"Mar 20, 2026",Rejected',
      'Initech,Engineer,Referral,2026-04-02,Lunch',
    ].join('\n'),
  );
  const mapping = proposeMapping(tracker.headers);

  it('each distinct value of a column read as words, once, with what it becomes and the question it raises', () => {
    const { lines, more } = valueLines(tracker.rows, mapping);
    expect(lines.map(({ field, text, rows, choice }) => [field, text, rows, choice])).toEqual([
      ['source', 'Recruiter', 2, 'unknown'],
      ['source', 'Referral', 1, 'source:referral'],
      ['status', 'Waiting', 1, 'open'],
      ['status', 'Rejected', 1, 'event:rejected'],
      ['status', 'Lunch', 1, 'unknown'],
    ]);
    expect(lines[0].proposal.ask).toBe('Recruiter: agency or in-house?');
    expect(more).toEqual({});
    const chosen = valueLines(tracker.rows, mapping, { source: { [lines[0].key]: 'source:in-house-recruiter' } });
    expect(chosen.lines[0].choice).toBe('source:in-house-recruiter');
  });

  it('lists at most MAX_VALUES values per column, and says how many more', () => {
    const rows = Array.from({ length: MAX_VALUES + 3 }, (_, i) => ['Acme', `Status ${i}`]);
    expect(valueLines(rows, { company: 0, status: 1 })).toMatchObject({ more: { status: 3 } });
  });

  it('each date beside the text it came from, for the first rows', () => {
    const preview = previewImport(empty, tracker.rows, mapping, today, now, roundId, { headers: tracker.headers });
    expect(dateLines(preview.rows)).toEqual({
      lines: [
        'Row 2, Interview Date: 3/14/2026 → Saturday, March 14, 2026',
        'Row 3, Interview Date: Mar 20, 2026 → Friday, March 20, 2026',
        'Row 4, Interview Date: 2026-04-02 → Thursday, April 2, 2026',
      ],
      more: 0,
    });
    expect(dateLines(preview.rows, 1)).toEqual({ lines: ['Row 2, Interview Date: 3/14/2026 → Saturday, March 14, 2026'], more: 2 });
  });

  it('says per row what went into the notes, and what the person chose changes it', () => {
    const preview = previewImport(empty, tracker.rows, mapping, today, now, roundId, { headers: tracker.headers });
    expect(preview.notices).toEqual([
      "Row 2: 'Recruiter' kept in the notes; how it came left unknown",
      "Row 2: 'Waiting' kept in the notes; still open",
      "Row 3: 'recruiter' kept in the notes; how it came left unknown",
      "Row 4: 'Lunch' kept in the notes; where it stands left unknown",
    ]);
    const chosen = previewImport(empty, tracker.rows, mapping, today, now, roundId, {
      headers: tracker.headers,
      choices: { source: { recruiter: 'source:agency-recruiter' } },
    });
    expect(chosen.notices).toEqual([
      "Row 2: 'Waiting' kept in the notes; still open",
      "Row 4: 'Lunch' kept in the notes; where it stands left unknown",
    ]);
    expect(chosen.next.interviews.map((r) => r.source)).toEqual(['agency-recruiter', 'agency-recruiter', 'referral']);
  });
});
