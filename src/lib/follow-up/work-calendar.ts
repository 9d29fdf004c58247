/**
 * The person's working calendar: which days a plan may use. A working day is a weekday that is not a public
 * holiday where they are; on top of that, nothing is planned in the year's quiet days (December 24 to
 * January 1), when most offices are closed or thin and a message waits in an inbox until the new year.
 *
 * The holidays themselves come from the date-holidays library, read at build time (scripts/lib/holidays.ts)
 * into one small list per country or region, so a browser loads only the list of the place chosen, never the
 * rules of 200 countries. This module only reads such a list: pure, the same in the browser, the CLI and tests.
 */
import { addDays, daysBetween, formatDate, weekday, type IsoDate } from '../core/dates.ts';
import type { ValueSchema } from '../storage/storage-codec.ts';
import type { StoredValue } from '../storage/stored-value.ts';

/** One place's public holidays, as the build writes them: `/holidays/<code>.json`. */
export interface HolidayList {
  /** ISO 3166-1 alpha-2, with a region after a hyphen where holidays differ by region: "US", "GB-SCT". */
  code: string;
  /** How the place reads in a sentence: "United States", "Scotland, United Kingdom". */
  name: string;
  /** The years the list covers, first and last; outside them only weekends and the quiet days count. */
  from: number;
  to: number;
  /** Each public holiday by date, with its name. */
  days: Readonly<Record<IsoDate, string>>;
  /** For a country: its regions whose holidays differ from the national list, by code, with their names. */
  regions?: readonly { code: string; name: string }[];
}

/** Why a day is not one a plan may use. */
export type DayOff = { kind: 'weekend' } | { kind: 'holiday'; name: string } | { kind: 'quiet' };

export interface WorkCalendar {
  /** The place's code ("US", "GB-SCT"). */
  readonly code: string;
  /** "United States". */
  readonly name: string;
  /** The holiday's name when `date` is a public holiday here. */
  holiday(date: IsoDate): string | undefined;
}

/** The place every calendar falls back to when nothing else is known, as the CLI contract says. */
export const DEFAULT_PLACE = 'US';

/** A code as the settings, the CLI and an import write it: a country, or a country and a region. */
const PLACE_CODE = /^[A-Z]{2}(?:-[A-Z0-9]{1,4})?$/;

/** "us-ca" or " GB " as the canonical "US-CA" and "GB"; undefined when it cannot be a code at all. */
export function normalizePlace(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return PLACE_CODE.test(code) ? code : undefined;
}

/** The country part of a place code: "GB" for "GB-SCT". */
export const countryOf = (code: string) => code.slice(0, 2);

/** A calendar from a holiday list. */
export function workCalendar(list: HolidayList): WorkCalendar {
  const days = new Map(Object.entries(list.days));
  return { code: list.code, name: list.name, holiday: (date) => days.get(date) };
}

/**
 * Weekends and the quiet days only: for a place whose list could not be loaded (offline on a first visit),
 * said as such wherever the plan names its calendar.
 */
export function weekendsOnly(code = DEFAULT_PLACE, name = 'weekends only'): WorkCalendar {
  return { code, name, holiday: () => undefined };
}

/** The first and last day of the quiet days around a new year: December 24 to January 1. */
const QUIET_FROM = '12-24';
const QUIET_TO = '01-01';

/**
 * Whether `date` is one of the year's quiet days.
 * @internal Exported for the tests, which check plans against it.
 */
export function isQuietDay(date: IsoDate): boolean {
  const monthDay = date.slice(5);
  return monthDay >= QUIET_FROM || monthDay <= QUIET_TO;
}

/**
 * Why a plan may not use `date`, or undefined when it may. The holiday outranks the weekend it falls on.
 * @internal Exported for the tests, which check the next plan day against it.
 */
export function dayOff(date: IsoDate, calendar: WorkCalendar): DayOff | undefined {
  if (isQuietDay(date)) return { kind: 'quiet' };
  const name = calendar.holiday(date);
  if (name) return { kind: 'holiday', name };
  const day = weekday(date);
  return day === 0 || day === 6 ? { kind: 'weekend' } : undefined;
}

/**
 * A weekday that is not a public holiday (quiet days aside: a working day can be December 28).
 * @internal Exported for the tests, which check plans against it.
 */
export function isWorkingDay(date: IsoDate, calendar: WorkCalendar): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !calendar.holiday(date);
}

/**
 * `date` itself when a plan may use it, else the first day after it that a plan may use: a working day
 * outside the quiet days. Every date the plan gives goes through here.
 */
export function nextPlanDay(date: IsoDate, calendar: WorkCalendar): IsoDate {
  let day = date;
  // At most the quiet days plus a few holidays and weekends: a bound keeps a broken list from looping.
  for (let i = 0; i < 40 && dayOff(day, calendar); i++) day = addDays(day, 1);
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return count;
}

/**
 * The days a date aimed at `aimed` passed over to land on `landed` (from `aimed`, before `landed`), each with why
 * a plan could not use it: what moved the date, for its words and for the holidays a result lists.
 */
export function daysPassedOver(aimed: IsoDate, landed: IsoDate, calendar: WorkCalendar): { date: IsoDate; off: DayOff }[] {
  const passed: { date: IsoDate; off: DayOff }[] = [];
  for (let day = aimed; day < landed; day = addDays(day, 1)) {
    const off = dayOff(day, calendar);
    if (off) passed.push({ date: day, off });
  }
  return passed;
}

/**
 * Why a date aimed at `aimed` lands on `landed`, in words, or undefined when it did not move: "Thursday,
 * November 26 is Thanksgiving Day, a public holiday in the United States", "nothing is planned in the year-end
 * quiet days, December 24 to January 1", "weekends are skipped".
 */
export function movedBecause(aimed: IsoDate, landed: IsoDate, calendar: WorkCalendar, today?: IsoDate): string | undefined {
  if (aimed >= landed) return undefined;
  const reasons: string[] = [];
  let weekend = false;
  let quiet = false;
  for (const { date, off } of daysPassedOver(aimed, landed, calendar)) {
    if (off.kind === 'holiday') reasons.push(`${formatDate(date, today)} is ${off.name}, a public holiday in ${calendar.name}`);
    else if (off.kind === 'quiet') quiet = true;
    else weekend = true;
  }
  if (quiet) reasons.unshift('nothing is planned in the year-end quiet days, December 24 to January 1');
  if (weekend && !quiet) reasons.push('weekends are skipped');
  return reasons.join(', and ');
}

/** The guide's section on how the calendar slows hiring, linked from every season line. */
export const SEASONS_GUIDE = '/guides/hiring-calendar/#seasons';

/** A slow season, for the line that says to expect a wait to be longer. */
export type Season = { kind: 'year-end' } | { kind: 'holiday'; name: string; date: IsoDate } | { kind: 'summer' };

/** Countries where August is the usual month for long holidays, so a wait through it runs longer. */
const AUGUST_HOLIDAY_COUNTRIES = new Set(['FR', 'DE', 'IT', 'ES', 'BE', 'NL', 'AT', 'CH', 'PT', 'GR', 'SE', 'DK', 'NO', 'FI']);

/**
 * The slow season a wait from `from` to `to` runs through, if any: the year-end or a European August anywhere in
 * it, or a public holiday still ahead of `today` (one gone by is no reason to expect more of a wait).
 */
export function seasonOf(from: IsoDate, to: IsoDate, calendar: WorkCalendar, today: IsoDate = from): Season | undefined {
  if (to < from) return undefined;
  const span = daysBetween(from, to);
  // A wait of a year or more overlaps every season: saying so would say nothing.
  if (span > 120) return undefined;
  let holiday: Season | undefined;
  let summer = false;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (isQuietDay(day)) return { kind: 'year-end' };
    const name = calendar.holiday(day);
    if (name && !holiday && day >= today && weekday(day) !== 0 && weekday(day) !== 6) holiday = { kind: 'holiday', name, date: day };
    if (day.slice(5, 7) === '08' && AUGUST_HOLIDAY_COUNTRIES.has(countryOf(calendar.code))) summer = true;
  }
  return summer ? { kind: 'summer' } : holiday;
}

/** The line that says a wait runs through a slow season, or undefined when it does not. */
export function seasonLine(season: Season | undefined, today?: IsoDate): string | undefined {
  if (!season) return undefined;
  if (season.kind === 'year-end') return 'The wait includes the year-end holidays, when most offices slow down; expect it to be longer.';
  if (season.kind === 'summer') return 'The wait runs into August, when much of Europe is on holiday; expect it to be longer.';
  return `The wait includes ${season.name} (${formatDate(season.date, today)}), a public holiday; expect it to be a little longer.`;
}

/**
 * The chosen place, `callback:calendar`: a code such as "GB-SCT", or "" until the person chooses, which means
 * the country of the browser's language ("en-GB": GB), else the default.
 */
const placeSchema: ValueSchema<string> = {
  version: 1,
  parse: (data) => (data === '' ? '' : normalizePlace(data)),
};
export const PLACE: StoredValue<string> = { name: 'calendar', schema: placeSchema, initial: '' };

/**
 * The place a browser's languages suggest ("en-GB" → "GB", "zh-Hant-TW" → "TW"): the first with a region `known`
 * accepts; else the default.
 */
export function placeFromLanguages(languages: readonly string[], known: (code: string) => boolean = () => true): string {
  for (const language of languages) {
    const region = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Za-z]{2})\b/.exec(language)?.[1]?.toUpperCase();
    if (region && known(region)) return region;
  }
  return DEFAULT_PLACE;
}
