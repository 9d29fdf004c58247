/**
 * The plan in the person's own calendar, in the browser: on a Sunday the diagnostic hands over Monday's email,
 * the country control moves the plan's dates, and both stay accessible. The clock is fixed, so the holidays
 * are known ones.
 */
import { expect, test, type Page } from '@playwright/test';
import { CHECKLISTS } from '../../src/lib/checklists/checklists';
import { INTERVIEWS, newInterview } from '../../src/lib/interviews/interviews';
import { PLACE } from '../../src/lib/follow-up/work-calendar';
import { islandsLive, noAxeViolations, seedOnce, stored } from './helpers/browser-state';

test.use({ locale: 'en-US' });

/** Sunday evening, December 6, 2026, in the person's own time zone. */
const SUNDAY = new Date('2026-12-06T19:30:00');

/** One interview, open in the diagnostic with its timing answered: the case of a date just missed. */
function missedDate(page: Page, extra: [string, string][] = []) {
  const record = {
    ...newInterview('sun', new Date('2026-11-27T12:00:00Z')),
    company: 'Acme',
    role: 'Analyst',
    interviewer: 'Ms Chen',
    detail: 'the audit',
    answers: { interviewDate: '2026-11-27', promisedBy: '2026-12-04', thankYou: 'sent' as const, followUps: 0 },
    // Past the timing questions: the result shows.
    step: 99,
  };
  return seedOnce(page, [stored(INTERVIEWS, { interviews: [record], currentId: record.id }), ...extra]);
}

test('on a Sunday, with their date passed, the diagnostic gives Monday’s email now and names the missed date', async ({ page }) => {
  await page.clock.setFixedTime(SUNDAY);
  await missedDate(page);
  await page.goto('/diagnose/');
  await expect(page.locator('#next-title')).toHaveText('Send your first follow-up');
  await expect(page.getByText('Send on Monday, December 7: it is ready below.')).toBeVisible();
  await expect(page.locator('section.next')).toContainText('They said they would decide by Friday, December 4. That date has passed');
  const email = page.locator('pre.email');
  await expect(email).toContainText('a decision on the Analyst role was expected by Friday, December 4');
  await expect(page.getByText('Holidays:')).toContainText('United States');
  await islandsLive(page);
  await noAxeViolations(page);
});

test('the country control changes the plan’s dates, and the choice is kept', async ({ page }) => {
  // Monday, November 23: a week on is St Andrew's Day, Scotland's holiday, not England's.
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00'));
  const record = {
    ...newInterview('sct', new Date('2026-11-23T12:00:00Z')),
    company: 'Acme',
    answers: { interviewDate: '2026-11-23', thankYou: 'sent' as const, followUps: 0 },
    step: 99,
  };
  await seedOnce(page, [stored(INTERVIEWS, { interviews: [record], currentId: record.id }), stored(PLACE, 'GB-ENG')]);
  await page.goto('/diagnose/');
  const firstFollowUp = page.locator('ol.plan li').filter({ has: page.locator('.name', { hasText: /^First follow-up$/ }) });
  await expect(firstFollowUp).toContainText('Monday, November 30');
  await expect(page.getByText('Holidays:')).toContainText('England, United Kingdom');

  await page.getByRole('button', { name: 'Change the country for holidays' }).click();
  const region = page.getByRole('combobox', { name: 'Region' });
  await expect(page.getByRole('combobox', { name: 'Country' })).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('GB');
  await region.selectOption({ label: 'Scotland' });
  await expect(firstFollowUp).toContainText('Tuesday, December 1');
  await expect(firstFollowUp).toContainText('Monday, November 30 is St Andrew’s Day, a public holiday in Scotland, United Kingdom');
  await expect(page.getByText('Holidays:')).toContainText('Scotland, United Kingdom');
  await noAxeViolations(page);

  // Kept in this browser: the planner reads the same choice.
  await page.goto('/checklists/post-interview/');
  await seedPlanner(page, record.id);
  await expect(page.getByText('Holidays:')).toContainText('Scotland, United Kingdom');
  await page.getByRole('button', { name: 'Change the country for holidays' }).click();
  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'United States' });
  await expect(page.getByText('Holidays:')).toContainText('United States');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('callback:calendar')!).data)).toBe('US');
});

/** Chooses the interview in the planner's picker. */
async function seedPlanner(page: Page, id: string) {
  const picker = page.getByLabel('Interview', { exact: true });
  await expect(picker).toBeEnabled();
  await picker.selectOption(id);
}

test('a stored country the site does not know falls back with a notice, and nothing else is lost', async ({ page }) => {
  await page.clock.setFixedTime(SUNDAY);
  await missedDate(page, [stored(PLACE, 'ZZ'), stored(CHECKLISTS, { marks: {}, upcoming: { name: 'Kept', date: '' }, plannerId: null })]);
  await page.goto('/diagnose/');
  await expect(page.getByText('The holiday calendar “ZZ” is not one this site knows')).toBeVisible();
  await expect(page.getByText('Send on Monday, December 7: it is ready below.')).toBeVisible();
  const kept = await page.evaluate(() => [localStorage.getItem('callback:interviews'), localStorage.getItem('callback:checklists')]);
  expect(kept.every((value) => value !== null)).toBe(true);
});
