/**
 * The answers about keeping the data safe (src/lib/data/data-care.ts), and one action per thing a person does
 * with them: ask the browser to keep the data or decline, export (recorded by data-actions.ts), or put the
 * export reminder off for a week.
 */
import { atom } from 'nanostores';
import { DATA_CARE, type PersistAnswer, type PersistSupport } from '../lib/data/data-care';
import type { IsoDate } from '../lib/core/dates';
import { persisted } from './persisted';

export const dataCare = persisted(DATA_CARE);

/** What this browser offers; `persisted` is filled in by `checkPersistence`. */
export const persistSupport = atom<PersistSupport>({ canAsk: false });

const storageManager = () => (typeof navigator === 'undefined' ? undefined : navigator.storage);

/** Reads whether the browser can be asked, and whether it already keeps the data for sure. */
export async function checkPersistence() {
  const manager = storageManager();
  const canAsk = typeof manager?.persist === 'function';
  persistSupport.set({ canAsk });
  if (!canAsk || typeof manager?.persisted !== 'function') return;
  try {
    persistSupport.set({ canAsk, persisted: await manager.persisted() });
  } catch {
    // A browser that cannot say keeps the default: the question is asked, and its answer says the rest.
  }
}

const answer = (value: PersistAnswer, today: IsoDate) => dataCare.set({ ...dataCare.get(), persist: { answer: value, on: today } });

/**
 * "Ask the browser to keep it": asks once and remembers the answer. A browser without the API or one that
 * fails counts as a refusal, so the person is told to keep an export instead, and never asked again.
 */
export async function askToKeep(today: IsoDate): Promise<PersistAnswer> {
  let granted: boolean;
  try {
    granted = (await storageManager()?.persist?.()) === true;
  } catch {
    granted = false;
  }
  const result: PersistAnswer = granted ? 'granted' : 'refused';
  answer(result, today);
  persistSupport.set({ ...persistSupport.get(), persisted: granted });
  return result;
}

/** "Not now" to keeping the data: remembered, so the question is not asked again. */
export function declineToKeep(today: IsoDate) {
  answer('declined', today);
}

/** Remembers the day of an export, which holds the reminder back for a month. */
export function recordExport(today: IsoDate) {
  dataCare.set({ ...dataCare.get(), lastExport: today });
}

/** "Not now" to the export reminder: it comes back in a week. */
export function snoozeExportReminder(today: IsoDate) {
  dataCare.set({ ...dataCare.get(), snoozed: today });
}
