/**
 * Dates as spreadsheets write them: every form reads back to the day it was written from, slashes are month
 * first unless the person says day first, a dotted date is never read month first, and day first is proposed
 * only when the dates can be nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from '../../../src/lib/core/dates';
import { parseSheetDate, proposeDayFirst } from '../../../src/lib/journal/csv-dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const two = (n: number) => String(n).padStart(2, '0');

/** The forms a spreadsheet writes a day in, and whether each needs "day first" said. */
const FORMS: [name: string, write: (iso: string) => string, dayFirst: boolean][] = [
  ['ISO', (iso) => iso, false],
  ['US', (iso) => ((y, m, d) => `${m}/${d}/${y}`)(...parts(iso)), false],
  ['US, two-digit year', (iso) => ((y, m, d) => `${two(m)}/${two(d)}/${two(y % 100)}`)(...parts(iso)), false],
  ['Mar 14, 2026', (iso) => ((y, m, d) => `${MONTHS[m - 1].slice(0, 3)} ${d}, ${y}`)(...parts(iso)), false],
  ['March 14, 2026', (iso) => ((y, m, d) => `${MONTHS[m - 1]} ${d}, ${y}`)(...parts(iso)), false],
  ['14 March 2026', (iso) => ((y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`)(...parts(iso)), false],
  ['14 Mar 2026', (iso) => ((y, m, d) => `${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`)(...parts(iso)), false],
  ['with its weekday (Google Sheets)', (iso) => formatDate(iso), false],
  ['with a time', (iso) => ((y, m, d) => `${m}/${d}/${y} 10:30 AM`)(...parts(iso)), false],
  ['14/03/2026', (iso) => ((y, m, d) => `${two(d)}/${two(m)}/${y}`)(...parts(iso)), true],
  ['14.03.2026', (iso) => ((y, m, d) => `${two(d)}.${two(m)}.${y}`)(...parts(iso)), true],
];

// Any day from 2000 to 2099, so a two-digit year is never ambiguous.
const dayArb = fc.integer({ min: 0, max: 36524 }).map((n) => addDays('2000-01-01', n));

describe('every form reads back to the same day', () => {
  it.each(FORMS)('%s', (_, write, dayFirst) => {
    fc.assert(
      fc.property(dayArb, (iso) => {
        expect(parseSheetDate(write(iso), dayFirst)).toBe(iso);
      }),
      { numRuns: 300 },
    );
  });

  it('forms with the month in words, or ISO, read the same whether dates are day first or not', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.constantFrom(...FORMS.filter(([name]) => /ISO|[A-Z][a-z]+ \d|\d [A-Z]|weekday/.test(name))),
        (iso, [, write]) => {
          expect(parseSheetDate(write(iso), true)).toBe(iso);
          expect(parseSheetDate(write(iso), false)).toBe(iso);
        },
      ),
    );
  });
});

describe('day first, only when said', () => {
  it('reads 04/03/2026 as April 3 unless day first is chosen, and a dotted date not at all', () => {
    fc.assert(
      fc.property(dayArb, (iso) => {
        const [y, m, d] = parts(iso);
        const dayFirst = `${two(d)}/${two(m)}/${y}`;
        const swapped = d <= 12 ? `${y}-${two(d)}-${two(m)}` : undefined;
        expect(parseSheetDate(dayFirst)).toBe(swapped);
        expect(parseSheetDate(`${two(d)}.${two(m)}.${y}`)).toBeUndefined();
      }),
    );
  });

  it('is proposed when some date can only be day first, never for US dates, and not when it cannot tell', () => {
    const dayFirst = (iso: string) => ((y, m, d) => `${d}/${m}/${y}`)(...parts(iso));
    const us = (iso: string) => ((y, m, d) => `${m}/${d}/${y}`)(...parts(iso));
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 1, maxLength: 8 }), (days) => {
        expect(proposeDayFirst(days.map(us))).toBe(false);
        const late = days.some((iso) => parts(iso)[2] > 12);
        expect(proposeDayFirst(days.map(dayFirst))).toBe(late);
        // Whatever else the column holds (words, blanks, ISO dates), the numbers decide.
        expect(proposeDayFirst(['', 'n/a', '2026-03-14', ...days.map(dayFirst)])).toBe(late);
      }),
    );
    expect(proposeDayFirst(['14.03.2026'])).toBe(true);
    expect(proposeDayFirst(['03.04.2026'])).toBe(true);
    expect(proposeDayFirst(['14/03/2026', '03/14/2026'])).toBe(false);
  });
});

describe('examples', () => {
  it.each([
    ['3/14/2026', false, '2026-03-14'],
    ['03/04/26', false, '2026-03-04'],
    [' 12/31/2025 ', false, '2025-12-31'],
    ['Sat, Mar 14 2026', false, '2026-03-14'],
    ['Sept 14, 2026', false, '2026-09-14'],
    ['14-Mar-26', false, '2026-03-14'],
    ['March 14th, 2026', false, '2026-03-14'],
    ['2026-03-14T09:30:00Z', false, '2026-03-14'],
    ['14/3/2026', false, undefined],
    ['14/3/2026', true, '2026-03-14'],
    ['2/30/2026', false, undefined],
    ['Marvel 14, 2026', false, undefined],
    ['46095', false, undefined],
    ['soon', false, undefined],
    ['', false, undefined],
  ])('%s (day first: %s) reads as %s', (cell, dayFirst, date) => {
    expect(parseSheetDate(cell, dayFirst)).toBe(date);
  });
});
