/** The Content Security Policy: present on every page, and never violated by what the site does. */
import { expect, test, type Page } from '@playwright/test';
import { answerShown, diagnoseNew } from './helpers/diagnostic';
import { PAGES } from './helpers/pages';

/** Records every CSP violation the page reports. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

test('every page carries the policy', async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      'script-src',
      'style-src',
    ]) {
      expect(policy, `${path}: ${directive}`).toContain(directive);
    }
    expect(policy, path).not.toContain('unsafe-inline');
  }
});

test('no page reports a violation while loading and searching', async ({ page }) => {
  // Every page in one test: on a busy 2-core machine that takes longer than one page's allowance.
  test.slow();
  const violations = await recordViolations(page);
  for (const path of PAGES) {
    await page.goto(path);
    await page.keyboard.press('/');
    await expect(page.locator('#search-input')).toBeFocused();
    await page.keyboard.type('thank you');
    await expect(page.getByRole('option').first()).toBeVisible();
  }
  expect(await violations()).toEqual([]);
});

test('the tools run without a violation: quiz to result, calendar file, planner, checklists', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  await answerShown(page); // a refining question: the reasons update
  await page.getByRole('button', { name: 'Copy email text' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
  await page.goto('/checklists/post-interview/');
  await page.getByLabel('Interview', { exact: true }).selectOption({ index: 1 });
  await expect(page.getByLabel('Interview date')).toBeVisible();
  // A step still on the list: those already past are folded away.
  await page.locator('[data-section] [data-item] input').first().check();
  await page.goto('/checklists/online-audit/');
  await page.locator('[data-item] input[value="needs-work"]').first().check();
  await page.goto('/guides/thank-you-notes/');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  expect(await violations()).toEqual([]);
});

test('the policy is live: an image from another origin is blocked and reported', async ({ page }) => {
  const violations = await recordViolations(page);
  // Playwright announces the attempt; a blocked load never gets a response.
  const responses: string[] = [];
  page.on('response', (r) => responses.push(r.url()));
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://tracker.example/pixel.png';
    document.body.append(img);
  });
  await expect.poll(violations).toEqual([expect.stringContaining('img-src https://tracker.example/pixel.png')]);
  expect(responses.filter((u) => u.includes('tracker.example'))).toEqual([]);
});
