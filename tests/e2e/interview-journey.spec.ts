/**
 * Issue 28's journey, on a 390×844 phone by keyboard alone, axe clean in both themes: an interview added from
 * its calendar invite, its expected questions picked on /practice/, its day-of sheet printed; the clock moved
 * past its day, the debrief written, the thank-you ready and the follow-up dates shown, all from the plan's own
 * engine. Then six past interviews entered by quick add, each in at most four moves, and a pattern read "N of 6".
 */
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatDate } from '../../src/lib/core/dates';
import { planFollowUps } from '../../src/lib/follow-up/timeline';
import { islandsLive, noAxeViolations } from './helpers/browser-state';
import { tabTo } from './helpers/keyboard';
import { US } from '../fixtures/calendars.ts';

const INVITE = join(import.meta.dirname, '../fixtures/invites/google.ics');
// Sunday, December 6, 2026, noon in New York; the invite is for Thursday the 10th at 2:30 PM there.
const SUNDAY = new Date('2026-12-06T17:00:00Z');
const FRIDAY = new Date('2026-12-11T15:00:00Z');
const INTERVIEW_DAY = '2026-12-10';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, timezoneId: 'America/New_York', locale: 'en-US' });

async function press(page: Page, target: Locator, key = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** "12102026": an ISO date as the en-US date field takes it. */
const typed = (iso: string) => iso.slice(5, 7) + iso.slice(8, 10) + iso.slice(0, 4);

test('from the invite to the follow-up dates, then six past interviews and a pattern', async ({ page, browser }) => {
  // Four pages scanned in two themes, a preview and a printed sheet on a shared 2-core machine.
  test.slow();
  await page.clock.setFixedTime(SUNDAY);
  let printed = 0;
  await page.exposeFunction('notePrint', () => printed++);
  await page.addInitScript(() => {
    window.print = () => void (window as unknown as { notePrint: () => void }).notePrint();
  });

  // 1. The invite, chosen from the journal's picker and checked in its preview.
  await page.goto('/journal/');
  const picker = page.getByLabel('Add from a calendar invite');
  await tabTo(page, picker);
  await picker.setInputFiles(INVITE);
  const preview = page.getByRole('group', { name: 'Check the interview before adding it' });
  await expect(preview.getByRole('heading')).toBeFocused();
  await expect(preview).toContainText('Thursday, December 10 at 2:30 PM, your time');
  await expect(preview.getByRole('textbox', { name: 'Company' })).toHaveValue('Acme');
  await tabTo(page, preview.getByRole('textbox', { name: 'Role' }));
  await page.keyboard.type('Product Designer');
  await noAxeViolations(page);
  await press(page, preview.getByRole('button', { name: 'Add to journal' }));
  await expect(page.getByText(/^Added “Acme · Product Designer · December 10” to your journal/)).toBeFocused();
  const row = page.locator('ul.interviews > li').filter({ hasText: 'Acme · Product Designer' });
  await expect(row).toContainText('Thursday, December 10 · in 4 days');

  // 2. Practice opens on it: three questions expected, ticked by keyboard.
  await page.goto('/practice/');
  await islandsLive(page);
  await expect(page.getByRole('combobox', { name: 'Interview' }).locator('option:checked')).toHaveText(/^Acme · Product Designer/);
  const expectBoxes = page.getByRole('group', { name: /Which of these do you expect/ }).getByRole('checkbox');
  const picked: string[] = [];
  for (const box of (await expectBoxes.all()).slice(0, 3)) {
    await press(page, box, 'Space');
    await expect(box).toBeChecked();
    picked.push((await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim());
  }
  await expect(page.getByText(/^3 questions expected for Acme · Product Designer/)).toBeVisible();
  await noAxeViolations(page);

  // 3. Its day-of sheet, by the practice page's link, names it and its questions, and prints.
  await press(page, page.getByRole('link', { name: 'Print your day-of sheet' }));
  await expect(page).toHaveURL(/\/checklists\/pre-interview\//);
  await islandsLive(page);
  const prep = page.getByRole('region', { name: /^Your prep for Acme · Product Designer/ });
  for (const question of picked) await expect(prep).toContainText(question.slice(0, 40));
  await press(page, page.getByRole('button', { name: 'Print', exact: true }));
  expect(printed).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(prep).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await noAxeViolations(page);

  // 4. The day after the interview: its page asks for the debrief and has the thank-you ready, dated by the plan.
  await page.clock.setFixedTime(FRIDAY);
  await page.goto('/journal/');
  await islandsLive(page);
  await expect(row).toContainText('Thank-you due');
  await press(page, page.getByRole('link', { name: /^Open Acme · Product Designer/ }));
  await expect(page).toHaveURL(/\/journal\/interview\/\?id=/);
  await islandsLive(page);
  await expect(page.locator('p.next')).toHaveText(/^Send your thank-you note today/);
  const debrief = page.getByRole('region', { name: 'Debrief' });
  const best = debrief.getByRole('textbox', { name: /went best/ });
  await tabTo(page, best);
  await page.keyboard.type('The portfolio walk-through, especially the onboarding redesign.');
  const after = page.getByRole('region', { name: 'After it' });
  await expect(after.locator('pre.email')).toContainText('Thursday, December 10');
  const { dates } = planFollowUps({ interviewDate: INTERVIEW_DAY }, '2026-12-11', US);
  for (const date of [dates.firstFollowUp!, dates.secondFollowUp!]) await expect(after).toContainText(formatDate(date, '2026-12-11'));
  await noAxeViolations(page);
  // What was typed is kept: the debrief is saved as typed.
  await page.reload();
  await islandsLive(page);
  await expect(page.getByRole('region', { name: 'Debrief' }).getByRole('textbox', { name: /went best/ })).toHaveValue(
    /^The portfolio walk-through/,
  );

  // 5. Someone else's six past interviews, on a phone of their own, a row at a time.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, locale: 'en-US' });
  const phone = await context.newPage();
  await phone.clock.setFixedTime(FRIDAY);
  await phone.goto('/journal/');
  const quick = phone.getByRole('group', { name: 'Quick add' });
  await tabTo(phone, quick.getByLabel('Company'));
  const past = [
    ['Quill & Co', 40, 'No reply: ghosted'],
    ['Birch', 33, 'Rejected'],
    ['Cedar', 26, 'No reply: ghosted'],
    ['Delta', 19, 'No reply: ghosted'],
    ['Elm', 12, 'No reply: ghosted'],
    ['Fig', 8, 'No reply: ghosted'],
  ] as const;
  const counts: number[] = [];
  for (const [company, daysAgo, ending] of past) {
    let moves = 0;
    const move = async (act: () => Promise<unknown>) => (moves++, await act());
    await move(() => phone.keyboard.type(company));
    await move(() =>
      quick.getByLabel('Date').pressSequentially(typed(new Date(FRIDAY.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10))),
    );
    await move(() => quick.getByLabel('How it ended').selectOption({ label: ending }));
    await move(() => phone.keyboard.press('Enter'));
    counts.push(moves);
    await expect(quick.getByRole('status')).toHaveText(new RegExp(`^Added ${company} · `));
    await expect(quick.getByLabel('Company')).toBeFocused();
  }
  expect(Math.max(...counts)).toBeLessThanOrEqual(4);
  await expect(phone.getByRole('heading', { name: /Interviews/ })).toContainText('(6)');
  await expect(phone.getByText('5 of 6 went quiet after the interview.')).toBeVisible();
  await noAxeViolations(phone);
  await context.close();
  test.info().annotations.push({ type: 'quick add moves', description: counts.join(', ') });
});
