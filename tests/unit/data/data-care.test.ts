/**
 * When the site asks the browser to keep the data, and when it reminds a person to export: table-driven
 * for the edges a person would notice, and properties over generated counts and dates for the rest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  careToShow,
  DATA_CARE,
  dataCareSchema,
  describeDataCare,
  EMPTY_DATA_CARE,
  exportReminderDue,
  exportReminderText,
  mergeDataCare,
  PERSIST_ANSWERS,
  REMIND_AFTER_DAYS,
  REMIND_FROM_INTERVIEWS,
  shouldAskToKeep,
  SNOOZE_DAYS,
  type DataCare,
} from '../../../src/lib/data/data-care';
import { addDays, daysBetween } from '../../../src/lib/core/dates';
import { decodeValue, encodeValue } from '../../../src/lib/storage/storage-codec';

const today = '2026-11-30';
const care = (patch: Partial<DataCare> = {}): DataCare => ({ ...EMPTY_DATA_CARE, ...patch });
const CAN_ASK = { canAsk: true, persisted: false };

/** A date the site accepts, as fast-check generates them: days around `today`. */
const dateNear = (days = 400) => fc.integer({ min: -days, max: days }).map((n) => addDays(today, n));
const maybeDate = fc.option(dateNear(), { nil: null });
const anyCare = fc.record({
  persist: fc.option(fc.record({ answer: fc.constantFrom(...PERSIST_ANSWERS), on: dateNear() }), { nil: null }),
  lastExport: maybeDate,
  snoozed: maybeDate,
});

describe('asking the browser to keep the data', () => {
  it.each([
    ['no interview yet', 0, care(), CAN_ASK, false],
    ['the first saved interview', 1, care(), CAN_ASK, true],
    ['a browser without navigator.storage.persist()', 1, care(), { canAsk: false }, false],
    ['data the browser already keeps for sure', 3, care(), { canAsk: true, persisted: true }, false],
    ['before the browser has said whether it keeps it', 1, care(), { canAsk: true }, true],
    ['once answered, whatever the answer', 2, care({ persist: { answer: 'refused', on: today } }), CAN_ASK, false],
    ['once declined with "Not now"', 2, care({ persist: { answer: 'declined', on: today } }), CAN_ASK, false],
  ])('%s: ask %s', (_, count, stored, support, ask) => {
    expect(shouldAskToKeep(count as number, stored as DataCare, support)).toBe(ask);
  });

  it('is asked at most once: any answer stops it, for any count and support', () => {
    fc.assert(
      fc.property(fc.nat(600), fc.constantFrom(...PERSIST_ANSWERS), dateNear(), fc.boolean(), (count, answer, on, canAsk) => {
        expect(shouldAskToKeep(count, care({ persist: { answer, on } }), { canAsk })).toBe(false);
      }),
    );
  });
});

describe('the export reminder', () => {
  it.each([
    ['two interviews, never exported', 2, care(), false],
    ['three interviews, never exported', 3, care(), true],
    ['exported 29 days ago', 5, care({ lastExport: addDays(today, -29) }), false],
    ['exported 30 days ago', 5, care({ lastExport: addDays(today, -30) }), true],
    ['"Not now" 6 days ago', 5, care({ snoozed: addDays(today, -6) }), false],
    ['"Not now" a week ago', 5, care({ snoozed: addDays(today, -7) }), true],
    ['an export dated after today (the clock was wrong)', 5, care({ lastExport: addDays(today, 3) }), true],
  ])('%s: due %s', (_, count, stored, due) => {
    expect(exportReminderDue(count as number, stored as DataCare, today)).toBe(due);
  });

  it('is due exactly when there are 3+ interviews, no export in 30 days and no "Not now" in 7', () => {
    fc.assert(
      fc.property(fc.nat(600), anyCare, (count, stored) => {
        const quiet = (date: string | null, days: number) => date === null || date > today || daysBetween(date, today) >= days;
        const expected =
          count >= REMIND_FROM_INTERVIEWS && quiet(stored.lastExport, REMIND_AFTER_DAYS) && quiet(stored.snoozed, SNOOZE_DAYS);
        expect(exportReminderDue(count, stored, today)).toBe(expected);
      }),
    );
  });

  it('rests for a month after an export, whatever else is stored', () => {
    fc.assert(
      fc.property(fc.nat(600), anyCare, fc.integer({ min: 0, max: REMIND_AFTER_DAYS - 1 }), (count, stored, ago) => {
        expect(exportReminderDue(count, { ...stored, lastExport: addDays(today, -ago) }, today)).toBe(false);
      }),
    );
  });

  it('more interviews never silence it, and a later export never brings it sooner', () => {
    fc.assert(
      fc.property(fc.nat(600), fc.nat(100), anyCare, dateNear(), (count, more, stored, exported) => {
        if (exportReminderDue(count, stored, today)) expect(exportReminderDue(count + more, stored, today)).toBe(true);
        const laterExport = stored.lastExport && stored.lastExport <= today && exported > stored.lastExport && exported <= today;
        if (laterExport && !exportReminderDue(count, stored, today)) {
          expect(exportReminderDue(count, { ...stored, lastExport: exported }, today)).toBe(false);
        }
      }),
    );
  });

  it('says what is at stake and how old the last copy is', () => {
    expect(exportReminderText(4, care(), today)).toBe('You have 4 interviews saved only in this browser and have not exported them yet.');
    expect(exportReminderText(3, care({ lastExport: '2026-10-16' }), today)).toBe(
      'You have 3 interviews saved only in this browser; your last export was 45 days ago (Friday, October 16).',
    );
  });
});

describe('what to show', () => {
  it('asks first (once), then reminds', () => {
    expect(careToShow(3, care(), CAN_ASK, today)).toBe('ask');
    expect(careToShow(3, care({ persist: { answer: 'granted', on: today } }), CAN_ASK, today)).toBe('export');
    expect(careToShow(3, care(), { canAsk: false }, today)).toBe('export');
    expect(careToShow(1, care(), { canAsk: false }, today)).toBeUndefined();
  });
});

describe('the stored value', () => {
  it('keeps what it stores, and refuses what is not its shape', () => {
    fc.assert(
      fc.property(anyCare, (stored) => {
        expect(decodeValue(dataCareSchema, encodeValue(dataCareSchema, stored))).toMatchObject({ ok: true, value: stored });
      }),
    );
    for (const bad of [null, [], { persist: 'yes', lastExport: null, snoozed: null }, { ...EMPTY_DATA_CARE, lastExport: '2026-02-30' }]) {
      expect(dataCareSchema.parse(bad)).toBeUndefined();
    }
    expect(DATA_CARE.name).toBe('data-care');
  });

  it('merges an import: the later export wins, an answer given here stays, and merging into nothing gives the import', () => {
    fc.assert(
      fc.property(anyCare, anyCare, (here, file) => {
        const merged = mergeDataCare(here, file);
        expect(mergeDataCare(EMPTY_DATA_CARE, file)).toEqual(file);
        expect(mergeDataCare(here, here)).toEqual(here);
        expect(merged.persist).toEqual(here.persist ?? file.persist);
        for (const date of [here.lastExport, file.lastExport]) if (date) expect(merged.lastExport! >= date).toBe(true);
      }),
    );
  });

  it('describes itself for the data page', () => {
    expect(describeDataCare(EMPTY_DATA_CARE)).toBe('No export yet');
    expect(describeDataCare(care({ lastExport: today, persist: { answer: 'granted', on: today } }), today)).toBe(
      'Last export: Monday, November 30; this browser agreed to keep your data',
    );
  });
});
