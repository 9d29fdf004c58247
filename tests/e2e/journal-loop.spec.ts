/**
 * The loop closed from the diagnostic's result, in Chromium: "Mark as sent" moves the plan on (and stays
 * moved after a reload), an overdue interview is closed as ghosted with a note, and the data is kept safe
 * (the browser asked once, an export reminder from three interviews, the size on /data/).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatDate, localToday } from '../../src/lib/core/dates';
import { newInterview, type InterviewRecord } from '../../src/lib/interviews/interviews';
import { daysAgo, diagnoseNew, islandReady } from './helpers/diagnostic';

test.use({ locale: 'en-US' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const headline = (page: Page) => page.locator('#next-title');
const recorded = (page: Page) => page.getByRole('list', { name: 'Recorded' });
const today = localToday();

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

/** Saved interviews as the site stores them, written before the page's scripts run. */
async function seed(page: Page, records: InterviewRecord[], currentId: string | null = records[0]?.id ?? null) {
  const raw = JSON.stringify({ v: 3, data: { interviews: records, currentId } });
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('callback:interviews', value);
    sessionStorage.setItem('seeded', '1');
  }, raw);
}

const overdue = (id: string, company: string): InterviewRecord => ({
  ...newInterview(id, new Date()),
  company,
  finished: true,
  step: 1000,
  // Two follow-ups, the last 12 days ago: the plan's move-on date (a week later) has passed.
  answers: { interviewDate: daysAgo(30), thankYou: 'sent', followUps: 2, lastFollowUp: daysAgo(12) },
});

test('"Mark as sent" by keyboard: the plan moves on at once, and stays moved after a reload', async ({ page }) => {
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  await expect(headline(page)).toHaveText('Send your first follow-up');
  const mark = page.getByRole('button', { name: 'Mark as sent' });
  await mark.focus();
  await page.keyboard.press('Enter');

  await expect(headline(page)).not.toHaveText('Send your first follow-up');
  await expect(headline(page)).toBeFocused();
  await expect(mark).toHaveCount(0);
  await expect(recorded(page)).toContainText(`Follow-up sent on ${formatDate(today, today)}`);
  // The plan marks the first follow-up done; the next date is the second follow-up's.
  await expect(page.locator('ol.plan [data-state="done"]').filter({ hasText: 'follow-up' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Debrief and history in your journal' })).toHaveAttribute(
    'href',
    /^\/journal\/interview\/\?id=/,
  );
  const moved = await headline(page).textContent();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await noAxeViolations(page);
  }

  await page.reload();
  await islandReady(page);
  await expect(headline(page)).toHaveText(moved!);
  await expect(recorded(page)).toContainText('Follow-up sent');
  const events = await page.evaluate(() => JSON.parse(localStorage.getItem('callback:interviews')!).data.interviews[0].events);
  expect(events).toEqual([{ kind: 'follow-up-sent', date: today }]);
});

test('an overdue interview is closed as ghosted, with a note, and Undo reopens it', async ({ page }) => {
  await seed(page, [overdue('g', 'Globex')]);
  await page.goto('/diagnose/');
  await islandReady(page);
  const close = page.getByRole('button', { name: 'Close as ghosted' });
  await expect(close).toBeVisible();
  await page.getByLabel('A short note for your journal (optional)').fill('No reply after two follow-ups');
  await close.click();

  await expect(recorded(page)).toContainText(`Ghosted on ${formatDate(today, today)}: No reply after two follow-ups`);
  await expect(close).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Closed as ghosted' })).toBeVisible();
  await noAxeViolations(page);

  await page.reload();
  await islandReady(page);
  await expect(recorded(page)).toContainText('Ghosted on');
  await recorded(page).getByRole('button', { name: /^Undo/ }).click();
  await expect(close).toBeVisible();
});

test('keeping the data: the browser is asked once, then an export is suggested, and /data/ shows the size', async ({ page }) => {
  await seed(page, [overdue('a', 'Acme'), overdue('b', 'Globex'), overdue('c', 'Initech')], null);
  // The data page shows the same box, in both themes.
  await page.goto('/data/');
  await expect(page.getByRole('heading', { name: 'Keep your interviews in this browser?' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await noAxeViolations(page);
  }
  await page.goto('/diagnose/');
  await islandReady(page);
  await expect(page.getByRole('heading', { name: 'Keep your interviews in this browser?' })).toBeVisible();
  await page.getByRole('button', { name: 'Ask the browser to keep it' }).click();
  // Chromium decides on its own (a site visited this little is usually refused); either answer is said.
  await expect(page.getByRole('status').filter({ hasText: /This browser (has agreed|didn't promise)/ })).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();

  await expect(page.getByText('You have 3 interviews saved only in this browser and have not exported them yet.')).toBeVisible();
  await noAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export now' }).click()]);
  expect(download.suggestedFilename()).toBe(`callback-data-${today}.json`);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();

  await page.reload();
  await islandReady(page);
  await expect(page.getByRole('heading', { name: 'Keep your interviews in this browser?' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Keep a copy of your data' })).toHaveCount(0);

  await page.goto('/data/');
  await expect(page.getByText(/^Your data uses \d+ kB of about 5 MB this browser keeps for the site \(under 1%\)\./)).toBeVisible();
  await expect(page.getByText('That room holds the 500 interviews the site keeps at most')).toBeVisible();
  await expect(page.getByText(`Last export: ${formatDate(today, today)}`)).toBeVisible();
});
