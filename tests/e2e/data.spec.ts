/** "Your data": export, delete, import gives back exactly the same state; bad files change nothing. */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { LIMITS } from '../../src/lib/core/limits';
import { diagnoseNew, fillDetails } from './helpers/diagnostic';

const stored = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('callback:'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

async function makeSomeData(page: Page) {
  await page.goto('/guides/following-up/');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByText('You have read this guide.')).toBeVisible();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.goto('/checklists/pre-interview/');
  await page.locator('[data-item] input').first().check();
  // The tick is saved once the list's tool has taken it, which its count shows.
  await expect(page.getByText(/^1 of \d+ done/)).toBeVisible();
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  await fillDetails(page, { Company: 'Acme' });
  await expect
    .poll(() => stored(page).then((s) => Object.keys(s)))
    .toEqual(['callback:checklists', 'callback:interviews', 'callback:read-lessons', 'callback:theme']);
}

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('export, delete everything, import: exactly the same state', async ({ page }) => {
  await makeSomeData(page);
  await page.goto('/data/');
  await expect(page.getByText('1 saved interview')).toBeVisible();
  await expect(page.getByText(/1 of \d+ guide marked read/)).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
  const exported = await readFile((await download.path())!, 'utf8');
  const parsed = JSON.parse(exported);
  expect(parsed).toMatchObject({ format: 'callback-data', version: 1 });
  // The export remembers its own day (so the reminder rests for a month), and the file carries it.
  expect(Object.keys(parsed.stores).sort()).toEqual(['checklists', 'data-care', 'interviews', 'read-lessons', 'theme']);
  await expect(page.getByText(/^Last export: /)).toBeVisible();
  const before = await stored(page);

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete it all' }).click();
  await expect(page.getByText('No saved interviews')).toBeVisible();
  expect(await stored(page)).toEqual({});

  await page.getByLabel('Choose an export file').setInputFiles(file('backup.json', exported));
  await expect(page.getByText('1 interview to add, 0 to update')).toBeVisible();
  await page.getByRole('button', { name: 'Replace what is here' }).click();
  await page.getByRole('button', { name: 'Yes, replace' }).click();
  await expect(page.getByText('1 saved interview')).toBeVisible();
  expect(await stored(page)).toEqual(before);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a bad file gets a clear message and changes nothing', async ({ page }) => {
  await makeSomeData(page);
  const before = await stored(page);
  await page.goto('/data/');
  // With data saved, the page shows it at load, taking no input until it is live.
  await expect(page.locator('astro-island[inert]')).toHaveCount(0);
  const input = page.getByLabel('Choose an export file');
  const cases: [string, string | Buffer, RegExp][] = [
    ['broken.json', '{"format":"callback-data",', /not valid JSON/],
    ['other.json', JSON.stringify({ hello: 'world' }), /not a Callback export/],
    ['newer.json', JSON.stringify({ format: 'callback-data', version: 2, exportedAt: '', stores: {} }), /newer version/],
    ['huge.json', Buffer.alloc(LIMITS.data.input + 1, 32), /larger than 10 MB/],
  ];
  for (const [name, content, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toContainText(message);
    await expect(page.getByRole('button', { name: /Replace what is here|Add to what is here/ })).toHaveCount(0);
    expect(await stored(page)).toEqual(before);
  }
});
