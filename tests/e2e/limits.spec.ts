/**
 * Nothing a person enters is lost, at the limits: the scenarios of an attack review, each shown to hold.
 * The interview limit, an import over it, duplicate ids, a non-date, a store named `constructor`, a full
 * storage on import; and the measured size of 500 interviews.
 */
import { expect, test, type Page } from '@playwright/test';
import { DETAIL_MAX, MAX_INTERVIEWS, newInterview, type InterviewRecord } from '../../src/lib/interviews/interviews';
import { STORAGE_LIMIT_CHARS } from '../../src/lib/storage/storage-keys';
import { daysAgo, islandReady } from './helpers/diagnostic';
import { fillAddForm } from './helpers/planner';
import { fillStorage } from './helpers/browser-state';

const at = new Date('2026-11-20T10:00:00Z');
/** An interview as a person fills it in: details, and the timing and refining answers. */
const realistic = (i: number): InterviewRecord => ({
  ...newInterview(`interview-${i}`, at),
  company: `Northwind Traders ${i}`,
  role: 'Senior product designer',
  interviewer: 'Dana Whitfield',
  detail: 'the redesign of the onboarding flow',
  answers: { interviewDate: daysAgo(12), promisedBy: daysAgo(3), thankYou: 'sent', followUps: 'none', recruiter: 'agency', stage: 'final' },
  step: 1000,
  finished: true,
});
/** The same with every text at its limit. */
const maxed = (i: number): InterviewRecord => ({
  ...realistic(i),
  ...Object.fromEntries((['company', 'role', 'interviewer', 'detail'] as const).map((k) => [k, `${i}`.padEnd(DETAIL_MAX, 'x')])),
});
const envelope = (interviews: InterviewRecord[]) => JSON.stringify({ v: 2, data: { interviews, currentId: null } });
const exportFile = (interviews: unknown[], more: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'callback-data',
    version: 1,
    exportedAt: '',
    stores: { interviews: { v: 2, data: { interviews, currentId: null } }, ...more },
  });
const file = (text: string) => ({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(text) });

async function seed(page: Page, values: Record<string, string>) {
  await page.goto('/data/');
  await page.evaluate((v) => {
    localStorage.clear();
    for (const [k, text] of Object.entries(v)) localStorage.setItem(k, text);
  }, values);
}
const savedCount = (page: Page) =>
  page.evaluate(
    () => JSON.parse(localStorage.getItem('callback:interviews') ?? '{"data":{"interviews":[]}}').data.interviews.length as number,
  );

test('500 interviews: the measured size leaves room to spare', async ({ page }) => {
  const sizes: Record<string, number> = {};
  for (const [name, make] of [
    ['realistic', realistic],
    ['every field at its limit', maxed],
  ] as const) {
    await seed(page, { 'callback:interviews': envelope(Array.from({ length: MAX_INTERVIEWS }, (_, i) => make(i))) });
    await page.reload();
    await expect(page.getByText(`${MAX_INTERVIEWS} saved interviews`)).toBeVisible();
    await expect(page.getByText(/Your data uses [\d,.]+ [kM]B of about 5 MB this browser keeps for the site/)).toBeVisible();
    sizes[name] = await page.evaluate(() => 'callback:interviews'.length + localStorage.getItem('callback:interviews')!.length);
  }
  console.log(
    `500 interviews in storage: ${Object.entries(sizes)
      .map(([k, v]) => `${k} ${Math.round(v / 1024)} kB`)
      .join(', ')}`,
  );
  expect(sizes['every field at its limit']!).toBeLessThan(STORAGE_LIMIT_CHARS / 5);
});

test('"Add" over the limit is refused before anything changes; Replace keeps the limit', async ({ page }) => {
  await seed(page, { 'callback:interviews': envelope([realistic(9999)]) });
  await page.reload();
  await page
    .getByLabel('Choose an export file')
    .setInputFiles(file(exportFile(Array.from({ length: MAX_INTERVIEWS }, (_, i) => realistic(i)))));
  await expect(
    page.getByText(`That would make ${MAX_INTERVIEWS + 1} saved interviews; this browser keeps at most ${MAX_INTERVIEWS}.`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add to what is here' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Replace what is here' }).click();
  await page.getByRole('button', { name: 'Yes, replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported: the file replaced what was here.' })).toBeVisible();
  await page.reload();
  await expect(page.getByText(`${MAX_INTERVIEWS} saved interviews`)).toBeVisible();
  await expect(page.getByText('Some saved data could not be read')).toHaveCount(0);
  expect(await savedCount(page)).toBe(MAX_INTERVIEWS);
});

test('duplicate ids are renamed, and each interview can be opened and deleted', async ({ page }) => {
  await seed(page, {});
  await page.reload();
  const twins = [
    { ...realistic(1), company: 'Acme' },
    { ...realistic(1), company: 'Globex' },
  ];
  await page.getByLabel('Choose an export file').setInputFiles(file(exportFile(twins)));
  await expect(page.getByText('1 interview without an id of its own will get a new one.')).toBeVisible();
  await page.getByRole('button', { name: 'Add to what is here' }).click();
  await expect(page.getByText('2 saved interviews')).toBeVisible();

  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/diagnose/');
  await islandReady(page);
  for (const company of ['Acme', 'Globex']) await expect(page.getByText(new RegExp(`^${company} ·`))).toBeVisible();
  await page
    .getByRole('button', { name: /^Delete/ })
    .first()
    .click();
  await page.getByRole('button', { name: /^Yes/ }).click();
  await expect(page.getByText(/^(Acme|Globex) ·/)).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a store named "constructor" gets a clear message and changes nothing', async ({ page }) => {
  await seed(page, { 'callback:interviews': envelope([realistic(1)]) });
  await page.reload();
  const before = await page.evaluate(() => ({ ...localStorage }));
  for (const name of ['constructor', '__proto__']) {
    const text = `{"format":"callback-data","version":1,"exportedAt":"","stores":{"${name}":{"v":1,"data":{}}}}`;
    await page.getByLabel('Choose an export file').setInputFiles(file(text));
    await expect(
      page.getByText(`Nothing was imported. This export holds data this version of Callback does not know ("${name}").`),
    ).toBeVisible();
  }
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before);
});

test('with storage full, an import says so and what was here survives a reload', async ({ page }) => {
  await seed(page, { 'callback:interviews': envelope([realistic(1)]) });
  // Another site's data fills the browser's storage to the last few kilobytes.
  await fillStorage(page, 1024);
  await page.reload();
  await page.getByLabel('Choose an export file').setInputFiles(file(exportFile(Array.from({ length: 40 }, (_, i) => realistic(i + 100)))));
  await page.getByRole('button', { name: 'Add to what is here' }).click();
  await expect(page.getByText(/^Nothing was imported: this browser's storage for the site is full/)).toBeVisible();
  await expect(page.getByText(/^Imported:/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('1 saved interview')).toBeVisible();
  expect(await savedCount(page)).toBe(1);
});

test('what could not be read is listed, downloadable, restorable, and named before Delete everything', async ({ page }) => {
  await seed(page, { 'callback:interviews': envelope([realistic(1), { ...realistic(2), company: 'x'.repeat(DETAIL_MAX + 1) }]) });
  await page.goto('/diagnose/');
  await islandReady(page);
  await expect(page.getByText('Some saved data could not be read.')).toBeVisible();
  await page.getByRole('link', { name: 'Download or restore it' }).click();

  await expect(page.getByRole('heading', { name: 'Set aside: could not be read' })).toBeVisible();
  // What is in use, and apart from it, what was set aside, each in plain words.
  await expect(page.getByRole('listitem').filter({ hasText: /^1 saved interview \(/ })).toBeVisible();
  await expect(page.getByText('Saved interviews (1 kB): 1 saved interview (details, quiz answers, dates)')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download it' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^callback-set-aside-interviews\.backup-/);

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText(/This includes one thing set aside because it could not be read/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Try to restore it' }).click();
  await expect(page.getByText(/Text longer than 200 characters will be cut/)).toBeVisible();
  // The preview may be far below the button: focus goes to it.
  await expect(page.getByRole('group', { name: /^Restoring the set-aside saved interviews/ })).toBeFocused();
  await page.getByRole('button', { name: 'Restore it', exact: true }).click();
  await expect(page.getByText('Restored, and no longer set aside.')).toBeVisible();
  await expect(page.getByText('2 saved interviews')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Set aside: could not be read' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('2 saved interviews')).toBeVisible();
});

test('a non-date never breaks a page: the interview says it needs fixing, and both tools fix it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const broken = { ...realistic(1), company: 'Acme', role: '', answers: { ...realistic(1).answers, interviewDate: 'garbage' } };
  await seed(page, { 'callback:interviews': envelope([broken]) });

  await page.goto('/checklists/post-interview/');
  await page.getByLabel('Interview', { exact: true }).selectOption({ label: 'Acme' });
  await expect(page.getByText("The saved interview date can't be read: enter it again.")).toBeVisible();
  await page.getByLabel('Interview date').fill(daysAgo(5));
  await expect(page.getByText("can't be read")).toHaveCount(0);
  await page.reload();
  await page.evaluate((e) => localStorage.setItem('callback:interviews', e), envelope([broken]));

  await page.goto('/diagnose/');
  await islandReady(page);
  await expect(page.getByText(/This interview needs fixing\. The answer to “When was your most recent interview/)).toBeVisible();
  await page.getByRole('button', { name: /^Fix it ?: Acme$/ }).click();
  await expect(page.getByRole('heading', { name: /When was your most recent interview/ })).toBeFocused();
  expect(errors).toEqual([]);
});

test('the interview past the limit is refused where it is started, and nothing is lost', async ({ page }) => {
  await seed(page, { 'callback:interviews': envelope(Array.from({ length: MAX_INTERVIEWS }, (_, i) => realistic(i))) });
  const refusal = `You have ${MAX_INTERVIEWS} saved interviews, the most this browser keeps. Delete one you no longer need to add another.`;

  await page.goto('/diagnose/');
  await islandReady(page);
  await page.getByLabel('Date').fill(daysAgo(3));
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert').filter({ hasText: refusal })).toBeVisible();

  await page.goto('/checklists/post-interview/');
  const form = await fillAddForm(page, { company: 'One more', date: daysAgo(3) });
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: refusal })).toBeVisible();

  await page.goto('/data/');
  await expect(page.getByText(`${MAX_INTERVIEWS} saved interviews`)).toBeVisible();
  await expect(page.getByText('Some saved data could not be read')).toHaveCount(0);
  expect(await savedCount(page)).toBe(MAX_INTERVIEWS);
});
