/**
 * Calendar dates as ISO strings (YYYY-MM-DD), with arithmetic in whole days. Dates here are days in the
 * person's own calendar, never instants, so all arithmetic happens in UTC and no time zone can shift them.
 */

export type IsoDate = string;

/** The years the site accepts and can show: anything outside is refused as a typo, not stored. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/**
 * Days since 1970-01-01 for a calendar date of the proleptic Gregorian calendar, by arithmetic alone
 * (Howard Hinnant's days_from_civil): no Date object, as the journal checks and moves thousands of dates
 * when it opens with hundreds of interviews. tests/unit/core/dates.test.ts checks it against Date.
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date of a day number (civil_from_days, the inverse of dayNumber). */
function civilDate(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The one date parser: `value` as an IsoDate when it is a real calendar date written YYYY-MM-DD in the
 * years the site accepts (so 2026-02-30, 0001-01-01 and 10000-01-01 are not), else undefined.
 */
export function parseIsoDate(value: unknown): IsoDate | undefined {
  // Character by character, with no regular expression and no array: every stored date is checked on each
  // read, thousands of times as a full journal opens.
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  return day <= (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]) ? value : undefined;
}

/** The number the characters from `start` to `end` of `text` write, or -1 if one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Whether `value` is a date the site accepts (see parseIsoDate). */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== undefined;
}

function toDays(date: IsoDate): number {
  return dayNumber(digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function fromDays(days: number): IsoDate {
  const [year, month, day] = civilDate(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `date` moved by `n` days (negative goes back). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDays(toDays(date) + n);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDays(to) - toDays(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDays(date) + 4) % 7) + 7) % 7;
}

/** The earlier of two dates. */
export function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** The later of two dates. */
export function later(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Today in the person's own time zone (not UTC), as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "Monday, December 7", as Americans write it, with the year when it is not `today`'s year ("Monday,
 * December 7, 2026"). Composed by hand rather than with toLocaleDateString, whose punctuation differs
 * between browsers and ICU versions.
 */
export function formatDate(date: IsoDate, today?: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  const text = `${WEEKDAYS[weekday(date)]}, ${MONTHS[month - 1]} ${day}`;
  return today && today.slice(0, 4) === date.slice(0, 4) ? text : `${text}, ${year}`;
}

/** "5 days", "1 day": a count with its noun, singular or plural. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
