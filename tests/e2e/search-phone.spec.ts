/** Search on phones: the dialog at narrow widths, what a touch screen offers, the header's tap target. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DIAGNOSTIC } from '../../src/lib/content/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const trigger = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });

async function openSearch(page: Page) {
  await trigger(page).click();
  await expect(page.locator('#search-input')).toBeFocused();
}

for (const width of [320, 360, 375, 390]) {
  test(`at ${width} px the dialog fills the screen with Close in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/guides/');
    await openSearch(page);
    await page.keyboard.type('follow up');
    await expect(page.getByRole('option').first()).toBeVisible();

    const close = page.getByRole('button', { name: 'Close' });
    await expect(close).toBeVisible();
    await expect(close).toHaveText('Close');
    const box = (await close.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(700);

    const dialog = (await page.locator('#search-dialog').boundingBox())!;
    expect(dialog).toMatchObject({ x: 0, y: 0, width, height: 700 });
    const overflow = await page.evaluate(() => {
      const d = document.getElementById('search-dialog')!;
      return { page: document.documentElement.scrollWidth - innerWidth, dialog: d.scrollWidth - d.clientWidth };
    });
    expect(overflow).toEqual({ page: 0, dialog: 0 });
  });
}

test('the header search is a 44×44 px target that sits on the line with the menu', async ({ page }) => {
  // 360 px: a common phone; the sections are in the menu, search stays in the bar beside it.
  await page.setViewportSize({ width: 360, height: 700 });
  await page.goto('/');
  const box = (await trigger(page).boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  const menu = page.locator('.site-header summary');
  const menuBox = (await menu.boundingBox())!;
  expect(box.y).toBe(menuBox.y);
  expect(box.height).toBe(menuBox.height);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const look = (locator: Locator) =>
      locator.evaluate((el) => {
        const style = getComputedStyle(el);
        return { color: style.color, line: style.textDecorationLine };
      });
    expect(await look(trigger(page)), scheme).toEqual(await look(menu));
  }
});

test('the search page, the fallback without JavaScript, fits 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/search/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } });

  test('the empty dialog offers questions to tap, not keyboard hints; a tap runs one', async ({ page }) => {
    await page.goto('/');
    await trigger(page).tap();
    await expect(page.locator('#search-input')).toBeVisible();
    await expect(page.locator('#search-dialog kbd').first()).toBeHidden();
    const suggestion = page.getByRole('button', { name: 'did I get the job' });
    await expect(suggestion).toBeVisible();
    await suggestion.tap();
    await expect(page.locator('#search-input')).toHaveValue('did I get the job');
    await expect(page.getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'did I get the job' })).toHaveCount(0);
  });
});

test('with a keyboard and a mouse the empty dialog keeps its keyboard hints', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.locator('#search-input')).toBeFocused();
  await expect(page.locator('#search-dialog kbd').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'did I get the job' })).toBeHidden();
});

test('nothing found offers the diagnostic and two searches that find something', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/');
  await openSearch(page);
  await page.keyboard.type('zzzzqqq');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing found' })).toBeVisible();
  await expect(page.locator('#search-dialog').getByRole('link', { name: DIAGNOSTIC.name })).toHaveAttribute('href', '/diagnose/');
  const tries = page.getByRole('list', { name: 'Or try' }).getByRole('button');
  await expect(tries).toHaveCount(2);
  await tries.first().press('Enter');
  // From the keyboard, focus goes back to the input with the new query and its results.
  await expect(page.locator('#search-input')).toBeFocused();
  await expect(page.getByRole('option').first()).toBeVisible();
});

test('each result names the guide or tool it comes from', async ({ page }) => {
  await page.goto('/');
  await openSearch(page);
  await page.keyboard.type('thank you note');
  const first = page.getByRole('option').first();
  await expect(first.locator('.context')).not.toBeEmpty();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the open dialog at 375 px (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto('/');
    await openSearch(page);
    await page.keyboard.type('zzzzqqq');
    await expect(page.locator('#search-dialog').getByRole('link', { name: DIAGNOSTIC.name })).toBeVisible();
    const empty = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await page.locator('#search-input').fill('should I call them');
    await expect(page.getByRole('option').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = [...empty.violations, ...results.violations].map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
    expect(summary).toEqual([]);
  });
}
