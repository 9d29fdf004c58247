/**
 * The journal, as a person uses it after a few interviews: four added through the page by keyboard alone,
 * two debriefed, a follow-up marked sent, outcomes recorded; then the patterns, printed and checked by axe in
 * both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { daysAgo, diagnoseNew, fillDetails } from './helpers/diagnostic';
import { tabTo, typeDate } from './helpers/keyboard';

test.use({ locale: 'en-US' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const entry = (page: Page, company: string) => page.locator('details').filter({ has: page.locator('summary', { hasText: company }) });
/** One part of an open interview, by its heading: "What happened", "Debrief". */
const part = (page: Page, company: string, heading: string) => entry(page, company).getByRole('region', { name: heading });

async function stored(page: Page) {
  const raw = await page.evaluate(() => localStorage.getItem('callback:interviews'));
  return JSON.parse(raw!).data.interviews as {
    company: string;
    source: string | null;
    rounds: { kind: string; date: string }[];
    events: { kind: string; date: string; note?: string }[];
    debrief: Record<string, unknown>;
    answers: Record<string, unknown>;
  }[];
}

/** Picks an option of a focused native select by typing its label, as a keyboard user does. */
async function choose(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  await page.keyboard.type(label);
  await expect(select.locator('option:checked')).toHaveText(label);
}

/** Adds an interview through the page's form, by keyboard. */
async function addByKeyboard(page: Page, { company, role, date, source, kind }: Record<string, string>) {
  await tabTo(page, page.getByRole('button', { name: 'Add an interview' }));
  await page.keyboard.press('Enter');
  const form = page.locator('form.add');
  await expect(form.getByLabel('Company', { exact: true })).toBeFocused();
  await page.keyboard.type(company);
  await page.keyboard.press('Tab');
  await page.keyboard.type(role);
  await tabTo(page, form.getByLabel('Interview date'));
  await typeDate(page, date);
  await choose(page, form.getByLabel('How it came'), source);
  await choose(page, form.getByLabel('Kind of round'), kind);
  await tabTo(page, form.getByRole('button', { name: 'Add', exact: true }));
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  // The new interview opens, its summary focused, ready to record or debrief.
  await expect(entry(page, company).locator('summary')).toBeFocused();
  await expect(entry(page, company).getByRole('heading', { name: 'Debrief' })).toBeVisible();
}

/** Records an event in an open interview's "What happened" form. */
async function record(page: Page, company: string, what: string, date: string) {
  const form = entry(page, company).locator('form.record');
  await choose(page, form.getByLabel('What happened'), what);
  await tabTo(page, form.getByLabel('Date', { exact: true }));
  await typeDate(page, date);
  await tabTo(page, form.getByRole('button', { name: 'Record' }));
  await page.keyboard.press('Enter');
  await expect(part(page, company, 'What happened').getByRole('status')).toHaveText(`Recorded: ${what}.`);
}

test('four interviews by keyboard: debriefs, a follow-up marked sent, outcomes, then the funnel, its small numbers and print', async ({
  page,
}) => {
  test.slow();
  await page.goto('/journal/');
  await expect(page.getByText('No interviews yet.')).toBeVisible();

  const interviews = [
    { company: 'Acme', role: 'Designer', date: daysAgo(20), source: 'Referral', kind: 'Screen' },
    { company: 'Birch', role: 'Analyst', date: daysAgo(16), source: 'Applied', kind: 'Hiring manager' },
    { company: 'Cedar', role: 'Planner', date: daysAgo(12), source: 'Agency recruiter', kind: 'Panel' },
    { company: 'Delta', role: 'Writer', date: daysAgo(9), source: 'Applied', kind: 'Screen' },
  ];
  for (const interview of interviews) {
    await addByKeyboard(page, interview);
    // Closed again with Enter on its summary, so the list stays short.
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: /Interviews/ })).toContainText('(4)');

  // Debrief two, as typed: a reload in between loses nothing.
  await entry(page, 'Acme').locator('summary').focus();
  await page.keyboard.press('Enter');
  const acme = entry(page, 'Acme');
  await tabTo(page, acme.getByLabel('Questions they asked'));
  await page.keyboard.type('Tell me about a project that failed\nWhy this team?');
  await tabTo(page, acme.getByLabel('What they probed'));
  await page.keyboard.type('Years of experience');
  await tabTo(page, acme.getByLabel(/How it went/));
  await page.keyboard.type('8');
  await expect(part(page, 'Acme', 'Debrief').getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await entry(page, 'Acme').locator('summary').click();
  await expect(entry(page, 'Acme').getByLabel('Questions they asked')).toHaveValue('Tell me about a project that failed\nWhy this team?');

  await tabTo(page, entry(page, 'Birch').locator('summary'));
  await page.keyboard.press('Enter');
  const birch = entry(page, 'Birch');
  await tabTo(page, birch.getByLabel('What they probed'));
  await page.keyboard.type('years of experience');
  await tabTo(page, birch.getByLabel('The next step they gave'));
  await page.keyboard.type('A call with the director');
  await tabTo(page, birch.getByLabel('And the date'));
  await typeDate(page, daysAgo(10));
  await page.keyboard.press('Tab');
  let saved = await stored(page);
  expect(saved.find((r) => r.company === 'Birch')!.answers.promisedBy).toBe(daysAgo(10));

  // Acme: a thank-you, then the follow-up the plan asks for, marked sent.
  await record(page, 'Acme', 'Thank-you sent', daysAgo(19));
  await tabTo(page, acme.getByRole('button', { name: 'Mark as sent' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(part(page, 'Acme', 'What happened').getByRole('status')).toHaveText('Marked as sent today. The plan has moved on.');
  await expect(acme.getByRole('button', { name: 'Mark as sent' })).toHaveCount(0);
  saved = await stored(page);
  expect(saved.find((r) => r.company === 'Acme')!.events.map((e) => e.kind)).toEqual(['thank-you-sent', 'follow-up-sent']);

  // Outcomes: Acme invited on, Birch rejected, Cedar ghosted.
  await record(page, 'Acme', 'Invited to the next round', daysAgo(2));
  await record(page, 'Birch', 'Rejected', daysAgo(3));
  await tabTo(page, entry(page, 'Cedar').locator('summary'), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await record(page, 'Cedar', 'Ghosted', daysAgo(1));
  await expect(entry(page, 'Acme').locator('summary')).toContainText('Invited to the next round');
  await expect(entry(page, 'Birch').locator('summary')).toContainText('Rejected');
  await expect(entry(page, 'Cedar').locator('summary')).toContainText('Ghosted');

  // The funnel: 4 interviewed, 1 went further, no offer; in the chart and in the table.
  const chart = page.locator('.funnel svg');
  await expect(chart.locator('text.value')).toHaveText(['4', '1', '0']);
  const table = page.locator('table.funnel-table');
  await expect(table.locator('tbody tr')).toHaveText([/Interviewed\s*4/, /Invited further\s*1\s*1 of 4/, /Offer\s*0\s*0 of 1/]);
  await expect(table).not.toContainText('%');
  // What keeps happening, in counts (a thing that happened once is not a pattern), and what counts cannot show.
  await expect(page.getByRole('list', { name: 'What keeps happening' }).getByRole('listitem')).toHaveText([
    '2 of 4 are still open.',
    'You heard back after 2 of 4, 13 to 18 days after the interview.',
    '2 of 4 came from applications you sent.',
  ]);
  await expect(
    page.getByText('These counts say what happened to you, not why; over 4 interviews, chance can look like a cause.'),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Patterns' })).not.toContainText(/too few|%/i);
  await expect(page.getByText('years of experience: in 2 interviews', { exact: false })).toBeVisible();

  // Print: no header, buttons or forms; the list and the funnel's table are there.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add an interview' })).toBeHidden();
  await expect(table).toBeVisible();
  await expect(chart).toBeVisible();
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.byteLength).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'screen' });

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('a link to one interview opens it', async ({ page }) => {
  await page.goto('/journal/');
  await page.getByRole('button', { name: 'Add an interview' }).click();
  // The add form's own fields: quick add's row has a Company field too, until the form replaces it.
  await page.locator('form.add').getByLabel('Company', { exact: true }).fill('Elm');
  await page.getByLabel('Interview date').fill(daysAgo(3));
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const id = (await stored(page))[0] as unknown as { id: string };
  await page.goto(`/journal/#interview-${(id as { id: string }).id}`);
  await expect(entry(page, 'Elm').getByRole('heading', { name: 'Debrief' })).toBeVisible();
});

test('interviews diagnosed in Why no callback? are in the journal, with the reasons their results keep leading with', async ({ page }) => {
  await page.goto('/diagnose/');
  for (const company of ['Fig', 'Gum']) {
    await diagnoseNew(page);
    await fillDetails(page, { Company: company });
    await page.getByRole('button', { name: 'All interviews' }).click();
  }
  await page.goto('/journal/');
  await expect(page.locator('.interviews summary')).toHaveCount(2);
  const reasons = page.getByRole('heading', { name: 'Reasons your diagnoses keep pointing to' }).locator('+ ul li');
  await expect(reasons.first()).toHaveText(/: in 2 diagnoses$/);
});
