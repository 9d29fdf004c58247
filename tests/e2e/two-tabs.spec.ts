/**
 * Two tabs on one interview (issue 13, "Two tabs never lose an edit"): typing in both at once loses nothing,
 * a field being typed in is never changed under the cursor, and what one tab has open is its own.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { InterviewsState } from '../../src/lib/interviews/interviews';
import { diagnoseNew, fillDetails, startInterview } from './helpers/diagnostic';
import { addInterview } from './helpers/planner';

test.use({ locale: 'en-US' });

const ROUNDS = 20;
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('callback:interviews')!).data as InterviewsState).then((s) => s.interviews[0]);
const field = (page: Page, label: string) => page.locator('details.personalize').getByLabel(label, { exact: true });

/** Two pages in one browser, both on the result of one new interview, its details open. */
async function twoTabsOnAResult(page: Page) {
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  const other = await page.context().newPage();
  await other.goto('/diagnose/');
  await expect(other.locator('#next-title')).toBeVisible();
  await fillDetails(page, {});
  await fillDetails(other, {});
  return other;
}

/**
 * Twenty rounds of typing at once: this tab the company, the other the role, each replacing what was
 * there. After each round both tabs show both edits, and storage holds them.
 */
async function typeAtOnceForRounds(
  page: Page,
  other: Page,
  field: (tab: Page, label: string) => Locator,
  [companyWord, roleWord]: [string, string],
) {
  // Twenty rounds of two tabs typing take several times a usual test, more on a busy machine.
  test.slow();
  for (let round = 1; round <= ROUNDS; round++) {
    const company = `${companyWord} ${round}`;
    const role = `${roleWord} ${round}`;
    await Promise.all([
      field(page, 'Company')
        .fill('')
        .then(() => field(page, 'Company').pressSequentially(company)),
      field(other, 'Role')
        .fill('')
        .then(() => field(other, 'Role').pressSequentially(role)),
    ]);
    // Each tab shows both edits once it leaves the field, and storage holds both.
    await field(page, 'Company').blur();
    await field(other, 'Role').blur();
    for (const tab of [page, other]) {
      await expect(field(tab, 'Company'), `round ${round}`).toHaveValue(company);
      await expect(field(tab, 'Role'), `round ${round}`).toHaveValue(role);
    }
    await expect.poll(() => stored(page)).toMatchObject({ company, role });
  }
}

test('typing in two tabs at once, 20 rounds, loses no edit', async ({ page }) => {
  const other = await twoTabsOnAResult(page);
  await typeAtOnceForRounds(page, other, field, ['Acme', 'Designer']);
});

test('a field being typed in is not changed when the other tab writes', async ({ page }) => {
  const other = await twoTabsOnAResult(page);
  await field(page, 'Company').fill('Mine');
  await field(page, 'Company').focus();
  await field(other, 'Company').fill('Theirs');
  await field(other, 'Role').fill('Lead');
  await expect(field(page, 'Role')).toHaveValue('Lead');
  await expect(field(page, 'Company')).toHaveValue('Mine');
});

test('Cancel in one tab leaves the other on its question', async ({ page }) => {
  await page.goto('/diagnose/');
  await startInterview(page);
  const question = await page.locator('#diagnose [data-step-heading]').textContent();
  const other = await page.context().newPage();
  await other.goto('/diagnose/');
  await other.getByRole('button', { name: 'Cancel' }).click();
  await expect(other.getByRole('button', { name: 'Next' })).toBeVisible();
  await page.reload();
  await expect(page.locator('#diagnose [data-step-heading]')).toHaveText(question!);
});

test('the planner in two tabs: 20 rounds of typing at once lose no edit', async ({ page }) => {
  await page.goto('/checklists/post-interview/');
  await addInterview(page, { company: 'Initech' });
  const plan = (tab: Page, label: string) => tab.locator('.planner').getByRole('textbox', { name: label, exact: true });
  await expect(plan(page, 'Company')).toBeVisible();
  // A new tab starts from the interview chosen last.
  const other = await page.context().newPage();
  await other.goto('/checklists/post-interview/');
  await expect(plan(other, 'Role')).toBeVisible();
  await typeAtOnceForRounds(page, other, plan, ['Globex', 'Analyst']);
});

test('an interview started in one tab while the other types is kept', async ({ page }) => {
  const other = await twoTabsOnAResult(page);
  await other.getByRole('button', { name: 'All interviews' }).click();
  await other.getByLabel('Date').fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
  await Promise.all([other.getByRole('button', { name: 'Next' }).click(), field(page, 'Company').pressSequentially('Initech')]);
  await field(page, 'Company').blur();
  const count = (tab: Page) =>
    tab.evaluate(() => JSON.parse(localStorage.getItem('callback:interviews')!).data.interviews.length as number);
  await expect.poll(() => count(page)).toBe(2);
  await expect.poll(() => stored(page)).toMatchObject({ company: 'Initech' });
});

test('ticks made in two tabs at the same moment, 8 rounds, both stay', async ({ page }) => {
  const other = await page.context().newPage();
  const boxes = (tab: Page) => tab.locator('[data-item] input[type=checkbox]');
  for (const tab of [page, other]) {
    await tab.goto('/checklists/pre-interview/');
    // Focus in the list is enough for the tool to go live.
    await boxes(tab).first().focus();
    await expect(tab.locator('astro-island[ssr]')).toHaveCount(0);
  }
  // Each round, this tab ticks one item and the other tab the next, at once: each writes from a copy
  // without the other's tick.
  for (let round = 0; round < 8; round++) {
    await Promise.all([
      boxes(page)
        .nth(2 * round)
        .evaluate((box: HTMLInputElement) => box.click()),
      boxes(other)
        .nth(2 * round + 1)
        .evaluate((box: HTMLInputElement) => box.click()),
    ]);
  }
  for (const tab of [page, other]) {
    for (let n = 0; n < 16; n++) await expect(boxes(tab).nth(n), `tab ${tab === page ? 1 : 2}, item ${n + 1}`).toBeChecked();
  }
  const saved = await page.evaluate(() =>
    Object.keys(JSON.parse(localStorage.getItem('callback:checklists')!).data.marks['pre-interview']),
  );
  expect(saved).toHaveLength(16);
});
