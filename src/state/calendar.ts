import { atom, onMount } from 'nanostores';
import {
  countryOf,
  DEFAULT_PLACE,
  normalizePlace,
  PLACE,
  placeFromLanguages,
  weekendsOnly,
  workCalendar,
  type HolidayList,
  type WorkCalendar,
} from '../lib/follow-up/work-calendar';
import { persisted } from './persisted';

/**
 * Where the person is, for public holidays: the code they chose ("GB-SCT"), or "" until they choose, when the
 * browser's language says (en-GB: GB). Stored, exported and imported with the other settings.
 */
export const place = persisted(PLACE);

/**
 * The working calendar every plan on the page uses: the diagnostic, the planner, the journal and the home page
 * read this one store, so they cannot disagree. Undefined while the place's list loads (a fetch of a few kB,
 * `/holidays/<code>.json`, written by the build): a plan shows no dates until then rather than dates that move.
 */
export const calendar = atom<WorkCalendar | undefined>(undefined);

/** Why the calendar is not the one asked for, in a sentence, or undefined when it is. */
export const calendarNotice = atom<string | undefined>(undefined);

const loaded = new Map<string, HolidayList | null>();

/** The list for `code`: null when the site has none (an unknown code); throws when it cannot be fetched. */
async function fetchList(code: string): Promise<HolidayList | null> {
  if (loaded.has(code)) return loaded.get(code)!;
  const response = await fetch(`/holidays/${code}.json`);
  if (!response.ok && response.status !== 404) throw new Error(`The holiday list for ${code} could not be loaded (${response.status}).`);
  // A 404 is an answer: the site has no list for that code.
  const list = response.ok ? ((await response.json()) as HolidayList) : null;
  loaded.set(code, list);
  return list;
}

/** The place a person who has not chosen is taken to be in. */
const browserPlace = () => placeFromLanguages(typeof navigator === 'undefined' ? [] : navigator.languages);

let loading = 0;
async function load(stored: string): Promise<void> {
  const ticket = ++loading;
  const code = normalizePlace(stored) ?? browserPlace();
  let next: WorkCalendar;
  let notice: string | undefined;
  try {
    let list = await fetchList(code);
    if (!list) {
      // A region or country this build no longer knows: its country, else the default, said once.
      const fallback = code.includes('-') && (await fetchList(countryOf(code))) ? countryOf(code) : DEFAULT_PLACE;
      list = await fetchList(fallback);
      if (stored)
        notice = `The holiday calendar “${stored}” is not one this site knows, so the plan uses ${list?.name ?? fallback} until you choose another.`;
    }
    next = list ? workCalendar(list) : weekendsOnly(code);
  } catch {
    // Offline before the list was ever fetched: weekends and the quiet days still hold, and the page says so.
    next = weekendsOnly(code, 'weekends only');
    notice = 'The public holidays could not be loaded (are you offline?), so the plan skips weekends and the year-end days only.';
  }
  if (ticket !== loading) return;
  calendarNotice.set(notice);
  calendar.set(next);
}

onMount(calendar, () => {
  // Loads when a plan first needs it, and again whenever the place changes (here or in another tab).
  return place.subscribe((value) => void load(value));
});

/** Every place the site has a list for, by code, with its name: fetched when the person opens the choice. */
export async function loadPlaces(): Promise<[string, string][]> {
  const response = await fetch('/holidays/index.json');
  if (!response.ok) throw new Error(`The list of countries could not be loaded (${response.status}).`);
  return (await response.json()) as [string, string][];
}

/** The codes of every place with a list, to check an import's choice against; undefined when they cannot be loaded. */
export const knownPlaces = (): Promise<ReadonlySet<string> | undefined> =>
  loadPlaces().then(
    (places) => new Set(places.map(([code]) => code)),
    () => undefined,
  );

/** Plans from now on use the holidays of `code` ("GB-SCT"), here and in the person's other tabs. */
export function choosePlace(code: string): void {
  const normalized = normalizePlace(code);
  if (normalized) place.set(normalized);
}
