/**
 * Whatever the browser throws at the site: no page errors and nothing leaves the origin, on every page,
 * with junk in every stored key, with storage that throws on every call, and with two tabs editing one
 * interview.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerShown, answerTiming, fillDetails, FOLLOW_UP_DUE, questionHeading, startInterview } from './helpers/diagnostic';
import { PAGES } from './helpers/pages';

const KEYS = ['theme', 'read-lessons', 'interviews', 'checklists'].map((k) => `callback:${k}`);

function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to ${url.origin}`);
  });
  return problems;
}

/** Loads a page and uses what it offers a little: search, and the first control of its island. */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('/');
  await expect(page.locator('#search-input')).toBeFocused();
  await page.keyboard.type('follow up');
  await page.keyboard.press('Escape');
}

for (const path of PAGES) {
  test.describe(path, () => {
    test('stays on its own origin and reports no error', async ({ page, baseURL }) => {
      const problems = watch(page, new URL(baseURL!).origin);
      await visit(page, path);
      expect(problems).toEqual([]);
    });

    test('survives junk under every key it stores', async ({ page, baseURL }) => {
      await page.addInitScript((keys) => {
        const junk = ['{"v":1,"data":', 'null', '[]', '{"v":99,"data":{}}', '\u0000\uFFFF'];
        keys.forEach((key, i) => localStorage.setItem(key, junk[i % junk.length]));
      }, KEYS);
      const problems = watch(page, new URL(baseURL!).origin);
      await visit(page, path);
      expect(problems).toEqual([]);
    });

    test('survives storage that throws on every call', async ({ page, baseURL }) => {
      await page.addInitScript(() => {
        const fail = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        for (const method of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) Storage.prototype[method] = fail;
      });
      const problems = watch(page, new URL(baseURL!).origin);
      await visit(page, path);
      expect(problems).toEqual([]);
    });
  });
}

test('two tabs editing the same interview stay consistent and error-free', async ({ context, baseURL }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const problems = [...watch(first, new URL(baseURL!).origin), ...watch(second, new URL(baseURL!).origin)];
  await first.goto('/diagnose/');
  await startInterview(first);
  await second.goto('/diagnose/');
  // The second tab opens the same interview the first one is answering, and follows each answer.
  await expect(questionHeading(second)).toHaveText((await questionHeading(first).textContent()) as string);
  await answerShown(first); // no promised date
  await expect(questionHeading(second)).toHaveText((await questionHeading(first).textContent()) as string);
  await answerShown(second, FOLLOW_UP_DUE);
  await expect(questionHeading(first)).toHaveText((await questionHeading(second).textContent()) as string);
  await answerTiming(first);
  await expect(second.locator('#next-title')).toHaveText((await first.locator('#next-title').textContent()) as string);

  await fillDetails(first, { Company: 'Acme' });
  await fillDetails(second, { Role: 'Designer' });
  await expect(first.getByRole('textbox', { name: 'Role' })).toHaveValue('Designer');
  await expect(second.getByRole('textbox', { name: 'Company' })).toHaveValue('Acme');
  await expect(first.locator('pre.email')).toHaveText((await second.locator('pre.email').textContent()) as string);
  expect(problems).toEqual([]);
});
