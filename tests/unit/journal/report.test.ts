/**
 * The activity report: every dated activity in the dates asked for and nothing outside them, oldest first,
 * and the same activities the CSV export writes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { exportCsv, readCsv } from '../../../src/lib/journal/csv';
import { EVENT_LABELS } from '../../../src/lib/interviews/journal-record';
import {
  inRange,
  lastHeld,
  periodLine,
  rangeProblem,
  reportRows,
  roundActivity,
  shortDate,
  type DateRange,
} from '../../../src/lib/journal/report';
import { dateArb, keptArb, now, today } from '../../fixtures/journal';

const record = (id: string, fields: Partial<InterviewRecord>): InterviewRecord => ({ ...newInterview(id, now), ...fields });

describe('the rows', () => {
  const acme = record('a', {
    company: ' Acme ',
    role: 'Designer',
    answers: { interviewDate: '2026-03-10' },
    rounds: [{ id: 'r1', date: '2026-03-14', kind: 'screen', interviewers: ['Ana', 'Bo'] }],
    events: [{ kind: 'thank-you-sent', date: '2026-03-14', note: 'By email' }],
  });
  const globex = record('g', { company: 'Globex', role: '', events: [{ kind: 'rejected', date: '2026-03-12' }] });

  it('lists each activity with its interview, oldest first; on one day, the round before what followed it', () => {
    expect(reportRows([acme, globex], today).map((r) => [r.date, r.company, r.role, r.activity, r.details])).toEqual([
      ['2026-03-10', 'Acme', 'Designer', 'Interview', ''],
      ['2026-03-12', 'Globex', '', 'Rejected', ''],
      ['2026-03-14', 'Acme', 'Designer', 'Screen round', 'Ana; Bo'],
      ['2026-03-14', 'Acme', 'Designer', 'Thank-you sent', 'By email'],
    ]);
  });

  it('leaves out the interview date when it is the last round held (the round says it)', () => {
    const held = { ...acme, answers: { interviewDate: '2026-03-14' } };
    expect(reportRows([held], today).map((r) => r.activity)).toEqual(['Screen round', 'Thank-you sent']);
  });

  it('keeps to the dates asked for, both ends included', () => {
    expect(reportRows([acme, globex], today, { from: '2026-03-12', to: '2026-03-13' }).map((r) => r.company)).toEqual(['Globex']);
    expect(reportRows([acme, globex], today, { from: '2026-03-14' })).toHaveLength(2);
    expect(reportRows([acme, globex], today, { to: '2026-03-10' })).toHaveLength(1);
  });

  it('has nothing to list for no interviews, or one with nothing dated', () => {
    expect(reportRows([], today)).toEqual([]);
    expect(reportRows([record('x', { company: 'Quiet' })], today)).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['2026-03-14', {}, true],
    ['2026-03-14', { from: '2026-03-14', to: '2026-03-14' }, true],
    ['2026-03-13', { from: '2026-03-14' }, false],
    ['2026-03-15', { to: '2026-03-14' }, false],
    // A half-typed date field is an open end, not a filter that hides everything.
    ['2026-03-15', { from: '2026-0', to: '' }, true],
  ] as [string, DateRange, boolean][])('%s in %o: %s', (date, range, inside) => {
    expect(inRange(date, range)).toBe(inside);
  });

  it('says when the dates are the wrong way round', () => {
    expect(rangeProblem({ from: '2026-03-15', to: '2026-03-14' })).toMatch(/after the “To” date/);
    expect(rangeProblem({ from: '2026-03-14', to: '2026-03-14' })).toBeUndefined();
    expect(rangeProblem({ from: '2026-03-15' })).toBeUndefined();
  });

  it.each([
    [{}, 'All dates'],
    [{ from: '2026-03-01' }, 'From 2026-03-01'],
    [{ to: '2026-03-31' }, 'Up to 2026-03-31'],
    [{ from: '2026-03-01', to: '2026-03-31' }, 'From 2026-03-01 to 2026-03-31'],
  ] as [DateRange, string][])('the period of %o reads "%s"', (range, line) => {
    expect(periodLine(range, (d) => d)).toBe(line);
  });

  it('writes dates short, as Americans read them', () => {
    expect(shortDate('2026-03-04')).toBe('Mar 4, 2026');
    expect(shortDate('2025-12-31')).toBe('Dec 31, 2025');
  });
});

describe('the report, for any journal and any dates', () => {
  const rangeArb = fc.record({ from: fc.option(dateArb, { nil: undefined }), to: fc.option(dateArb, { nil: undefined }) });

  it('lists every round and event in the dates and nothing outside them, oldest first', () => {
    fc.assert(
      fc.property(keptArb(), rangeArb, (records, range) => {
        const rows = reportRows(records, today, range);
        for (const row of rows) expect(inRange(row.date, range)).toBe(true);
        expect(rows.map((r) => r.date)).toEqual(rows.map((r) => r.date).sort());
        let expected = 0;
        for (const r of records) {
          const mine = rows.filter((row) => row.id === r.id);
          for (const round of r.rounds.filter((x) => inRange(x.date, range))) {
            expect(mine).toContainEqual(expect.objectContaining({ date: round.date, activity: roundActivity(round.kind) }));
          }
          for (const event of r.events.filter((x) => inRange(x.date, range))) {
            expect(mine).toContainEqual(expect.objectContaining({ date: event.date, activity: EVENT_LABELS[event.kind] }));
          }
          const date = r.answers.interviewDate as string | undefined;
          const ownRow = date !== undefined && date !== lastHeld(r.rounds, today) && inRange(date, range);
          expected += r.rounds.filter((x) => inRange(x.date, range)).length + r.events.filter((x) => inRange(x.date, range)).length;
          expected += ownRow ? 1 : 0;
        }
        expect(rows).toHaveLength(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('lists what the CSV export writes, row for row', () => {
    fc.assert(
      fc.property(keptArb(), (records) => {
        const { rows } = readCsv(exportCsv(records, today));
        const dated = rows.filter((r) => r[4]).map((r) => [r[0], r[4], r[5], r[6]].join('|'));
        const listed = reportRows(records, today).map((r) => [r.id, r.date, r.activity, r.details].join('|'));
        expect(listed.sort()).toEqual(dated.sort());
      }),
      { numRuns: 100 },
    );
  });
});
