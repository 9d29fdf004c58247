/**
 * Offline without downloading the site: the first visit precaches only the shell (home, guides index, search,
 * scripts and styles); pages are saved as they are visited; "Keep all guides for offline" saves every lesson
 * and tool; offline, a page never saved says so and lists what is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { KeepList } from '../../src/lib/offline/offline';
import { diagnoseNew, fillDetails } from './helpers/diagnostic';
import { DIST, doc } from './helpers/site';

test.use({ serviceWorkers: 'allow' });

/** What "Keep all guides" saves, as the build lists it. */
const keepList: KeepList = JSON.parse(readFileSync(join(DIST, 'offline-keep.json'), 'utf8'));
const lessons = keepList.pages.filter((url) => /^\/guides\/[^/]+\/$/.test(url));
const h1 = (path: string) => doc(path).querySelector('h1')!.textContent!.trim();

/** Opens `path` and waits until the service worker, installed by that visit, controls the page. */
async function visitUntilControlled(page: Page, path = '/') {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
  });
}

/** Waits until the worker has saved `path` (it saves the page it was installed from once it takes over). */
async function savedPage(page: Page, path: string) {
  await expect.poll(() => page.evaluate(async (url) => !!(await caches.match(url)), path)).toBe(true);
}

/** Islands not yet live: Astro drops `ssr` from an island once its script has run. */
const hydrating = (page: Page) => page.locator('astro-island[ssr]');

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}

test('a lesson read once opens offline, and the shell works: home, the guides index and search', async ({ page, context }) => {
  await visitUntilControlled(page, '/guides/following-up/');
  await savedPage(page, '/guides/following-up/');
  // Search once online: the parts of the index that query needed are kept as they are fetched.
  await page.keyboard.press('/');
  await page.keyboard.type('thank you');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await goOffline(context);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Following up without pushing');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByText('You have read this guide.')).toBeVisible();

  await page.goto('/guides/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1('/'));

  // Search starts from the precache (its dialog and the index's meta file), and answers what was searched for
  // before from the parts kept then; words never searched for need a connection, and it says so.
  await page.keyboard.press('/');
  await page.keyboard.type('thank you');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('references');
  await expect(page.getByText('Offline, search finds only words searched for before on this device.')).toBeVisible();
});

/** Waits until the worker has saved the scripts and styles `path` loads beyond the shell, as the build lists them. */
async function savedAssets(page: Page, path: string) {
  const assets = keepList.assetsOf[path];
  expect(assets.length).toBeGreaterThan(0);
  await expect
    .poll(() => page.evaluate(async (urls) => (await Promise.all(urls.map((url) => caches.match(url)))).every(Boolean), assets))
    .toBe(true);
}

test('a tool only looked at online starts offline; one used online keeps its state offline', async ({ page, context }) => {
  await visitUntilControlled(page);
  // Looked at, never used: the list's tool loads on first use, so the worker saves its scripts with the page.
  await page.goto('/checklists/pre-interview/');
  await savedAssets(page, '/checklists/pre-interview/');
  await page.goto('/diagnose/');
  // The result view loads on first use: used once online, it is saved with the page.
  await diagnoseNew(page);
  await expect(page.locator('pre.email')).toBeVisible();
  await goOffline(context);

  await page.goto('/checklists/pre-interview/');
  await page.locator('[data-item] input').first().check();
  // The list's tool loads (from the cache) as it is first used, and counts the tick once it has it.
  await expect(page.getByText(/^1 of \d+ done/)).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-item] input').first()).toBeChecked();

  await page.goto('/diagnose/');
  await expect(page.locator('pre.email')).toBeVisible();
  await fillDetails(page, { Company: 'Acme' });
  await expect(page.getByText(/^Your next step · Acme/)).toBeVisible();
});

test('offline, a page never visited says it is not saved yet and links to what is', async ({ page, context }) => {
  await visitUntilControlled(page, '/guides/following-up/');
  await savedPage(page, '/guides/following-up/');
  await goOffline(context);

  await page.goto('/guides/red-flags/');
  await expect(page).toHaveURL(/\/guides\/red-flags\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("This page isn't saved on this device yet");
  const saved = page.getByRole('list', { name: 'Saved on this device' });
  await expect(saved.getByRole('link', { name: 'Following up without pushing' })).toHaveAttribute('href', '/guides/following-up/');
  await expect(saved.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(saved.getByRole('link', { name: 'Guides' })).toBeVisible();
  await expect(saved.getByRole('link', { name: /red flags/i })).toHaveCount(0);

  await saved.getByRole('link', { name: 'Following up without pushing' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Following up without pushing');
});

test('"Keep all guides for offline" saves every lesson and tool, with progress', async ({ page, context }) => {
  await visitUntilControlled(page, '/guides/');
  const keep = page.getByRole('button', { name: 'Keep all guides for offline' });
  await expect(keep).toBeEnabled();
  await keep.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Done' })).toHaveText(
    `Done: all ${keepList.pages.length} pages are saved on this device. Every guide and tool now opens without a connection.`,
  );
  await expect(keep).toBeEnabled();
  await goOffline(context);

  for (const lesson of lessons) {
    await page.goto(lesson);
    await expect(page.getByRole('heading', { level: 1 }), lesson).toHaveText(h1(lesson));
  }
  // The tools came with everything they load, the result view included, though none was ever opened.
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  await expect(page.locator('pre.email')).toBeVisible();
  await page.goto('/checklists/online-audit/');
  await page.locator('[data-item]').first().getByLabel('Done').check();
  await expect(page.getByText(/^Score: \d+%/)).not.toHaveText('Score: 0%');
  await expect(hydrating(page)).toHaveCount(0);
});

test('when some pages cannot be fetched, saving says how many and keeps the rest', async ({ page, context }) => {
  const [lost, kept] = lessons;
  await visitUntilControlled(page, '/guides/');
  await context.route(`**${lost}`, (route) => route.abort('internetdisconnected'));
  await page.getByRole('button', { name: 'Keep all guides for offline' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'try again' })).toHaveText(
    `${keepList.pages.length - 1} of ${keepList.pages.length} pages saved. One could not be fetched: check your connection and try again. What is saved stays saved.`,
  );
  await expect(page.getByRole('button', { name: 'Keep all guides for offline' })).toBeEnabled();

  await goOffline(context);
  await page.goto(kept);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1(kept));
  await page.goto(lost);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("This page isn't saved on this device yet");
});

test('saving cannot start offline, and says so', async ({ page, context }) => {
  await visitUntilControlled(page, '/guides/');
  await goOffline(context);
  await page.getByRole('button', { name: 'Keep all guides for offline' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'try again' })).toHaveText(
    'Saving could not start: check your connection and try again. What is saved stays saved.',
  );
});

test('the site can be installed: a manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: expect.any(String), short_name: 'Callback', start_url: '/', display: 'standalone' });
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
});

test('an address without its slash opens its saved page offline; an unknown one gets the 404 page online', async ({ page, context }) => {
  await visitUntilControlled(page, '/guides/following-up/');
  await savedPage(page, '/guides/following-up/');

  await page.goto('/guides/no-such-guide/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("This page isn't here");

  await goOffline(context);
  await page.goto('/guides/following-up');
  await expect(page).toHaveURL(/\/guides\/following-up\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Following up without pushing');
  // Offline, the worker cannot tell an unknown address from a page not saved yet: it says the latter.
  await page.goto('/nothing-here');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("This page isn't saved on this device yet");
});
