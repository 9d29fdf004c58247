/**
 * The working calendar: which days a plan may use in a place, from the build's holiday lists (date-holidays),
 * and the words that say why a date moved. Table cases for the holidays a coach would name; properties for the
 * rules every calendar keeps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekday } from '../../../src/lib/core/dates';
import {
  dayOff,
  isQuietDay,
  isWorkingDay,
  movedBecause,
  nextPlanDay,
  normalizePlace,
  PLACE,
  placeFromLanguages,
  SEASONS_GUIDE,
  seasonLine,
  seasonOf,
  weekendsOnly,
  workingDaysBetween,
} from '../../../src/lib/follow-up/work-calendar';
import { holidayList, withRegions } from '../../../scripts/lib/holidays';
import { calendarOf, US } from '../../fixtures/calendars.ts';

const day = fc.integer({ min: 0, max: 12 * 365 }).map((n) => addDays('2024-01-01', n));

describe('the holidays a plan skips', () => {
  it.each([
    ['US', '2026-11-26', 'Thanksgiving Day'],
    ['US', '2026-09-07', 'Labor Day'],
    ['GB', '2026-04-06', 'Easter Monday'],
    ['AU', '2026-04-06', 'Easter Monday'],
    ['CA', '2026-07-01', 'Canada Day'],
    ['IE', '2026-03-17', 'St. Patrick’s Day'],
    ['DE', '2026-10-03', 'National Holiday'],
    ['IN', '2026-01-26', 'Republic Day'],
  ])('%s: %s is %s, not a working day', (code, date, name) => {
    const calendar = calendarOf(code);
    expect(calendar.holiday(date)).toBe(name);
    expect(isWorkingDay(date, calendar)).toBe(false);
    expect(nextPlanDay(date, calendar)).not.toBe(date);
  });

  it('a regional holiday: Scotland keeps St Andrew’s Day and works on Easter Monday; England the other way round', () => {
    const scotland = calendarOf('GB-SCT');
    const england = calendarOf('GB-ENG');
    expect(scotland.holiday('2026-11-30')).toMatch(/St Andrew/);
    expect(isWorkingDay('2026-11-30', england)).toBe(true);
    expect(isWorkingDay('2026-04-06', scotland)).toBe(true);
    expect(england.holiday('2026-04-06')).toBe('Easter Monday');
    // Quebec's Fête nationale is Quebec's alone.
    expect(isWorkingDay('2026-06-24', calendarOf('CA-QC'))).toBe(false);
    expect(isWorkingDay('2026-06-24', calendarOf('CA-ON'))).toBe(true);
  });

  it('lists a country’s regions only where their holidays differ, each with its own list', () => {
    const regions = withRegions('CA')!.regions!.map((r) => r.code);
    expect(regions).toEqual(expect.arrayContaining(['CA-QC', 'CA-ON']));
    for (const code of regions) expect(holidayList(code)!.days).not.toEqual(holidayList('CA')!.days);
    expect(holidayList('XX')).toBeUndefined();
    expect(holidayList('GB-XYZ')).toBeUndefined();
  });

  it('names the United States in US English', () => {
    expect(Object.values(holidayList('US')!.days)).not.toContain('Labour Day');
    expect(US.name).toBe('the United States');
  });
});

describe('the rules every calendar keeps', () => {
  const calendars = fc.constantFrom(...['US', 'GB', 'GB-SCT', 'CA-QC', 'AU-NSW', 'DE-BY', 'IN'].map(calendarOf), weekendsOnly());

  it('the next plan day is the first day from the date that is a working day outside the quiet days', () => {
    fc.assert(
      fc.property(day, calendars, (date, calendar) => {
        const next = nextPlanDay(date, calendar);
        expect(next >= date).toBe(true);
        expect(isWorkingDay(next, calendar) && !isQuietDay(next)).toBe(true);
        for (let d = date; d < next; d = addDays(d, 1)) expect(dayOff(d, calendar)).toBeDefined();
        expect(nextPlanDay(next, calendar)).toBe(next);
      }),
      { numRuns: 5_000 },
    );
  });

  it('the quiet days are December 24 to January 1, every year', () => {
    fc.assert(
      fc.property(day, (date) => {
        const [, month, dayOfMonth] = date.split('-').map(Number);
        expect(isQuietDay(date)).toBe((month === 12 && dayOfMonth >= 24) || (month === 1 && dayOfMonth === 1));
      }),
      { numRuns: 2_000 },
    );
  });

  it('working days counted are working days: weekdays without a holiday', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), calendars, (from, span, calendar) => {
        const to = addDays(from, span);
        let count = 0;
        for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (![0, 6].includes(weekday(d)) && !calendar.holiday(d)) count++;
        expect(workingDaysBetween(from, to, calendar)).toBe(count);
      }),
      { numRuns: 2_000 },
    );
  });

  it('says why a date moved, naming each holiday it passed', () => {
    expect(movedBecause('2026-11-26', '2026-11-27', US, '2026-11-20')).toBe(
      'Thursday, November 26 is Thanksgiving Day, a public holiday in the United States',
    );
    expect(movedBecause('2026-12-24', '2027-01-04', US, '2026-12-20')).toMatch(/^nothing is planned in the year-end quiet days/);
    expect(movedBecause('2026-12-05', '2026-12-07', US)).toBe('weekends are skipped');
    expect(movedBecause('2026-12-07', '2026-12-07', US)).toBeUndefined();
  });
});

describe('seasons', () => {
  it('links to a section of the guide that exists', () => {
    const [, lesson, anchor] = /^\/guides\/([^/]+)\/#(.+)$/.exec(SEASONS_GUIDE)!;
    const text = readFileSync(join(import.meta.dirname, '../../../content/lessons', `${lesson}.mdx`), 'utf8');
    expect(text).toMatch(new RegExp(`^## .+ \\{#${anchor}\\}$`, 'm'));
  });

  it('a wait through the year-end is longer; one through a national holiday a little; August where Europe is away', () => {
    expect(seasonLine(seasonOf('2026-12-15', '2027-01-05', US))).toMatch(/year-end holidays/);
    expect(seasonLine(seasonOf('2026-11-20', '2026-11-30', US), '2026-11-30')).toBe(
      'The wait includes Thanksgiving Day (Thursday, November 26), a public holiday; expect it to be a little longer.',
    );
    expect(seasonOf('2026-08-03', '2026-08-20', calendarOf('FR'))).toEqual({ kind: 'summer' });
    expect(seasonOf('2026-08-03', '2026-08-20', US)).toBeUndefined();
    expect(seasonOf('2026-10-13', '2026-10-20', US)).toBeUndefined();
  });
});

describe('the chosen place', () => {
  it('reads a code in any case and spacing, and refuses what cannot be one', () => {
    expect(normalizePlace(' gb-sct ')).toBe('GB-SCT');
    expect(normalizePlace('US')).toBe('US');
    for (const bad of ['USA', 'G', '', 'GB_SCT', 42, null, 'GB-TOOLONG']) expect(normalizePlace(bad)).toBeUndefined();
    // Stored: "" means not chosen yet; anything unreadable is not kept.
    expect(PLACE.schema.parse('')).toBe('');
    expect(PLACE.schema.parse('ca-qc')).toBe('CA-QC');
    expect(PLACE.schema.parse({ code: 'US' })).toBeUndefined();
  });

  it('defaults from the browser’s language region, else the United States', () => {
    const known = (code: string) => holidayList(code) !== undefined;
    expect(placeFromLanguages(['en-GB', 'en'], known)).toBe('GB');
    expect(placeFromLanguages(['fr-CA'], known)).toBe('CA');
    expect(placeFromLanguages(['zh-Hant-TW'], known)).toBe('TW');
    expect(placeFromLanguages(['en'], known)).toBe('US');
    expect(placeFromLanguages(['en-XX', 'de-DE'], known)).toBe('DE');
    expect(placeFromLanguages([], known)).toBe('US');
  });
});
