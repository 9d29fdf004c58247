/** After one visit, the whole site works offline: guides, the diagnostic, the checklists and search. */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { diagnoseNew, fillDetails } from './helpers/diagnostic';

test.use({ serviceWorkers: 'allow' });

/** One visit installs the service worker; it finishes precaching before it activates and controls the page. */
async function visitOnceThenGoOffline(page: Page, context: BrowserContext) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
  });
  await context.setOffline(true);
}

test('after one visit, a guide, the quiz, a checklist and search all work offline', async ({ page, context }) => {
  await visitOnceThenGoOffline(page, context);

  await page.goto('/guides/following-up/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Following up without pushing');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByText('You have read this guide.')).toBeVisible();

  // The result view loads on first use: it must come from the cache too.
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  await expect(page.locator('pre.email')).toBeVisible();
  await fillDetails(page, { Company: 'Acme' });
  await expect(page.getByText(/^Your next step · Acme/)).toBeVisible();

  await page.goto('/checklists/pre-interview/');
  await page.locator('[data-item] input').first().check();
  // The list's tool loads (from the cache) as it is first used, and counts the tick once it has it.
  await expect(page.getByText(/^1 of \d+ done/)).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-item] input').first()).toBeChecked();

  await page.keyboard.press('/');
  await page.keyboard.type('thank you');
  await expect(page.getByRole('option').first()).toBeVisible();

  // A page never visited is still there: the whole site was precached.
  await page.goto('/guides/red-flags/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Red flags');
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

test('offline, an address without its slash opens its page, and an unknown one the site’s 404 page', async ({ page, context }) => {
  await visitOnceThenGoOffline(page, context);

  await page.goto('/guides/following-up');
  await expect(page).toHaveURL(/\/guides\/following-up\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Following up without pushing');

  await page.goto('/guides/no-such-guide/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("This page isn't here");
  await page.goto('/nothing-here');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("This page isn't here");
});
