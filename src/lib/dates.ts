/**
 * Calendar dates as ISO strings (YYYY-MM-DD), with arithmetic in whole days. Dates here are days in the
 * person's own calendar, never instants, so all arithmetic happens in UTC and no time zone can shift them.
 */

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** The years the site accepts and can show: anything outside is refused as a typo, not stored. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/** Days since 1970-01-01 for a calendar date. setUTCFullYear, unlike Date.UTC, never maps years 0–99 to 1900–1999. */
function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / DAY_MS;
}

/**
 * The one date parser: `value` as an IsoDate when it is a real calendar date written YYYY-MM-DD in the
 * years the site accepts (so 2026-02-30, 0001-01-01 and 10000-01-01 are not), else undefined.
 */
export function parseIsoDate(value: unknown): IsoDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  // A day past the month's end rolls into the next month: compare with the 1st of the next month.
  return dayNumber(year, month, day) < dayNumber(year, month + 1, 1) ? value : undefined;
}

/** Whether `value` is a date the site accepts (see parseIsoDate). */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== undefined;
}

function toDays(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return dayNumber(y, m, d);
}

function fromDays(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
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
  return new Date(toDays(date) * DAY_MS).getUTCDay();
}

/** The date itself on a weekday, else the Monday after: nobody reads a follow-up sent on a Saturday. */
export function onWeekday(date: IsoDate): IsoDate {
  const day = weekday(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
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
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
