/**
 * Adding an interview from its calendar invite, on a phone, by keyboard alone: the Google Calendar invite
 * chosen in the journal's picker, the role typed into the preview, "Add to journal"; the interview is then in
 * the list as coming up, and the same invite again adds nothing. The preview is axe clean in both themes,
 * and the journal page loads no calendar code until a file comes.
 */
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { INTERVIEWS, newInterview, type InterviewsState } from '../../src/lib/interviews/interviews';
import { tabTo } from './helpers/keyboard';
import { noAxeViolations, seedOnce, stored } from './helpers/browser-state';

const GOOGLE = join(import.meta.dirname, '../fixtures/invites/google.ics');
const BROKEN = join(import.meta.dirname, '../fixtures/invites/broken.ics');
// Sunday, December 6, 2026 at noon in New York: the invite is for Thursday the 10th at 2:30 PM there.
const NOW = new Date('2026-12-06T17:00:00Z');

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, timezoneId: 'America/New_York', locale: 'en-US' });

const saved = (page: Page) =>
  page.evaluate(
    () => (JSON.parse(localStorage.getItem('callback:interviews') ?? '{"data":{"interviews":[]}}').data as InterviewsState).interviews,
  );

async function chooseByKeyboard(page: Page, path: string) {
  const picker = page.getByLabel('Add from a calendar invite');
  await tabTo(page, picker);
  await picker.setInputFiles(path);
}

/** Imports the Google invite by keyboard, typing `role` into the preview, and checks what is said after. */
async function importGoogle(page: Page, role: string) {
  await chooseByKeyboard(page, GOOGLE);
  const preview = page.getByRole('group', { name: 'Check the interview before adding it' });
  await expect(preview.getByRole('heading')).toBeFocused();
  await expect(preview).toContainText('“Interview with Acme”');
  await expect(preview).toContainText('Thursday, December 10 at 2:30 PM, your time');
  await expect(preview.getByRole('textbox', { name: 'Company' })).toHaveValue('Acme');
  await tabTo(page, preview.getByRole('textbox', { name: 'Role' }));
  await page.keyboard.type(role);
  await tabTo(page, preview.getByRole('button', { name: 'Add to journal' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByText(
      `Added “Acme · ${role} · December 10” to your journal: its screen round is Thursday, December 10 · in 4 days, at 2:30 PM.`,
    ),
  ).toBeFocused();
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('an invite added by keyboard is in the list as coming up, and the same invite again adds nothing', async ({ page }) => {
  // Someone with a journal already: the list is live from the start.
  await seedOnce(page, [stored(INTERVIEWS, { currentId: null, interviews: [{ ...newInterview('globex', NOW), company: 'Globex' }] })]);
  await page.goto('/journal/');
  await importGoogle(page, 'Product Designer');

  const row = page.locator('summary').filter({ hasText: 'Acme · Product Designer' });
  await expect(row).toContainText('Thursday, December 10 · in 4 days');
  const [added] = (await saved(page)).filter((r) => r.company === 'Acme');
  expect(added).toMatchObject({
    role: 'Product Designer',
    interviewer: 'Maya Chen',
    answers: { interviewDate: '2026-12-10' },
    rounds: [{ date: '2026-12-10', kind: 'screen' }],
    meeting: { time: '14:30', place: 'https://meet.google.com/abc-defg-hij' },
  });

  await chooseByKeyboard(page, GOOGLE);
  const preview = page.getByRole('group', { name: 'Check the interview before adding it' });
  await expect(preview).toContainText('adding it again would change nothing');
  await expect(preview.getByRole('button', { name: 'Add to journal' })).toHaveCount(0);
  await tabTo(page, preview.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Add from a calendar invite')).toBeFocused();
  expect((await saved(page)).filter((r) => r.company === 'Acme')).toHaveLength(1);
  await expect(page.locator('summary').filter({ hasText: 'Acme' })).toHaveCount(1);
});

test('on a first visit, the interview added is kept, and in the list on the next visit', async ({ page }) => {
  await page.goto('/journal/');
  await expect(page.getByText('No interviews yet.')).toBeVisible();
  await importGoogle(page, 'Designer');
  expect(await saved(page)).toHaveLength(1);
  await page.reload();
  await expect(page.locator('summary').filter({ hasText: 'Acme · Designer' })).toContainText('Thursday, December 10 · in 4 days');
});

// The list is the Journal island, which on a first visit goes live only on intent: a write made by another
// island on the page wakes it (the `callback:stored` event, src/state/persisted.ts).
test('on a first visit, the interview added is in the list at once', async ({ page }) => {
  await page.goto('/journal/');
  await importGoogle(page, 'Designer');
  await expect(page.locator('summary').filter({ hasText: 'Acme · Designer' })).toContainText('Thursday, December 10 · in 4 days');
});

test('a broken invite says which line, as an alert, and stores nothing', async ({ page }) => {
  await page.goto('/journal/');
  await chooseByKeyboard(page, BROKEN);
  await expect(page.getByRole('alert')).toContainText("The invite can't be read: line 10");
  expect(await saved(page)).toEqual([]);
});

test('no calendar code loads with the page; it comes with the file, and the preview is axe clean in both themes', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await seedOnce(page, [stored(INTERVIEWS, { currentId: null, interviews: [{ ...newInterview('globex', NOW), company: 'Globex' }] })]);
  await page.goto('/journal/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const calendarCode = (names: string[]) => names.filter((name) => /\/(ical|journal-invite-actions|InvitePreview)\./.test(name));
  expect(calendarCode(scripts)).toEqual([]);
  await chooseByKeyboard(page, GOOGLE);
  await expect(page.getByRole('group', { name: 'Check the interview before adding it' })).toBeVisible();
  expect(calendarCode(scripts).length).toBe(3);
  await noAxeViolations(page);
});
