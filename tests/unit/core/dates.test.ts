/** Calendar dates: the one parser, day arithmetic across months, years and leap days, and words for people. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  FIRST_YEAR,
  formatDate,
  isIsoDate,
  LAST_YEAR,
  parseIsoDate,
  plural,
  weekday,
} from '../../../src/lib/core/dates';

describe('dates', () => {
  it.each([
    ['2026-11-22', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-05', false],
    ['22/11/2026', false],
    [20261122, false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-25', 7)).toBe('2028-03-03');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14);
  });

  it('knows the day of the week', () => {
    expect(weekday('2026-11-21')).toBe(6); // a Saturday
    expect(weekday('2026-11-22')).toBe(0);
    expect(weekday('2026-11-23')).toBe(1);
  });

  it('writes dates for people, with the year only when it differs', () => {
    expect(formatDate('2026-12-07', '2026-11-22')).toBe('Monday, December 7');
    expect(formatDate('2026-12-07')).toBe('Monday, December 7, 2026');
    expect(formatDate('2027-01-04', '2026-11-22')).toBe('Monday, January 4, 2027');
  });
});

describe('parseIsoDate', () => {
  it.each([
    '0001-01-01',
    '0099-12-31',
    '1899-12-31',
    '2101-01-01',
    '10000-01-01',
    '2026-00-10',
    '2026-04-31',
    '2027-02-29',
    ' 2026-11-22',
    '2026-11-22T00:00',
  ])('refuses %j', (value) => expect(parseIsoDate(value)).toBeUndefined());

  it('accepts every real day from 1900 to 2100, and reads it back through the day arithmetic', () => {
    const day = fc.integer({ min: 0, max: daysBetween(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`) });
    fc.assert(
      fc.property(day, (n) => {
        const date = addDays(`${FIRST_YEAR}-01-01`, n);
        expect(parseIsoDate(date)).toBe(date);
        expect(daysBetween(`${FIRST_YEAR}-01-01`, date)).toBe(n);
        expect(formatDate(date)).toMatch(/^\w+day, \w+ \d{1,2}, \d{4}$/);
      }),
      { numRuns: 5000 },
    );
  });

  it("agrees with the browser's own calendar (Date, in UTC) on every move, gap and weekday", () => {
    const DAY_MS = 86_400_000;
    const reference = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
    const day = fc.integer({ min: 0, max: daysBetween(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`) });
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (n, move) => {
        const date = reference(`${FIRST_YEAR}-01-01`, n);
        expect(addDays(`${FIRST_YEAR}-01-01`, n)).toBe(date);
        expect(addDays(date, move)).toBe(reference(date, move));
        expect(daysBetween(date, reference(date, move))).toBe(move);
        expect(weekday(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses random strings that are not such a day, and never throws', () => {
    const dateLike = fc
      .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), dateLike), (value) => {
        const parsed = parseIsoDate(value);
        if (parsed === undefined) return;
        const [y, m, d] = parsed.split('-').map(Number);
        expect(y).toBeGreaterThanOrEqual(FIRST_YEAR);
        expect(y).toBeLessThanOrEqual(LAST_YEAR);
        expect(new Date(parsed + 'T00:00:00Z').getUTCDate()).toBe(d);
        expect(m).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 5000 },
    );
  });

  it('says counts in the right number', () => {
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(12, 'day')).toBe('12 days');
  });
});
