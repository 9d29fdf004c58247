/**
 * Keeping a person's data safe when it lives only in this browser: when to ask the browser to keep it
 * (`navigator.storage.persist()`), and when to remind them to export a copy. The rules are here, with the
 * stored value that remembers the answers (`callback:data-care`); src/state/data-care-actions.ts runs them, and
 * src/islands/data/DataCare.svelte shows them.
 *
 * Browsers may clear a site's storage when the device runs low on space, unless the site is "persisted";
 * Chromium grants that on its own terms (an installed or much-used site), Firefox asks the person. Either
 * way an export file is the copy that survives anything, so once the data is worth losing (three
 * interviews) and the last copy is a month old, the site says so.
 */
import { daysBetween, formatDate, isIsoDate, later, plural, type IsoDate } from '../core/dates.ts';
import type { ValueSchema } from '../storage/storage-codec.ts';
import type { StoredValue } from '../storage/stored-value.ts';
import { isObject } from '../core/guards.ts';

/**
 * What came of asking the browser to keep the data: it agreed, it refused (browsers decide themselves), or
 * the person said "Not now". Each is final: the site asks once.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const PERSIST_ANSWERS = ['granted', 'refused', 'declined'] as const;
export type PersistAnswer = (typeof PERSIST_ANSWERS)[number];

export interface DataCare {
  /** The answer to "keep my data?", and the day it was given; null until asked. */
  persist: { answer: PersistAnswer; on: IsoDate } | null;
  /** The day of the last export (from /data/ or a reminder); null if never. */
  lastExport: IsoDate | null;
  /** The day the person answered "Not now" to the export reminder; null if never. */
  snoozed: IsoDate | null;
}

/** @internal The tests start from it. */
export const EMPTY_DATA_CARE: DataCare = { persist: null, lastExport: null, snoozed: null };

/**
 * The interviews that make the data worth a copy: fewer are quick to enter again.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const REMIND_FROM_INTERVIEWS = 3;
/**
 * Days after an export (or never) before the reminder comes back: a month of new entries is worth a copy.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const REMIND_AFTER_DAYS = 30;
/** Days a "Not now" holds the export reminder back: a week, so it never nags on every visit. */
export const SNOOZE_DAYS = 7;
/** Interviews saved before the site asks the browser to keep them: the first. */
const ASK_FROM_INTERVIEWS = 1;

const isDateOrNull = (v: unknown) => v === null || isIsoDate(v);
const isPersist = (v: unknown) =>
  v === null || (isObject(v) && PERSIST_ANSWERS.includes(v.answer as PersistAnswer) && isIsoDate(v.on) && Object.keys(v).length === 2);

/** @internal The tests read and write stored text with it directly. */
export const dataCareSchema: ValueSchema<DataCare> = {
  version: 1,
  parse(data) {
    if (!isObject(data) || !isPersist(data.persist) || !isDateOrNull(data.lastExport) || !isDateOrNull(data.snoozed)) return undefined;
    const { persist, lastExport, snoozed } = data as unknown as DataCare;
    return { persist, lastExport, snoozed };
  },
};

/** The stored answers, `callback:data-care`. */
export const DATA_CARE: StoredValue<DataCare> = { name: 'data-care', schema: dataCareSchema, initial: EMPTY_DATA_CARE };

/** What the browser offers: whether `persist()` exists, and whether the data is already kept for sure. */
export interface PersistSupport {
  canAsk: boolean;
  /** From `navigator.storage.persisted()`; undefined until known. */
  persisted?: boolean;
}

/**
 * Whether to ask the browser to keep the data: there is an interview worth keeping, the browser can be
 * asked, the data is not already kept, and nobody has answered before (here, or in an imported file).
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function shouldAskToKeep(interviews: number, care: DataCare, support: PersistSupport): boolean {
  return interviews >= ASK_FROM_INTERVIEWS && support.canAsk && support.persisted !== true && care.persist === null;
}

/**
 * Whether to remind the person to export: three or more interviews, no export in the last 30 days (or
 * ever), and no "Not now" in the last week. A date after `today` (a clock put right since) proves nothing,
 * so it counts as no date.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function exportReminderDue(interviews: number, care: DataCare, today: IsoDate): boolean {
  if (interviews < REMIND_FROM_INTERVIEWS) return false;
  const since = (date: IsoDate | null) => (date === null || date > today ? Infinity : daysBetween(date, today));
  return since(care.lastExport) >= REMIND_AFTER_DAYS && since(care.snoozed) >= SNOOZE_DAYS;
}

/** What to show now, one thing at a time: the ask comes first (it is once), then the reminder. */
export function careToShow(interviews: number, care: DataCare, support: PersistSupport, today: IsoDate): 'ask' | 'export' | undefined {
  if (shouldAskToKeep(interviews, care, support)) return 'ask';
  return exportReminderDue(interviews, care, today) ? 'export' : undefined;
}

/**
 * The reminder's words: how much is at stake and how old the last copy is. "You have 4 interviews saved
 * only in this browser and have not exported them yet."
 */
export function exportReminderText(interviews: number, care: DataCare, today: IsoDate): string {
  const saved = `You have ${plural(interviews, 'interview')} saved only in this browser`;
  if (care.lastExport === null || care.lastExport > today) return `${saved} and have not exported them yet.`;
  const days = daysBetween(care.lastExport, today);
  return `${saved}; your last export was ${plural(days, 'day')} ago (${formatDate(care.lastExport, today)}).`;
}

/** What the browser said, in plain words, for the person and for the data page's summary. */
export const PERSIST_WORDS: Record<PersistAnswer, string> = {
  granted: 'This browser has agreed to keep your data until you delete it.',
  refused:
    "This browser didn't promise to keep your data (browsers decide this themselves). It usually keeps it anyway; an export now and then is a copy of your own.",
  declined: 'You chose not to ask this browser to keep your data. An export now and then is a copy of your own.',
};

/**
 * An import's answers added to these: the later export counts; an answer given here stays (it was given to
 * this browser), and one from the file fills in only where none was given.
 */
export function mergeDataCare(current: DataCare, incoming: DataCare): DataCare {
  const latest = (a: IsoDate | null, b: IsoDate | null) => (a && b ? later(a, b) : (a ?? b));
  return {
    persist: current.persist ?? incoming.persist,
    lastExport: latest(current.lastExport, incoming.lastExport),
    snoozed: latest(current.snoozed, incoming.snoozed),
  };
}

/** One line for the data page: "Last export: Monday, November 30" and the browser's answer, if any. */
export function describeDataCare(care: DataCare, today?: IsoDate): string {
  const exported = care.lastExport ? `Last export: ${formatDate(care.lastExport, today)}` : 'No export yet';
  const kept = care.persist?.answer === 'granted' ? '; this browser agreed to keep your data' : '';
  return `${exported}${kept}`;
}
