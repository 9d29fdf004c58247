/**
 * The tools go live when a person starts using them (client:intent): a first visit fetches none of their
 * JavaScript until then, and nothing done while it loads is lost; with something saved, they load at once.
 */
import { expect, test, type Page } from '@playwright/test';
import { daysAgo } from './helpers/diagnostic';

/** Scripts the page fetched from the site's build folder. */
function scriptsFetched(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().includes('/_astro/')) urls.push(request.url());
  });
  return urls;
}

/** Makes every built script arrive `ms` late, as on a slow phone network. */
async function slowScripts(page: Page, ms: number) {
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.continue();
  });
}

for (const path of ['/diagnose/', '/checklists/post-interview/', '/checklists/online-audit/', '/checklists/pre-interview/']) {
  test(`a first visit to ${path} fetches none of the tool's scripts until it is used`, async ({ page }) => {
    const urls = scriptsFetched(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    expect(urls.filter((url) => !/open-search|quick-storage|Lesson/.test(url))).toEqual([]);
    // Focus entering the tool is enough to start loading it.
    await page.locator('astro-island :is(input, button):enabled, [data-checklist] input').first().focus();
    await expect.poll(() => urls.length).toBeGreaterThan(0);
  });
}

test('the diagnostic is in the page before the stylesheet arrives, and works once it has', async ({ page }) => {
  // The stylesheet is held back until the first question is there. Astro's island scripts, inlined before the
  // tool, must not wait for it (astro.config.mjs makes them module scripts): as classic scripts they stopped
  // the parser above the tool until the stylesheet came.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/_astro/*.css', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/diagnose/', { waitUntil: 'commit' });
  await expect(page.locator('#diagnose input[type="date"]')).toBeAttached();
  release();
  await page.getByLabel('Date').fill(daysAgo(10));
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/^Question 2 of \d+ before your next step$/)).toBeVisible();
});

test('the date typed and Next pressed while the diagnostic loads are kept: the next question shows', async ({ page }) => {
  await slowScripts(page, 800);
  await page.goto('/diagnose/');
  await page.getByLabel('Date').fill(daysAgo(10));
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/^Question 2 of \d+ before your next step$/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^Question 2 of \d+ before your next step$/)).toBeVisible();
});

test('a tick made while the checklist loads is kept, counted and saved', async ({ page }) => {
  await slowScripts(page, 800);
  await page.goto('/checklists/post-interview/');
  const first = page.locator('[data-item] input[type=checkbox]').first();
  // Shown at once by the browser, before the tool is live.
  await first.check();
  await expect(first).toBeChecked();
  await expect(page.getByText(/^1 of \d+ done/)).toBeVisible();
  await page.unroute('**/_astro/*.js');
  await page.reload();
  await expect(page.getByText(/^1 of \d+ done/)).toBeVisible();
  await expect(page.locator('[data-item] input[type=checkbox]').first()).toBeChecked();
});

test('what is typed into the day sheet while it loads is kept and saved', async ({ page }) => {
  await slowScripts(page, 800);
  await page.goto('/checklists/pre-interview/');
  await page.getByRole('textbox', { name: /Interview/ }).fill('Acme, designer');
  await expect(page.getByText('Acme, designer').last()).toBeAttached();
  await page.unroute('**/_astro/*.js');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('callback:checklists') ?? '')).toContain('Acme, designer');
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Interview/ })).toHaveValue('Acme, designer');
});

test('with something saved, the diagnostic loads at once and shows it, taking no input until then', async ({ page }) => {
  await page.goto('/diagnose/');
  await page.getByLabel('Date').fill(daysAgo(10));
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/^Question 2 of \d+ before your next step$/)).toBeVisible();

  const urls = scriptsFetched(page);
  await slowScripts(page, 500);
  await page.goto('/diagnose/', { waitUntil: 'commit' });
  // Inert while it loads, so nothing is typed into the first question it is about to replace.
  await expect(page.locator('astro-island[inert]')).toHaveCount(1);
  await expect(page.getByText(/^Question 2 of \d+ before your next step$/)).toBeVisible();
  await expect(page.locator('astro-island[inert]')).toHaveCount(0);
  expect(urls.some((url) => url.includes('Diagnose'))).toBe(true);
});

test('a file chosen on a first visit to Your data, while its tools load, is checked and previewed', async ({ page }) => {
  await slowScripts(page, 800);
  await page.goto('/data/');
  await expect(page.getByText('Nothing is stored yet.')).toBeVisible();
  await page
    .getByLabel('Choose an export file')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toContainText(/not valid JSON/);
});

test('a tick made while the checklist loads survives a reload made before the tool took it', async ({ page }) => {
  await slowScripts(page, 2000);
  await page.goto('/checklists/post-interview/');
  await page.locator('[data-item] input[type=checkbox]').first().check();
  // Left at once: the tick waits in this tab for the next visit, which hands it over.
  await page.reload();
  await expect(page.getByText(/^1 of \d+ done/)).toBeVisible({ timeout: 15_000 });
  await page.unroute('**/_astro/*.js');
  await page.reload();
  await expect(page.getByText(/^1 of \d+ done/)).toBeVisible();
  await expect(page.locator('[data-item] input[type=checkbox]').first()).toBeChecked();
});
