/**
 * Dates as spreadsheets write them, read into calendar days. The forms, all with an optional weekday in
 * front ("Saturday, March 14, 2026") and an optional time after ("3/14/2026 10:30 AM"), which is dropped:
 *
 * - 2026-03-14 (ISO, what the journal's own export writes);
 * - 3/14/2026 and 03/14/26, month first as US spreadsheets write them; a two-digit year is 20xx;
 * - Mar 14, 2026 / March 14, 2026 / 14 March 2026 / 14 Mar 2026 / 14-Mar-26 (the month in words, so never ambiguous);
 * - 14/03/2026 and 14.03.2026 only when the person says dates are day first. Slashes are month first
 *   otherwise, and a dotted date is never read month first: 14/3/2026 is not a date until they say so,
 *   never silently swapped. `proposeDayFirst` proposes saying so when the dates can only be day first.
 *
 * Excel's serial numbers (46095) are not read: a CSV saved from a spreadsheet writes dates as shown.
 */
import { parseIsoDate, type IsoDate } from '../core/dates.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+/i;
const TIME = /(?:[ T]|,\s*|\s+at\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// "March 14, 2026", "Sept. 14 2026", "Mar 14th, 2026"
const MONTH_FIRST = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}|\d{2})$/i;
// "14 March 2026", "14th of March, 2026", "14-Mar-26"
const DAY_FIRST_WORDS = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/i;

/** The month a word names ("Mar", "March", "Sept"), 1 to 12, or 0. */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  const at = MONTHS.indexOf(lower.slice(0, 3));
  if (at < 0) return 0;
  // The whole word must be the month's name or a start of it ("Marc" is fine, "Marvel" is not); "Sept" too.
  const names = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  return names[at].startsWith(lower) || lower === 'sept' ? at + 1 : 0;
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));
const iso = (year: number, month: number, day: number) =>
  parseIsoDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

/** A date cell as a calendar day by the forms above, or undefined; `dayFirst` reads 14/03/2026 and 14.03.2026. */
export function parseSheetDate(cell: string, dayFirst = false): IsoDate | undefined {
  const text = cell.trim().replace(WEEKDAY, '').replace(TIME, '').trim();
  const isoMatch = ISO.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, a, separator, b, year] = numeric;
    if (separator === '.' && !dayFirst) return undefined;
    return dayFirst ? iso(fullYear(year), Number(b), Number(a)) : iso(fullYear(year), Number(a), Number(b));
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1]);
    return month ? iso(fullYear(monthFirst[3]), month, Number(monthFirst[2])) : undefined;
  }
  const dayWords = DAY_FIRST_WORDS.exec(text);
  if (dayWords) {
    const month = monthNumber(dayWords[2]);
    return month ? iso(fullYear(dayWords[3]), month, Number(dayWords[1])) : undefined;
  }
  return undefined;
}

/**
 * Whether the dates in `cells` can only be day first: some number date's first number is above 12 (or it
 * is written with dots, as only day-first countries do), and none has a second number above 12, which only
 * month first reads. Undecided (every number 12 or under) stays month first.
 */
export function proposeDayFirst(cells: Iterable<string>): boolean {
  let dayFirst = false;
  for (const cell of cells) {
    const numeric = NUMERIC.exec(cell.trim().replace(WEEKDAY, '').replace(TIME, '').trim());
    if (!numeric) continue;
    const [, a, separator, b] = numeric;
    if (Number(b) > 12) return false;
    if (Number(a) > 12 || separator === '.') dayFirst = true;
  }
  return dayFirst;
}
