/**
 * What the prep specs share: stored values written before a page's first load (and only then, so a reload
 * keeps what the page wrote since), the island being live, and axe in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { encodeValue } from '../../../src/lib/storage/storage-codec';
import { storageKey, type StoredValue } from '../../../src/lib/storage/stored-value';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** A value as the site stores it, keyed for `seedOnce`. */
export const stored = <T>(value: StoredValue<T>, data: T): [string, string] => [storageKey(value), encodeValue(value.schema, data)];

/** Writes `entries` into localStorage before the first load of this page's context only. */
export async function seedOnce(page: Page, entries: [string, string][]) {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of values) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, entries);
}

/**
 * Fills the browser's storage for the site with another site's data (as far as Callback knows), to within
 * `room` characters: what a full browser looks like to the page.
 */
export async function fillStorage(page: Page, room = 1) {
  await page.evaluate((least) => {
    let size = 1 << 20;
    for (let n = 0; size >= least; n++) {
      try {
        localStorage.setItem(`filler-${n}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
  }, room);
}

/** The page's islands are live: none still server-rendered or held inert while it loads. */
export async function islandsLive(page: Page) {
  await expect(page.locator('astro-island[inert]')).toHaveCount(0);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** axe finds nothing at WCAG 2.2 AA, in the light theme and the dark one. */
export async function noAxeViolations(page: Page) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
}
