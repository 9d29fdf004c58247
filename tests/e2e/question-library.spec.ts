/**
 * The question library (issue 31): browsable with nothing saved, by kind of round, each question on a page of
 * its own with every part; there one tap (or key) adds a question to the next interview's expected questions or to practice, and
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
// A kind's list: each question's entry, named by its place (`q-<id>`), holding the link to its page.
const listed = (page: Page) => page.locator('li[id^="q-"]');
// What a question page says of an Add.
const added = (page: Page) => page.locator('article[data-question]').getByRole('status');
/** Opens the page of the first question listed for a recruiter screen; returns its text. */
async function openFirstScreenQuestion(page: Page) {
  await page.goto('/practice/questions/screen/');
  const link = listed(page).first().getByRole('link');
  const text = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible();
  return text;
}

test('a first visit: every kind of round lists its questions, each with one page holding every part; axe clean', async ({ page }) => {
  await page.goto('/practice/questions/');
  await expect(page.getByRole('heading', { level: 1, name: 'Question library' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Questions to ask them' })).toBeVisible();
  await noAxeViolations(page);
  const pages = new Map<string, string>();
  const also: string[] = [];
  for (const kind of ROUND_KINDS) {
    await page.goto('/practice/questions/');
    await page.getByRole('link', { name: LIBRARY_ROUNDS[kind].title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${LIBRARY_ROUNDS[kind].title} questions` })).toBeVisible();
    // Every question listed, not a sample: each under a topic's heading, linking to its own page, listed once.
    const entries = await listed(page).evaluateAll((items) =>
      items.map((item) => ({
        id: item.id.slice(2),
        href: item.querySelector('a')?.getAttribute('href') ?? '',
        topic: item.closest('section')?.querySelector('h2')?.textContent ?? '',
      })),
    );
    for (const { id, href, topic } of entries) {
      expect(href).toBe(`/practice/questions/${kind}/${id}/`);
      expect(topic, id).not.toBe('');
      expect(pages.has(id), id).toBe(false);
      pages.set(id, href);
    }
    // The questions of this kind listed under other kinds: linked, to be checked once every kind is read.
    also.push(...(await page.locator('.also a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))));
  }
  expect(pages.size).toBeGreaterThanOrEqual(150);
  expect(also.filter((href) => ![...pages.values()].includes(href))).toEqual([]);
  // Every question's page holds every part of it, under the question as its heading.
  const missing: string[] = [];
  for (const [id, href] of pages) {
    const response = await page.request.get(href);
    const html = await response.text();
    const lost = ['<h1', 'Why they ask:', 'How to answer', 'An example', 'Mistakes to avoid', 'Prepare with:', 'Add to practice'].filter(
      (part) => !html.includes(part),
    );
    if (!response.ok() || lost.length) missing.push(`${id}: ${response.status()} ${lost.join(', ')}`);
  }
  expect(missing).toEqual([]);
});

test('a round page and a question page are axe clean in both themes', async ({ page }) => {
  test.slow();
  await page.goto('/practice/questions/panel/');
  await noAxeViolations(page);
  await listed(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mistakes to avoid' })).toBeVisible();
  await noAxeViolations(page);
});

test('a question page: the next question, the way back to its list, and no script before a tap', async ({ page }) => {
  await page.goto('/practice/questions/screen/');
  const second = listed(page).nth(1);
  const nextText = (await second.textContent())!.trim();
  await openFirstScreenQuestion(page);
  // The first has no previous question; the next is the list's second.
  const pager = page.getByRole('navigation', { name: 'More recruiter screen questions' });
  await expect(pager.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: nextText })).toBeVisible();
  // Nothing loads until a tap: no script of the adds.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((n) => /library-add/.test(n)),
  );
  expect(scripts).toEqual([]);
  // Back to the list, at the question just read.
  await page.getByRole('link', { name: 'Recruiter screen questions' }).click();
  await expect(page).toHaveURL(/\/practice\/questions\/screen\/#q-/);
  await expect(second).toBeInViewport();
});

test('by keyboard: a question added to the next interview and to practice shows on /practice/', async ({ page }) => {
  // Two interviews to come: the sooner one is the one prepared for, whatever the order saved.
  const later = { ...acme(addDays(today, 9)), id: 'later', company: 'Globex' };
  await seedOnce(page, [interviews([later, acme(addDays(today, 2))])]);
  const text = await openFirstScreenQuestion(page);
  const id = new URL(page.url()).pathname.split('/').at(-2);
  const status = added(page);
  await tabTo(page, page.getByRole('button', { name: 'Add to my next interview' }));
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(/^Expected for Acme · Designer/);
  await tabTo(page, page.getByRole('button', { name: 'Add to practice' }));
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Added to your practice cards, due today.');
  // A second tap adds nothing twice, and says so.
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Already in your practice cards.');

  const saved = await storedPractice(page);
  expect(saved?.expectations).toEqual([expect.objectContaining({ interviewId: 'acme', round: 'panel', expected: [id] })]);
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
  await openFirstScreenQuestion(page);
  await page.getByRole('button', { name: 'Add to my next interview' }).click();
  await expect(added(page)).toContainText('No interview is coming up in your journal');
  await expect(added(page).getByRole('link', { name: 'Open your journal' })).toHaveAttribute('href', '/journal/');
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
  await openFirstScreenQuestion(page);
  await page.getByRole('button', { name: 'Add to practice' }).click();
  await expect(added(page)).toContainText('Not saved:');
  await expect(added(page)).not.toContainText('Added');
});
