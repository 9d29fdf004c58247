/** Search: relevance and coverage on the built index, and the dialog by keyboard in Chromium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { rank as rankIds, tokenize } from '../../src/lib/search/search';
import { loadParts, META_PATH } from '../../src/lib/search/shards';
import { REASON_IDS, REASONS_LESSON } from '../../src/lib/diagnostic/reasons';
import { doc, DIST, lessonIds, searchParts } from './helpers/site';

/** The index the build wrote, every part of it loaded: what the dialog's queries add up to. */
const parts = searchParts();
const index = loadParts(parts);
const { records } = index;
/** `headings`: the first set, phrases close to the site's headings. `people`: questions as people type them, by moment. */
const queries: { headings: [string, string][]; people: Record<string, [string, string[]][]> } = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/search-queries.json'), 'utf8'),
);
const rank = (...args: Parameters<typeof rankIds>) => rankIds(...args).map((hit) => ({ ...hit, record: records[hit.id] }));
const urls = new Set(records.map((r) => r.url));
/** An expected url ending in `*` accepts any anchor on that page. */
const matches = (url: string | undefined, expected: string) =>
  expected.endsWith('*') ? !!url?.startsWith(expected.slice(0, -1)) : url === expected;
const people = Object.entries(queries.people).flatMap(([moment, list]) => list.map(([query, expected]) => ({ moment, query, expected })));
const words = (text: string) => tokenize(text.replace(/['’]/g, '')).join(' ');

test.describe('relevance', () => {
  test('the heading set: every query finds its result in the top three, nearly all first', () => {
    expect(queries.headings.length).toBeGreaterThanOrEqual(25);
    const top = (query: string) =>
      rank(index, query)
        .slice(0, 3)
        .map((hit) => hit.record.url);
    const missed = queries.headings.filter(([query, expected]) => !top(query).some((url) => matches(url, expected)));
    expect(missed.map(([query, expected]) => `${query} → ${expected} (got ${top(query).join(', ')})`)).toEqual([]);
    const first = queries.headings.filter(([query, expected]) => matches(top(query)[0], expected)).length;
    console.log(`Heading set: ${first} of ${queries.headings.length} first, all in the top three`);
    expect(first / queries.headings.length).toBeGreaterThanOrEqual(0.9);
  });

  test("people's questions: at least 80, for every moment, none copied from a heading", () => {
    expect(people.length).toBeGreaterThanOrEqual(80);
    expect(Object.keys(queries.people)).toEqual(
      expect.arrayContaining(['before', 'just-after', 'waiting', 'called-back', 'offer', 'rejected']),
    );
    const titles = new Set(records.map((r) => words(r.title)));
    expect(people.filter(({ query }) => titles.has(words(query))).map(({ query }) => query)).toEqual([]);
    // Every expected result exists, so a renamed anchor fails here rather than as a miss.
    for (const { expected } of people)
      for (const url of expected)
        expect(
          records.some((r) => matches(r.url, url)),
          url,
        ).toBe(true);
  });

  test("people's questions: at least 90% find an answer in the top three", () => {
    const missed = people.filter(({ query, expected }) => {
      const top = rank(index, query).slice(0, 3);
      return !top.some((hit) => expected.some((url) => matches(hit.record.url, url)));
    });
    const rate = 1 - missed.length / people.length;
    console.log(
      `People's questions: ${Math.round(rate * 1000) / 10}% in the top three (${people.length - missed.length} of ${people.length})`,
    );
    expect(rate, missed.map(({ query }) => query).join('; ')).toBeGreaterThanOrEqual(0.9);
  });

  test('a tool that answers the question comes first', () => {
    for (const query of ["why haven't they called", 'what should I do now', 'did I get the job']) {
      expect(rank(index, query)[0]?.record.url, query).toBe('/diagnose/');
    }
    expect(rank(index, 'what to bring')[0]?.record.url).toBe('/checklists/pre-interview/');
  });

  test('a word the vocabulary explains never ranks a section first by itself', () => {
    // "call" also stands in "before they get the call" (references); the question is about contacting them.
    expect(rank(index, 'should I call them')[0]?.record.url).not.toMatch(/briefing-your-references/);
  });
});

test.describe('coverage', () => {
  test('every lesson heading is in the index, at its anchor', () => {
    for (const id of lessonIds) {
      for (const heading of doc(`/guides/${id}/`).querySelectorAll('.body h2, .body h3')) {
        expect(urls, `${id}#${heading.id}`).toContain(`/guides/${id}/#${heading.id}`);
      }
    }
  });

  test('every reason and every checklist item is in the index', () => {
    for (const id of REASON_IDS)
      expect(
        records.some((r) => r.kind === 'reason' && r.url === `${REASONS_LESSON}#${id}`),
        id,
      ).toBe(true);
    for (const list of ['pre-interview', 'post-interview', 'online-audit']) {
      for (const item of doc(`/checklists/${list}/`).querySelectorAll<HTMLElement>('[data-item]')) {
        expect(urls).toContain(`/checklists/${list}/#item-${item.dataset.item}`);
      }
    }
  });

  test('everything indexed is findable by its own title, in the top five', () => {
    const lost = records.filter(
      (r) =>
        !rank(index, r.title)
          .slice(0, 5)
          .some((hit) => hit.record.url === r.url),
    );
    expect(lost.map((r) => `${r.title} (${r.url})`)).toEqual([]);
  });

  test('the file search starts with stays within 12 kB gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(readFileSync(join(DIST, META_PATH))).length).toBeLessThanOrEqual(12 * 1024);
  });
});

test.describe('the dialog', () => {
  test('no search code is fetched until search opens', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('/guides/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => /SearchDialog|search-index|client\.svelte/.test(u))).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.locator('#search-input')).toBeFocused();
    await expect.poll(() => fetched.some((u) => u.endsWith(META_PATH))).toBe(true);
    // A query fetches the parts it needs, not the index. Entered at once: typed a key at a time, each prefix is a
    // query of its own when the machine is slow between keys, and the count would measure typing speed.
    await page.locator('#search-input').fill('hiring freeze');
    await expect(page.getByRole('option').first()).toBeVisible();
    const asked = fetched.filter((u) => u.includes('/search-index/') && !u.endsWith(META_PATH));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThan((parts.meta.shards + parts.fragments.length) / 10);
  });

  test('open with /, type with a typo, arrow, Enter lands on the anchor', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    // Typing straight away: nothing is lost while the dialog loads.
    await page.keyboard.type('ghosted after several rounds');
    const input = page.locator('#search-input');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('ghosted after several rounds');
    await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('group').first()).toContainText('Guide sections');
    await expect(page.getByRole('option').first().locator('mark').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', 'search-hit-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/guides/red-flags/#ghosting-after-several-rounds');
    await expect(page.locator('#ghosting-after-several-rounds')).toBeInViewport();
  });

  test('Ctrl+K opens it, Escape closes it and returns focus to where it was', async ({ page }) => {
    await page.goto('/guides/');
    const trigger = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });
    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#search-input')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog')).toBeHidden();
    await expect(trigger).toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(page.locator('#search-input')).toBeFocused();
    await page.keyboard.type('zzzzqqq');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing found' })).toBeVisible();
  });

  test('without JavaScript the search link leads to every section', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('link', { name: 'Ghosting after several rounds' })).toBeVisible();
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the open dialog with results (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.keyboard.press('/');
      await page.keyboard.type('thank you note');
      await expect(page.getByRole('option').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
});
