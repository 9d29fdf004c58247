/** The diagnostic end to end in Chromium, by keyboard, as a person would use it. */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const heading = (page: Page) => page.getByRole('heading', { level: 2 });

/** Presses Tab until `target` has focus (at most 15 times), as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>) {
  for (let i = 0; i < 15 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** Answers the current question by keyboard: `pick` is an option's label (or a date / number to type). */
async function answer(page: Page, pick?: string) {
  await expect(heading(page)).toBeFocused();
  if (pick) {
    const radio = page.getByRole('radio', { name: pick, exact: true });
    const input = page.locator('input[type=date], input[type=number]');
    if (await radio.count()) {
      await tabTo(page, page.getByRole('radio', { checked: true }));
      // Arrow keys move through a radio group; stop on the wanted option.
      for (let i = 0; i < 6 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowUp');
      await expect(radio).toBeChecked();
    } else {
      await tabTo(page, input as never);
      await page.keyboard.type(pick);
    }
  }
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');
}

async function startByKeyboard(page: Page) {
  await page.goto('/diagnose/');
  await tabTo(page, page.getByRole('button', { name: 'Start a new diagnosis' }));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Which interview is this about?');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Acme');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Product designer');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ms Chen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('the onboarding redesign');
  await page.keyboard.press('Enter');
}

test('complete the quiz by keyboard, reload halfway and resume, then read the result', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await startByKeyboard(page);
  await expect(heading(page)).toHaveText('When was your most recent interview for this job?');
  await answer(page, '11102026'); // typed into the date field as month, day, year
  await answer(page, '2'); // rounds
  await answer(page, 'Two or more (a panel, or several separate meetings)');
  await answer(page); // promised date: not sure
  await answer(page, 'No, or only to some of them');

  // Halfway: reload, and the same question is waiting.
  const prompt = await heading(page).textContent();
  await page.reload();
  await expect(heading(page)).toHaveText(prompt!);
  await heading(page).focus();

  await answer(page, 'Not yet'); // follow-ups
  await answer(page, 'Yes, I\'ve checked');
  for (let i = 0; i < 12 && (await page.getByText(/^Question \d+ of \d+$/).count()); i++) await answer(page);

  await expect(heading(page)).toHaveText(/What probably happened: Acme · Product designer · 10 November/);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText(/not a verdict/)).toBeVisible();
  const reasons = page.getByRole('article');
  await expect(reasons).toHaveCount(3);
  await expect(reasons.first().getByRole('heading')).toHaveText('The thank-you note was missing or thin');
  await expect(page.locator('.email')).toContainText('Dear Ms Chen,');
  await expect(page.locator('.email')).toContainText('the onboarding redesign');
  expect(errors).toEqual([]);
});

test('the calendar file downloads and parses back with the plan’s dates', async ({ page }) => {
  await startByKeyboard(page);
  await answer(page, '11102026');
  for (let i = 0; i < 25 && (await page.getByText(/^Question \d+ of \d+$/).count()); i++) await answer(page);
  // The result view loads when first shown: wait for it before reading its dates.
  await expect(page.locator('.dates dd').first()).toBeVisible();
  const dates = await page.locator('.dates dd').allTextContents();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
  expect(download.suggestedFilename()).toBe('callback-follow-ups.ics');
  const text = await readFile((await download.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    expect(event.summary).toContain('Acme · Product designer');
    expect(event.startDate.isDate).toBe(true);
  }
  // Every entry is one of the dates shown on the page (past steps are left out of the file).
  const shown = dates.map((d) => d.replace(/^\w+ /, ''));
  for (const event of events) {
    const day = event.startDate.toJSDate();
    const label = `${day.getDate()} ${day.toLocaleString('en-GB', { month: 'long' })}`;
    expect(shown.some((d) => d.startsWith(label)), `${label} in ${shown.join(' | ')}`).toBe(true);
  }
  await expect(page.getByText(/Downloaded \d entr/)).toBeVisible();
});

test('reopen a saved interview, edit it, and delete it', async ({ page }) => {
  await startByKeyboard(page);
  for (let i = 0; i < 25 && (await page.getByText(/^Question \d+ of \d+$/).count()); i++) await answer(page);
  await page.getByRole('button', { name: 'All interviews' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Acme · Product designer' });
  await expect(item).toContainText('Diagnosed');

  await item.getByRole('button', { name: /See result/ }).click();
  await expect(heading(page)).toHaveText(/What probably happened: Acme/);
  await page.getByRole('button', { name: 'Edit answers' }).click();
  await expect(heading(page)).toHaveText('When was your most recent interview for this job?');
  await page.goto('/diagnose/');
  // An interview being edited reopens where it was left.
  await expect(heading(page)).toHaveText('When was your most recent interview for this job?');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();

  const saved = page.getByRole('listitem').filter({ hasText: 'Acme' });
  await saved.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'Acme' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start a new diagnosis' })).toBeVisible();
  await expect(page.getByText('Acme')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a question and on the result (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await startByKeyboard(page);
    await answer(page, '11102026');
    await answer(page, '2');
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
    for (let i = 0; i < 25 && (await page.getByText(/^Question \d+ of \d+$/).count()); i++) await answer(page);
    await page.locator('details.others summary').click();
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
}

test('usable at 320 px: no sideways scrolling on a question or the result', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await startByKeyboard(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  for (let i = 0; i < 25 && (await page.getByText(/^Question \d+ of \d+$/).count()); i++) await answer(page);
  expect(await overflow()).toBeLessThanOrEqual(0);
});
