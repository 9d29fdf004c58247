/** The three checklists in Chromium: ticking, printing, the planner's dates and calendar, the audit. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import yaml from 'js-yaml';
import { checklistItems } from '../../src/lib/checklists';
import type { Checklist } from '../../src/lib/checklist-model';
import { localToday } from '../../src/lib/dates';
import { planFollowUps } from '../../src/lib/timeline';
import { dueLabel } from '../../src/lib/checklists';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const items = (id: string) =>
  checklistItems(yaml.load(readFileSync(join(import.meta.dirname, `../../content/checklists/${id}.yaml`), 'utf8')) as Checklist);
const pre = items('pre-interview');
const progress = (page: Page) => page.getByRole('status').filter({ hasText: / done/ });

test('ticks survive a reload', async ({ page }) => {
  await page.goto('/checklists/pre-interview/');
  await expect(progress(page)).toContainText(`0 of ${pre.length} done`);
  await page.getByLabel(pre[0].text).check();
  await page.getByLabel(pre[3].text).check();
  await page.reload();
  await expect(page.getByLabel(pre[0].text)).toBeChecked();
  await expect(page.getByLabel(pre[3].text)).toBeChecked();
  await expect(page.getByLabel(pre[1].text)).not.toBeChecked();
  await expect(progress(page)).toContainText(`2 of ${pre.length} done`);
});

test('the pre-interview sheet prints on at most two A4 pages, with every item and no site chrome', async ({ page }) => {
  await page.goto('/checklists/pre-interview/');
  await page.getByRole('textbox', { name: /Interview/ }).fill('Acme · Product designer');
  await page.getByLabel('Date', { exact: true }).fill('2026-12-01');
  await page.getByLabel(pre[0].text).check();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', 'nav', 'button']) await expect(page.locator(hidden).first()).toBeHidden();
  await expect(page.getByText('For: Acme · Product designer · Tuesday 1 December 2026')).toBeVisible();
  for (const item of pre) await expect(page.getByText(item.text, { exact: true })).toBeVisible();
  await expect(page.getByLabel(pre[0].text)).toBeChecked();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length;
    expect(pages, format).toBeGreaterThanOrEqual(1);
    expect(pages, format).toBeLessThanOrEqual(2);
  }
});

test('without JavaScript the pre-interview page still lists every item', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/checklists/pre-interview/');
  await expect(page.getByRole('checkbox')).toHaveCount(pre.length);
  for (const item of pre) await expect(page.getByLabel(item.text)).toBeVisible();
  await context.close();
});

test('the planner dates each step as the diagnostic would, and exports them to a calendar', async ({ page }) => {
  const today = localToday();
  const interviewDate = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  await page.goto('/checklists/post-interview/');
  await page.getByLabel('Interview', { exact: true }).selectOption('new');
  await page.getByLabel('Interview date').fill(interviewDate);
  await page.getByRole('textbox', { name: 'Company' }).fill('Acme');
  await page.getByRole('textbox', { name: 'Role' }).fill('Designer');
  await page.getByRole('textbox', { name: 'Who to write to' }).fill('Ms Chen');

  const plan = planFollowUps({ interviewDate }, today);
  const post = items('post-interview');
  for (const step of ['firstFollowUp', 'secondFollowUp', 'moveOn'] as const) {
    const item = post.find((i) => i.due === step)!;
    await expect(page.locator(`[data-item="${item.id}"] [data-due]`)).toHaveText(dueLabel(plan.dates[step]!, today));
  }

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add all to calendar (.ics)' }).click()]);
  const text = await readFile((await download.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const first = events.find((e) => e.uid.endsWith('-firstFollowUp@callback'))!;
  expect(first.startDate.toString()).toBe(plan.dates.firstFollowUp);
  expect(first.summary).toContain('Acme · Designer');

  await page.getByText('Emails, filled in and ready to send').click();
  await expect(page.locator('pre').first()).toContainText('Dear Ms Chen,');

  // Ticks belong to this interview, and the interview is the diagnostic's too.
  await page.locator(`[data-item="${post[0].id}"] input`).check();
  await page.reload();
  await expect(page.locator(`[data-item="${post[0].id}"] input`)).toBeChecked();
  await page.goto('/diagnose/');
  await expect(page.locator('.name', { hasText: 'Acme · Designer' })).toBeVisible();
});

test('the audit shows a score and what is left', async ({ page }) => {
  const audit = items('online-audit');
  await page.goto('/checklists/online-audit/');
  await expect(page.getByText('Score: 0%')).toBeVisible();
  await page.locator(`[data-item="${audit[0].id}"]`).getByLabel('Done').check();
  await page.locator(`[data-item="${audit[1].id}"]`).getByLabel('Needs work').check();
  await page.locator(`[data-item="${audit[2].id}"]`).getByLabel('Not applicable').check();
  const applicable = audit.length - 1;
  await expect(page.getByText(`Score: ${Math.round(100 / applicable)}%`)).toBeVisible();
  await page.getByText(`What is left (${applicable - 1})`).click();
  await expect(page.locator('details.left li').first()).toContainText(audit[1].text);
  await page.reload();
  await expect(page.locator(`[data-item="${audit[1].id}"]`).getByLabel('Needs work')).toBeChecked();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a filled-in plan and a marked audit (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/checklists/post-interview/');
    await page.getByLabel('Interview', { exact: true }).selectOption('new');
    await page.getByLabel('Interview date').fill('2026-11-02');
    await page.getByText('Emails, filled in and ready to send').click();
    await page.getByRole('button', { name: 'Reset' }).click();
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.goto('/checklists/online-audit/');
    await page.locator('[data-item] input[value="needs-work"]').first().check();
    await page.locator('details.left summary').click();
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
}
