/** The three checklists in Chromium: ticking, printing, the planner's dates and calendar, the audit. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import yaml from 'js-yaml';
import { calendarLabel } from '../../src/lib/follow-up/calendar';
import { checklistSchema } from '../../src/lib/checklists/checklist-schema';
import { dueDates, dueLabel, groupByDate } from '../../src/lib/checklists/checklist-dates';
import { checklistItems, checklistTasks } from '../../src/lib/checklists/checklists';
import { formatDate, localToday } from '../../src/lib/core/dates';
import { planFollowUps } from '../../src/lib/follow-up/timeline';
import { daysAgo } from './helpers/diagnostic';
import { pdfPages } from './helpers/pdf-text';
import { addForm, addInterview, fillAddForm } from './helpers/planner';
import { US } from '../fixtures/calendars.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const list = (id: string) =>
  checklistSchema.parse(yaml.load(readFileSync(join(import.meta.dirname, `../../content/checklists/${id}.yaml`), 'utf8')));
const items = (id: string) => checklistItems(list(id));
const sheet = list('pre-interview');
const pre = checklistTasks(sheet);
const progress = (page: Page) => page.getByRole('status').filter({ hasText: / done/ });

/** Text as it can be compared across line breaks and ligatures in a PDF: no white space, no ﬁ. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Prints the open page on A4 and on Letter: each must be at most two pages, with the blanks and what to
 * bring on page 1 and every item (notes too) somewhere. Returns page 1's text on each paper size. */
async function printDaySheet(page: Page) {
  const firstPages: string[] = [];
  for (const format of ['A4', 'Letter'] as const) {
    const pages = (await pdfPages(await page.pdf({ format }))).map(squash);
    expect(pages.length, format).toBeGreaterThanOrEqual(1);
    expect(pages.length, `${format}: pages`).toBeLessThanOrEqual(2);
    for (const blank of sheet.blanks!) expect(pages[0], `${format}: blank "${blank.label}" on page 1`).toContain(squash(blank.label));
    for (const item of sheet.sections.find((s) => s.id === 'bring')!.items) {
      expect(pages[0], `${format}: "${item.text}" on page 1`).toContain(squash(item.text));
    }
    const all = pages.join('');
    for (const item of checklistItems(sheet)) expect(all, `${format}: "${item.text}"`).toContain(squash(item.text));
    firstPages.push(pages[0]);
  }
  return firstPages;
}

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

test('the pre-interview sheet prints as a day sheet: blanks and what to bring on page 1, every item, two pages at most on A4 and Letter', async ({
  page,
}) => {
  await page.goto('/checklists/pre-interview/');
  await page.getByRole('textbox', { name: /Interview/ }).fill('Acme · Product designer');
  await page.getByLabel('Date', { exact: true }).fill('2026-12-01');
  await page.getByLabel(pre[0].text).check();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', 'nav', 'button', '.sheet-hint'])
    await expect(page.locator(hidden).first()).toBeHidden();
  const forLine = `For: Acme · Product designer · ${formatDate('2026-12-01')}`;
  await expect(page.getByText(forLine)).toBeVisible();
  await expect(page.locator('[data-blank]')).toHaveCount(sheet.blanks!.length);
  for (const blank of sheet.blanks!) await expect(page.locator(`[data-blank="${blank.label}"]`)).toBeVisible();
  await expect(page.getByLabel(pre[0].text)).toBeChecked();
  for (const first of await printDaySheet(page)) expect(first).toContain(squash(forLine));
});

test('on screen the blanks stay out of the way, and a note says the printed sheet has them', async ({ page }) => {
  await page.goto('/checklists/pre-interview/');
  await expect(page.locator('[data-blank]').first()).toBeHidden();
  await expect(page.locator('.sheet-hint')).toBeVisible();
});

test('without JavaScript the pre-interview page lists every item, and prints the same day sheet', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/checklists/pre-interview/');
  await expect(page.getByRole('checkbox')).toHaveCount(pre.length);
  for (const item of pre) await expect(page.getByLabel(item.text)).toBeVisible();
  for (const note of checklistItems(sheet).filter((i) => i.note)) await expect(page.locator(`#item-${note.id}`)).toContainText(note.text);
  await page.emulateMedia({ media: 'print' });
  await printDaySheet(page);
  await context.close();
});

test('a note on the plan has nothing to tick and no date, and is left out of the count', async ({ page }) => {
  const post = list('post-interview');
  const note = checklistItems(post).find((i) => i.note)!;
  await page.goto('/checklists/post-interview/');
  await expect(progress(page)).toContainText(`0 of ${checklistTasks(post).length} done`);
  await expect(page.locator(`#item-${note.id}`)).toContainText(note.text);
  await expect(page.locator(`#item-${note.id} input`)).toHaveCount(0);
  await addInterview(page, { date: daysAgo(1) });
  await expect(page.locator('[data-item] [data-due]:not([hidden])').first()).toBeVisible();
  await expect(page.locator(`#item-${note.id} [data-due]`)).toHaveCount(0);
});

test('the planner dates each step as the diagnostic would, and exports them to a calendar', async ({ page }) => {
  const today = localToday();
  const interviewDate = daysAgo(3);
  await page.goto('/checklists/post-interview/');
  await addInterview(page, { company: 'Acme', role: 'Designer', date: interviewDate });
  await page.getByRole('textbox', { name: 'Interviewer' }).fill('Ms Chen');

  const plan = planFollowUps({ interviewDate }, today, US);
  const post = items('post-interview');
  for (const step of ['firstFollowUp', 'secondFollowUp', 'moveOn'] as const) {
    const item = post.find((i) => i.due === step)!;
    await expect(page.locator(`[data-item="${item.id}"] [data-due]`)).toHaveText(dueLabel(plan.dates[step]!, today));
  }

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add all to calendar (.ics)' }).click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const first = events.find((e) => e.uid.endsWith('-firstFollowUp@callback'))!;
  expect(first.startDate.toString()).toBe(plan.dates.firstFollowUp);
  expect(first.summary).toContain(calendarLabel({ company: 'Acme', role: 'Designer' }));

  await page.getByText('Emails, filled in and ready to send').click();
  await expect(page.locator('pre').first()).toContainText('Dear Ms Chen,');

  // Ticks belong to this interview, and the interview is the diagnostic's too.
  const ahead = post.find((i) => i.due === 'firstFollowUp')!;
  await page.locator(`[data-item="${ahead.id}"] input`).check();
  await page.reload();
  await expect(page.locator(`[data-item="${ahead.id}"] input`)).toBeChecked();
  await page.goto('/diagnose/');
  await expect(page.locator('.name', { hasText: 'Acme · Designer' })).toBeVisible();
});

test('ten days on, the steps already past are folded away with what to do instead, and can be ticked there', async ({ page }) => {
  const post = list('post-interview');
  const today = localToday();
  const interviewDate = daysAgo(10);
  const { current, past } = groupByDate(post, dueDates(post, interviewDate, planFollowUps({ interviewDate }, today, US).dates, US), today);
  expect(past.length, 'ten days on, some steps are past').toBeGreaterThan(0);
  await page.goto('/checklists/post-interview/');
  await addInterview(page, { date: interviewDate });

  // No wall of dates gone by: the list keeps what is ahead, the rest is one closed fold.
  const fold = page.locator('details[data-past]');
  await expect(fold.locator('summary')).toHaveText(`Already past (${past.length})`);
  await expect(fold).not.toHaveAttribute('open');
  await expect(page.getByText(/Was due/)).toHaveCount(0);
  for (const item of past) await expect(fold.locator(`[data-item="${item.id}"]`), item.id).toBeHidden();
  for (const item of current) {
    await expect(page.locator(`[data-section] [data-item="${item.id}"]`), item.id).toBeVisible();
    await expect(fold.locator(`[data-item="${item.id}"]`)).toHaveCount(0);
  }
  // A section whose steps are all past is left out.
  for (const section of post.sections) {
    const left = section.items.some((i) => current.includes(i));
    await expect(page.locator(`[data-section="${section.id}"]`), section.id).toBeVisible({ visible: left });
  }

  // "Keep applying" is a habit: how often, never a date.
  const habit = page.locator('[data-item="keep-applying"]');
  await expect(habit).toContainText(checklistItems(post).find((i) => i.id === 'keep-applying')!.ongoing!);
  await expect(habit.locator('[data-due]')).toHaveCount(0);

  // Open, each past step says what to do instead, keeps its box, and counts as done once ticked.
  await fold.locator('summary').click();
  await expect(fold.getByText('Done it? Tick it. Missed it? Here is what to do instead.')).toBeVisible();
  const missed = past.find((i) => i.missed)!;
  await expect(fold.locator(`[data-item="${missed.id}"]`)).toContainText(missed.missed!);
  await expect(fold.locator(`[data-item="${missed.id}"] [data-due]`)).toBeHidden();
  await fold.getByLabel(past[0].text).check();
  await expect(progress(page)).toContainText(`1 of ${checklistTasks(post).length} done`);
  await page.reload();
  await page.locator('[data-past] summary').click();
  await expect(fold.getByLabel(past[0].text)).toBeChecked();

  // A link to a folded step (search links to items) opens the fold on it.
  await page.goto('/checklists/');
  await page.goto(`/checklists/post-interview/#item-${past[0].id}`);
  await expect(fold).toHaveAttribute('open');
  await expect(fold.getByLabel(past[0].text)).toBeInViewport();

  // On paper the fold prints open.
  await page.locator('[data-past] summary').click();
  await expect(fold).not.toHaveAttribute('open');
  await page.emulateMedia({ media: 'print' });
  await expect(fold.getByText(past[0].text)).toBeVisible();
});

test('adding an interview asks for a name and a date, by keyboard too, and makes exactly one', async ({ page }) => {
  const saved = () =>
    page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('callback:interviews') ?? '{"data":{"interviews":[]}}').data.interviews as {
          company: string;
          answers: Record<string, string>;
        }[],
    );
  const picker = page.getByLabel('Interview', { exact: true });
  await page.goto('/checklists/post-interview/');
  await expect(picker.locator('option')).toHaveText(['Choose one…']);

  // No name: refused, nothing saved, and the field to fix has focus and says why.
  const form = await fillAddForm(page, { company: '', date: daysAgo(4) });
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  const company = form.getByLabel('Company', { exact: true });
  await expect(company).toBeFocused();
  await expect(company).toHaveAttribute('aria-invalid', 'true');
  await expect(company).toHaveAccessibleDescription(/Enter the company, the role or both/);
  expect(await saved()).toEqual([]);

  // Named: Enter adds it, once, and the picker shows it.
  await company.fill('Initech');
  await company.press('Enter');
  await expect(addForm(page)).toHaveCount(0);
  expect(await saved()).toMatchObject([{ company: 'Initech', answers: { interviewDate: daysAgo(4) } }]);
  await expect(picker).toBeFocused();
  await expect(picker.locator('option:checked')).toHaveText(/^Initech/);

  // Cancel adds nothing and goes back to the button.
  await page.getByRole('button', { name: 'Add an interview' }).click();
  await expect(addForm(page).getByLabel('Company', { exact: true })).toBeFocused();
  await addForm(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Add an interview' })).toBeFocused();

  // The picker lists the saved interviews only, and choosing one never makes one.
  await addInterview(page, { company: 'Globex', date: daysAgo(2) });
  await expect(picker.locator('option')).toHaveCount(3);
  await picker.selectOption({ label: (await picker.locator('option', { hasText: 'Initech' }).textContent())! });
  await picker.selectOption({ label: (await picker.locator('option', { hasText: 'Globex' }).textContent())! });
  expect((await saved()).map((r) => r.company)).toEqual(['Initech', 'Globex']);
});

test('checklist items read in regular weight, on all three lists', async ({ page }) => {
  for (const id of ['pre-interview', 'post-interview', 'online-audit']) {
    await page.goto(`/checklists/${id}/`);
    const text = page.locator('[data-item] label, [data-item] legend').first();
    expect(await text.evaluate((el) => getComputedStyle(el).fontWeight), id).toBe('400');
  }
});

test('the audit shows a score and what is left', async ({ page }) => {
  const audit = checklistTasks(list('online-audit'));
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
    // Ten days ago, so the plan has past, due and upcoming steps whatever today is; the fold of past steps open.
    await addInterview(page, { date: daysAgo(10) });
    await page.locator('[data-past] summary').click();
    await page.getByText('Emails, filled in and ready to send').click();
    // The form to add another, showing its errors.
    await page.getByRole('button', { name: 'Add an interview' }).click();
    await addForm(page).getByRole('button', { name: 'Add', exact: true }).click();
    await expect(addForm(page).getByText('Enter the date of the interview.')).toBeVisible();
    await page.getByRole('button', { name: 'Reset' }).click();
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.goto('/checklists/online-audit/');
    await page.locator('[data-item] input[value="needs-work"]').first().check();
    await page.locator('details.left summary').click();
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
}
