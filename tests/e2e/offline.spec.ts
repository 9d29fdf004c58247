/** After one visit, the whole site works offline: guides, the diagnostic, the checklists and search. */
import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('after one visit, a guide, the quiz, a checklist and search all work offline', async ({ page, context }) => {
  await page.goto('/');
  // The service worker finishes precaching before it activates; then it controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
  });
  await context.setOffline(true);

  await page.goto('/guides/following-up/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Following up without pushing');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByText('You have read this guide.')).toBeVisible();

  await page.goto('/diagnose/');
  await page.getByRole('button', { name: 'Start a new diagnosis' }).click();
  await page.getByRole('textbox', { name: /Company/ }).fill('Acme');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await page.getByLabel('Date').fill('2026-11-10');
  for (let i = 0; i < 25 && (await page.getByText(/^Question \d+ of \d+$/).count()); i++) {
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByRole('heading', { name: /What probably happened: Acme/ })).toBeVisible();

  await page.goto('/checklists/pre-interview/');
  await page.locator('[data-item] input').first().check();
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
