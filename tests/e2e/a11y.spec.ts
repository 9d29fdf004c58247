import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAGES } from './helpers/pages';

// WCAG 2.0, 2.1 and 2.2, levels A and AA.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the build has every kind of page', () => {
  expect(PAGES).toEqual(expect.arrayContaining(['/', '/404', '/guides/', '/search/', '/diagnose/', '/checklists/']));
  expect(PAGES.filter((p) => p.startsWith('/guides/') && p !== '/guides/').length).toBeGreaterThan(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of PAGES) {
      test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test('a theme picked on the page (dark on a light system) is also clean', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('radio', { name: 'Dark' }).check();
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('the scan is live: a low-contrast line added to a page is reported', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Barely readable';
    p.style.cssText = 'color: #b5b5b5; background: #ffffff';
    document.querySelector('main')!.append(p);
  });
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => v.id)).toContain('color-contrast');
});
