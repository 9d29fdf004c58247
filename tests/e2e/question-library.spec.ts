/**
 * The question library (issue 31): browsable with nothing saved, by kind of round, each question with every
 * part; one tap (or key) adds a question to the next interview's expected questions or to practice, and
 * /practice/ then shows it; with nothing to add to, or a full browser, it says so and claims nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { addDays, localToday } from '../../src/lib/core/dates';
import { INTERVIEWS, newInterview, type InterviewRecord } from '../../src/lib/interviews/interviews';
import { ROUND_KINDS } from '../../src/lib/interviews/journal-record';
import { LIBRARY_ROUNDS } from '../../src/lib/prep/question-library';
import type { PracticeState } from '../../src/lib/prep/practice';
import { islandsLive, noAxeViolations, seedOnce, stored } from './helpers/browser-state';
import { tabTo } from './helpers/keyboard';

test.use({ locale: 'en-US' });

const today = localToday();
const acme = (date: string): InterviewRecord => ({
  ...newInterview('acme', new Date()),
  company: 'Acme',
  role: 'Designer',
  rounds: [{ id: 'r1', date, kind: 'panel', interviewers: [] }],
});
const interviews = (records: InterviewRecord[]) => stored(INTERVIEWS, { interviews: records, currentId: null });
const storedPractice = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('callback:practice') ?? 'null')?.data as PracticeState | undefined);
const questions = (page: Page) => page.locator('article[data-question]');

test('a first visit: every kind of round, each question in full once, with why, how, an example and mistakes; axe clean', async ({
  page,
}) => {
  await page.goto('/practice/questions/');
  await expect(page.getByRole('heading', { level: 1, name: 'Question library' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Questions to ask them' })).toBeVisible();
  await noAxeViolations(page);
  const shown = new Set<string>();
  for (const kind of ROUND_KINDS) {
    await page.goto('/practice/questions/');
    await page.getByRole('link', { name: LIBRARY_ROUNDS[kind].title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${LIBRARY_ROUNDS[kind].title} questions` })).toBeVisible();
    // Every question, not a sample: each has its parts on the page, and its place (its anchor) once.
    const parts = await questions(page).evaluateAll((items) =>
      items.map((item) => ({
        id: item.id,
        missing: ['Why they ask:', 'How to answer', 'An example', 'Mistakes to avoid', 'Prepare with:'].filter(
          (part) => !(item.textContent ?? '').includes(part),
        ),
      })),
    );
    expect(parts.filter((p) => p.missing.length)).toEqual([]);
    for (const { id } of parts) {
      expect(shown.has(id), id).toBe(false);
      shown.add(id);
    }
    // The questions of this kind shown on other pages are linked, each to a place that exists.
    for (const href of await page.locator('#also ~ ul a, .also a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))
      expect(href).toMatch(/^\/practice\/questions\/[a-z-]+\/#q-[a-z0-9-]+$/);
  }
  expect(shown.size).toBeGreaterThanOrEqual(150);
  // Nothing loads until a tap: no script of the adds.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((n) => /library-add/.test(n)),
  );
  expect(scripts).toEqual([]);
});

test('a round page is axe clean in both themes', async ({ page }) => {
  test.slow();
  await page.goto('/practice/questions/panel/');
  await noAxeViolations(page);
});

test('by keyboard: a question added to the next interview and to practice shows on /practice/', async ({ page }) => {
  // Two interviews to come: the sooner one is the one prepared for, whatever the order saved.
  const later = { ...acme(addDays(today, 9)), id: 'later', company: 'Globex' };
  await seedOnce(page, [interviews([later, acme(addDays(today, 2))])]);
  await page.goto('/practice/questions/screen/');
  const first = questions(page).first();
  const text = (await first.getByRole('heading', { level: 2 }).textContent())!.trim();
  await tabTo(page, first.getByRole('button', { name: 'Add to my next interview' }));
  await page.keyboard.press('Enter');
  await expect(first.getByRole('status')).toHaveText(/^Expected for Acme · Designer/);
  await tabTo(page, first.getByRole('button', { name: 'Add to practice' }));
  await page.keyboard.press('Enter');
  await expect(first.getByRole('status')).toHaveText('Added to your practice cards, due today.');
  // A second tap adds nothing twice, and says so.
  await page.keyboard.press('Enter');
  await expect(first.getByRole('status')).toHaveText('Already in your practice cards.');

  const saved = await storedPractice(page);
  expect(saved?.expectations).toEqual([
    expect.objectContaining({ interviewId: 'acme', round: 'panel', expected: [await first.getAttribute('data-question')] }),
  ]);
  expect(saved?.cards.map((c) => c.question)).toEqual([text]);

  await page.goto('/practice/');
  await islandsLive(page);
  await expect(page.getByRole('combobox', { name: 'Interview' }).locator('option:checked')).toHaveText(/^Acme · Designer/);
  await expect(
    page.getByRole('group', { name: 'Which of these do you expect? Tick each one.' }).getByRole('checkbox', { name: text }),
  ).toBeChecked();
  const card = page.getByRole('article').filter({ hasText: 'From the question library' });
  await expect(card.getByRole('heading', { name: text })).toBeVisible();
});

test('with no interview coming up, it says where to add one and saves nothing', async ({ page }) => {
  const past = acme(addDays(today, -3));
  await seedOnce(page, [interviews([past])]);
  await page.goto('/practice/questions/screen/');
  const first = questions(page).first();
  await first.getByRole('button', { name: 'Add to my next interview' }).click();
  await expect(first.getByRole('status')).toContainText('No interview is coming up in your journal');
  await expect(first.getByRole('status').getByRole('link', { name: 'Open your journal' })).toHaveAttribute('href', '/journal/');
  expect(await storedPractice(page)).toBeUndefined();
});

test('with the browser’s storage full, it says the question was not saved and claims nothing', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === localStorage && key.startsWith('callback:'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/practice/questions/screen/');
  const first = questions(page).first();
  await first.getByRole('button', { name: 'Add to practice' }).click();
  await expect(first.getByRole('status')).toContainText('Not saved:');
  await expect(first.getByRole('status')).not.toContainText('Added');
});
