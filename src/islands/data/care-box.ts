/**
 * The data-care box (DataCare.svelte) for a tool that shows it above a list of interviews (the journal, the
 * diagnostic's start): decided before the list renders, so that the box and the list take their places in one
 * frame. A box appearing above a list already on screen moved every row under the person's eyes.
 */
import type { Component } from 'svelte';
import { checkPersistence } from '../../state/data-care-actions';

type CareBox = Component<{ today?: string }>;

/** The box's code, loaded only when it has something to say. */
export const loadCareBox = (): Promise<CareBox> => import('./DataCare.svelte').then((m) => m.default);

/**
 * Asks the browser whether it keeps the data (the question depends on it), then loads the box when
 * `wanted()` says it has something to say. Never fails: a box that cannot load (offline, its file not kept)
 * is left out rather than holding the list back.
 */
export async function firstCareBox(wanted: () => unknown): Promise<CareBox | undefined> {
  try {
    await checkPersistence();
    return wanted() ? await loadCareBox() : undefined;
  } catch {
    return undefined;
  }
}
