/**
 * One page per interview, and quick add, on a phone (390×844) by keyboard alone: six past interviews entered a
 * row at a time, each in at most four moves; one opened by its link, its next step, rounds and events seen, then
 * deleted from the bottom after a question that names it. And an interview still to come, before its day (what
 * to prepare) and after it (the debrief and the thank-you due), with the clock moved. axe in both themes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { INTERVIEWS, newInterview } from '../../src/lib/interviews/interviews';
import { noAxeViolations, seedOnce, stored, islandsLive } from './helpers/browser-state';
import { daysAgo } from './helpers/diagnostic';
import { tabTo, typeDate } from './helpers/keyboard';

test.use({ locale: 'en-US', viewport: { width: 390, height: 844 } });

/** "11202026": an ISO date as the en-US date field takes it, month, day and year. */
const typed = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return `${month}${day}${year}`;
};

/**
 * The moves a row takes, counted: keys typed or pressed, an option chosen, and a field reached and typed in at
 * once (as a tap and type is one move on a phone). Tab presses would count too; none is needed.
 */
function counter(page: Page) {
  let moves = 0;
  return {
    type: async (text: string) => (moves++, page.keyboard.type(text)),
    typeInto: async (field: Locator, text: string) => (moves++, field.pressSequentially(text)),
    choose: async (field: Locator, label: string) => (moves++, field.selectOption({ label })),
    press: async (key: string) => (moves++, page.keyboard.press(key)),
    get moves() {
      return moves;
    },
  };
}

const quick = (page: Page) => page.getByRole('group', { name: 'Quick add' });
const rows = (page: Page) => page.locator('ul.interviews > li');

test('six past interviews by quick add, four moves each; one opened on its page, then deleted from the bottom', async ({ page }) => {
  test.slow();
  await page.goto('/journal/');
  await expect(page.getByText('No interviews yet.')).toBeVisible();
  const company = quick(page).getByLabel('Company');
  await tabTo(page, company);

  const past = [
    { company: 'Acme', date: daysAgo(40), ending: 'No reply: ghosted' },
    { company: 'Birch', date: daysAgo(33), ending: 'Rejected' },
    { company: 'Cedar', date: daysAgo(3), ending: 'No reply yet' },
    { company: 'Delta', date: daysAgo(18), ending: 'Offer' },
    { company: 'Elm', date: daysAgo(12), ending: 'Withdrew' },
    { company: 'Fig', date: daysAgo(6), ending: 'Next round' },
  ];
  for (const [i, row] of past.entries()) {
    const moves = counter(page);
    await moves.type(row.company);
    await moves.typeInto(quick(page).getByLabel('Date'), typed(row.date));
    // "No reply yet" is where the choice starts: nothing to choose.
    if (row.ending !== 'No reply yet') await moves.choose(quick(page).getByLabel('How it ended'), row.ending);
    await moves.press('Enter');
    expect(moves.moves, row.company).toBeLessThanOrEqual(4);
    // Listed at once, and the next row starts where it should: an empty company field, focused.
    await expect(rows(page)).toHaveCount(i + 1);
    await expect(company).toBeFocused();
    await expect(company).toHaveValue('');
    await expect(quick(page).getByRole('status')).toHaveText(new RegExp(`^Added ${row.company} · `));
  }
  await expect(page.getByRole('heading', { name: /Interviews/ })).toContainText('(6)');
  // Newest first, each with how it ended; the patterns count all six at once.
  await expect(rows(page).locator('.name')).toHaveText([/^Cedar/, /^Fig/, /^Elm/, /^Delta/, /^Birch/, /^Acme/]);
  await expect(rows(page).filter({ hasText: 'Birch' })).toContainText('Rejected');
  await expect(rows(page).filter({ hasText: 'Acme' })).toContainText('Ghosted');
  await expect(page.locator('table.funnel-table tbody tr').first()).toHaveText(/Interviewed\s*6/);
  // Targets a thumb can hit.
  for (const target of [company, quick(page).getByRole('button', { name: 'Add to journal' }), rows(page).first().getByRole('link')]) {
    expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  await noAxeViolations(page);

  // Cedar's own page, by its link: the next step first, then its rounds and what happened.
  const open = page.getByRole('link', { name: /^Open Cedar/ });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/journal\/interview\/\?id=/);
  await islandsLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Cedar · /);
  await expect(page).toHaveTitle(/^Cedar · .* · Callback$/);
  await expect(page.locator('p.next')).toHaveText(/^Send your thank-you note (today|on Monday, .*): it is ready to copy below/);
  const rounds = page.getByRole('region', { name: 'Rounds' });
  await expect(rounds).toContainText('No rounds recorded');
  await tabTo(page, rounds.getByLabel('Round'));
  await page.keyboard.type('Panel');
  await tabTo(page, rounds.getByLabel('Date'));
  await typeDate(page, daysAgo(3));
  await tabTo(page, rounds.getByRole('button', { name: 'Add round' }));
  await page.keyboard.press('Enter');
  await expect(rounds.getByRole('listitem')).toHaveText([/: Panel/]);
  const happened = page.getByRole('region', { name: 'What happened' });
  await expect(happened).toContainText('Nothing recorded yet.');
  await expect(page.getByRole('region', { name: 'Debrief' })).toBeVisible();
  await noAxeViolations(page);

  // Deleting: apart from sharing, at the bottom, and only once the question naming it is answered.
  const share = page.getByRole('region', { name: 'Share it' });
  const remove = page.getByRole('region', { name: 'Delete' });
  expect((await remove.boundingBox())!.y).toBeGreaterThan((await share.boundingBox())!.y);
  await tabTo(page, remove.getByRole('button', { name: 'Delete this interview' }));
  await page.keyboard.press('Enter');
  await expect(
    remove.getByRole('group', { name: 'Delete Cedar? This removes its rounds, events and debrief from this browser.' }),
  ).toBeVisible();
  await expect(remove.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  const gone = page.getByText(/^Deleted Cedar · /);
  await expect(gone).toBeFocused();
  await tabTo(page, gone.getByRole('link', { name: 'Back to your journal' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/journal\/$/);
  await expect(rows(page)).toHaveCount(5);
  await expect(page.locator('ul.interviews')).not.toContainText('Cedar');
});

test('an interview still to come: what to prepare before its day; the debrief and the thank-you once it has passed', async ({ page }) => {
  // Four axe scans of a full page on a shared 2-core machine.
  test.slow();
  const record = {
    ...newInterview('delta', new Date('2026-12-01T10:00:00')),
    company: 'Delta',
    role: 'Designer',
    answers: { interviewDate: '2026-12-10' },
    meeting: { uid: 'inv-1', time: '14:30', place: 'https://meet.example/delta' },
  };
  const past = { ...newInterview('acme', new Date('2026-11-01T10:00:00')), company: 'Acme', answers: { interviewDate: '2026-11-20' } };
  await seedOnce(page, [stored(INTERVIEWS, { interviews: [past, record], currentId: null })]);
  await page.clock.setFixedTime(new Date('2026-12-06T10:00:00'));

  // First in the list, read as coming.
  await page.goto('/journal/');
  await islandsLive(page);
  await expect(rows(page).first()).toContainText('Delta · Designer');
  await expect(rows(page).first()).toContainText('Thursday, December 10 · in 4 days');
  // Not in the patterns until it has happened: one interview so far.
  await expect(page.locator('table.funnel-table tbody tr').first()).toHaveText(/Interviewed\s*1/);

  await page.goto('/journal/interview/?id=delta');
  await islandsLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delta · Designer · December 10');
  const before = page.getByRole('region', { name: 'Before it' });
  await expect(before).toContainText('Thursday, December 10 at 2:30 PM · in 4 days');
  await expect(before.getByRole('link', { name: 'https://meet.example/delta' })).toHaveAttribute('href', 'https://meet.example/delta');
  await expect(before.getByRole('link', { name: 'The questions to expect' })).toHaveAttribute('href', '/practice/?interview=delta');
  await expect(before.getByRole('link', { name: 'Your stories' })).toHaveAttribute('href', '/stories/');
  await expect(before.getByRole('link', { name: 'The day-of sheet' })).toHaveAttribute(
    'href',
    '/checklists/pre-interview/?interview=delta',
  );
  await expect(page.locator('p.next')).toHaveText(/^Get ready for your interview on Thursday, December 10 at 2:30 PM, in 4 days/);
  await expect(page.getByRole('region', { name: 'Debrief' })).toHaveCount(0);
  await noAxeViolations(page);

  // The day after: nothing left to prepare; the debrief and the thank-you, drafted, due today.
  await page.clock.setFixedTime(new Date('2026-12-11T10:00:00'));
  await page.reload();
  await islandsLive(page);
  await expect(page.getByRole('region', { name: 'Before it' })).toHaveCount(0);
  await expect(page.locator('p.next')).toHaveText('Send your thank-you note today: it is ready to copy below, then mark it as sent.');
  const after = page.getByRole('region', { name: 'After it' });
  await expect(after.getByRole('region', { name: 'Your thank-you note' })).toContainText('Thank-you note: due today');
  await expect(after.locator('pre.email')).toContainText('Thursday, December 10');
  await expect(after.getByRole('region', { name: 'Debrief' })).toBeVisible();
  await noAxeViolations(page);
});
