/**
 * Public holidays for every country and region the date-holidays library knows, read once at build time
 * into one small list per place (src/lib/follow-up/work-calendar.ts reads them): a browser then fetches only
 * the list of the place a person chose, `/holidays/<code>.json`, never the library and its rules for 200
 * countries (about 150 kB gzipped of code and time-zone data). The CLI and the tests read the same lists
 * from here.
 *
 * Only holidays of type "public" count (with their substitute days): bank-only days, school days and
 * observances are working days for almost everyone. A region is listed only where its holidays differ from
 * its country's.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import type { HolidayList } from '../../src/lib/follow-up/work-calendar.ts';

/**
 * The years each list covers: from a few years back (past interviews in a journal) to well past any plan
 * made before the site's next rebuild. Outside them only weekends and the quiet days count.
 */
const HOLIDAY_YEARS = { from: 2020, to: 2040 } as const;

/** Where the build writes the lists, under the site's root: `/holidays/US.json`. */
const HOLIDAYS_DIR = 'holidays';

/** The library's names where they are not the ones Americans use (the site writes US English). */
const NAMES: Record<string, string> = { US: 'the United States', GB: 'the United Kingdom' };
const US_HOLIDAY_NAMES: Record<string, string> = { 'Labour Day': 'Labor Day' };

const library = new Holidays();
const VERSION: string = createRequire(import.meta.url)('date-holidays/package.json').version;

function publicDays(hd: Holidays, country: string): Map<string, string> {
  const days = new Map<string, string>();
  for (let year = HOLIDAY_YEARS.from; year <= HOLIDAY_YEARS.to; year++) {
    for (const h of hd.getHolidays(year, 'en')) {
      if (h.type !== 'public') continue;
      const date = h.date.slice(0, 10);
      // Two names on one day ("Christmas Day" and a regional one) read as one: the first is kept.
      if (!days.has(date)) days.set(date, country === 'US' ? (US_HOLIDAY_NAMES[h.name] ?? h.name) : h.name);
    }
  }
  return days;
}

/** The countries, by code, with their names. */
function holidayCountries(): { code: string; name: string }[] {
  return Object.entries(library.getCountries('en')).map(([code, name]) => ({ code, name: NAMES[code] ?? name }));
}

const lists = new Map<string, HolidayList | undefined>();

/**
 * The list for "US" or "GB-SCT", or undefined for a code the library does not know (or a region whose holidays
 * are its country's). A country's list names its regions only from `withRegions`, which computes every one.
 */
export function holidayList(code: string): HolidayList | undefined {
  if (lists.has(code)) return lists.get(code);
  const [country, region] = code.split('-');
  const countries = library.getCountries('en');
  let list: HolidayList | undefined;
  if (country in countries) {
    const countryName = NAMES[country] ?? countries[country];
    const national = region ? holidayList(country)!.days : Object.fromEntries(publicDays(new Holidays(country), country));
    if (!region) list = { code, name: countryName, ...HOLIDAY_YEARS, days: national };
    else {
      const regionName = library.getStates(country, 'en')?.[region];
      const days = regionName ? publicDays(new Holidays(country, region), country) : undefined;
      const differs = days && (days.size !== Object.keys(national).length || [...days.keys()].some((date) => !(date in national)));
      if (regionName && differs)
        list = { code, name: `${regionName}, ${countryName.replace(/^the /, '')}`, ...HOLIDAY_YEARS, days: Object.fromEntries(days) };
    }
  }
  lists.set(code, list);
  return list;
}

/** A country's list with its regions whose holidays differ from it, as the country control offers them. */
export function withRegions(country: string): HolidayList | undefined {
  const list = holidayList(country);
  if (!list) return undefined;
  const regions = Object.entries(library.getStates(country, 'en') ?? {})
    .filter(([state]) => holidayList(`${country}-${state}`))
    .map(([state, name]) => ({ code: `${country}-${state}`, name }));
  return regions.length ? { ...list, regions } : list;
}

/** Every list: each country's (naming its regions), then each of its regions'. */
function allHolidayLists(): HolidayList[] {
  return holidayCountries().flatMap(({ code }) => {
    const list = withRegions(code)!;
    return [list, ...(list.regions ?? []).map((region) => holidayList(region.code)!)];
  });
}

/** Every place with a list, by code, with its name: `/holidays/index.json`, for the country control. */
export const holidayPlaces = (): [string, string][] => allHolidayLists().map((list) => [list.code, list.name]);

/**
 * Writes every list as `<dir>/holidays/<code>.json`, with `index.json` (the places, for the country control and
 * the import check). Computing them takes about 10 s, so they are kept in node_modules/.cache, by the library's
 * version and the years, and copied from there on later builds.
 */
export function writeHolidayLists(dir: string): { count: number; bytes: number } {
  const cache = join(
    import.meta.dirname,
    '../../node_modules/.cache/callback-holidays',
    `${VERSION}-${HOLIDAY_YEARS.from}-${HOLIDAY_YEARS.to}`,
  );
  if (!existsSync(join(cache, 'index.json'))) {
    mkdirSync(cache, { recursive: true });
    for (const list of allHolidayLists()) writeFileSync(join(cache, `${list.code}.json`), JSON.stringify(list));
    // Written last: its presence says the cache is whole.
    writeFileSync(join(cache, 'index.json'), JSON.stringify(holidayPlaces()));
  }
  const out = join(dir, HOLIDAYS_DIR);
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  const files = readdirSync(cache);
  for (const file of files) {
    copyFileSync(join(cache, file), join(out, file));
    bytes += readFileSync(join(out, file)).length;
  }
  return { count: files.length, bytes };
}
