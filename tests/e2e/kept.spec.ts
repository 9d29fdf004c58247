/**
 * Nothing a person does is lost or misreported (issue 30): with the browser's storage full, every page that
 * writes says so and claims nothing; a tick made before a returning visitor's checklist is live is kept; and
 * the data-care box takes its place without moving what is on screen, with no interviews and with 500.
 */
import { expect, test, type Page } from '@playwright/test';
import { MAX_INTERVIEWS, newInterview, type InterviewRecord } from '../../src/lib/interviews/interviews';
import { INTERVIEWS } from '../../src/lib/interviews/interviews';
import { daysAgo } from './helpers/diagnostic';
import { islandsLive, seedOnce, stored } from './helpers/browser-state';

const at = new Date('2026-11-20T10:00:00Z');
const interview = (i: number): InterviewRecord => ({
  ...newInterview(`interview-${i}`, at),
  company: `Northwind Traders ${i}`,
  role: 'Senior product designer',
  answers: { interviewDate: daysAgo(12 + (i % 200)), thankYou: 'sent', followUps: 'none' },
  step: 1000,
  finished: true,
});
const interviews = (n: number) => stored(INTERVIEWS, { interviews: Array.from({ length: n }, (_, i) => interview(i)), currentId: null });

/**
 * The page's cumulative layout shift from its load until `settle` ms after its islands are live: the sum of
 * the shifts not caused by the person's own input (the Web Vitals definition, without session windows, so
 * never less than theirs).
 */
async function layoutShift(page: Page, path: string, live: boolean, settle = 1500) {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  // With nothing saved, the tools wait for the person (client:intent): what a first visit sees is the page.
  if (live) await islandsLive(page);
  await page.waitForTimeout(settle);
  return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
}

test.describe('the data-care box moves nothing on screen', () => {
  for (const count of [0, 1, MAX_INTERVIEWS]) {
    for (const path of ['/journal/', '/diagnose/', '/data/']) {
      test(`${path} with ${count} interviews saved`, async ({ page }) => {
        if (count) await seedOnce(page, [interviews(count)]);
        expect(await layoutShift(page, path, count > 0)).toBeLessThan(0.01);
        // Measured with the box on the page: from the first saved interview it asks, or reminds to export.
        const box = page.getByRole('heading', { name: /^Keep (your interviews in this browser\?|a copy of your data)$/ });
        await expect(box).toHaveCount(count ? 1 : 0);
      });
    }
  }
});

/**
 * The browser's storage for the site refuses every write of the site's keys, as a full storage does, after
 * `entries` are stored (on the first load only, so a reload keeps what the browser kept).
 */
async function storageFull(page: Page, entries: [string, string][] = []) {
  await page.addInitScript((values) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [key, value] of values) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === localStorage && key.startsWith('callback:'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  }, entries);
}

const notice = (page: Page) => page.getByText('Your latest changes are not being saved.');
/** What a page says after a write it believes kept. */
const CLAIM = /^(Saved|Added|Recorded|Imported|Marked|Restored)\b/;

/** Each page with a tool that writes, with one write a person makes there. */
const WRITES: { path: string; seeded?: boolean; write: (page: Page) => Promise<void> }[] = [
  {
    path: '/diagnose/',
    async write(page) {
      await page.getByLabel('Date').fill(daysAgo(10));
      await page.getByRole('button', { name: 'Next' }).click();
    },
  },
  ...['/checklists/pre-interview/', '/checklists/post-interview/', '/checklists/online-audit/'].map((path) => ({
    path,
    // A tick, or on the audit the first of an item's marks.
    write: (page: Page) => page.locator('[data-item] input').first().check(),
  })),
  {
    path: '/journal/',
    async write(page) {
      await page.getByLabel('Company').fill('Initech');
      await page.getByLabel('Date').fill(daysAgo(3));
      await page.getByRole('button', { name: 'Add to journal' }).click();
      await expect(page.getByRole('alert')).toContainText("Not saved: this browser's storage for the site is full");
    },
  },
  {
    path: '/journal/interview/?id=interview-0',
    seeded: true,
    async write(page) {
      await page.getByLabel(/Anything else to remember/).fill('Ask for Dana');
      await expect(page.getByRole('alert')).toContainText("Not saved: this browser's storage for the site is full");
    },
  },
  {
    path: '/stories/',
    async write(page) {
      await page.getByRole('button', { name: 'Add a story' }).click();
      await page.getByLabel('Title of the story').fill('The launch we saved');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.getByRole('alert')).toContainText("Not saved: this browser's storage for the site is full");
    },
  },
  {
    path: '/practice/',
    seeded: true,
    async write(page) {
      await page.getByRole('group', { name: 'Which of these do you expect? Tick each one.' }).getByRole('checkbox').first().check();
    },
  },
];

test.describe('with the browser’s storage full', () => {
  for (const { path, seeded, write } of WRITES) {
    test(`${path} says what is not being saved and claims nothing`, async ({ page }) => {
      await storageFull(page, seeded ? [interviews(1)] : []);
      await page.goto(path);
      await write(page);
      await expect(notice(page)).toBeVisible();
      await expect(page.getByText(CLAIM)).toHaveCount(0);
    });
  }
});

test('a returning visitor’s tick made before the checklist is live is kept', async ({ page }) => {
  await page.goto('/checklists/pre-interview/');
  const boxes = page.locator('[data-item] input[type=checkbox]');
  await boxes.nth(0).check();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('callback:checklists') ?? '')).toContain('done');
  // Something is saved, so the tool loads at once; on a slow phone its script comes late.
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((done) => setTimeout(done, 3000));
    await route.continue().catch(() => {});
  });
  await page.goto('/checklists/pre-interview/', { waitUntil: 'commit' });
  await expect(boxes.nth(1)).toBeAttached();
  await expect(page.locator('astro-island[inert]')).toHaveCount(1);
  // Ticked at once, while the tool loads (well before its script comes): the browser shows it, and the tool
  // takes it when it is live.
  await boxes.nth(1).check({ timeout: 2000 });
  await page.unroute('**/_astro/*.js');
  // The scripts already asked for still come late, one after another.
  await expect(page.locator('astro-island[inert]')).toHaveCount(0, { timeout: 20_000 });
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('callback:checklists')!).data.marks['pre-interview']).length),
    )
    .toBe(2);
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
});
