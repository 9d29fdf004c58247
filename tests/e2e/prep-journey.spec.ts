/**
 * Issue 19's whole loop, by keyboard alone and axe clean in both themes: two stories written, five questions
 * expected for an interview, its debrief with three of them asked and one surprise, the hit rate in the
 * journal, the surprise practiced as a due card, the day-of sheet printed (at most two pages, with the
 * stories, the questions and the blanks in it), then a mentor's review in two browser contexts. No request either browser
 * makes carries any of what was written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { checklistSchema } from '../../src/lib/checklists/checklist-schema';
import { localToday } from '../../src/lib/core/dates';
import { INTERVIEWS, interviewLabel, newInterview, type InterviewRecord } from '../../src/lib/interviews/interviews';
import { PART_LABELS } from '../../src/lib/mentor/mentor';
import { islandsLive, noAxeViolations, seedOnce, stored } from './helpers/browser-state';
import { tabTo } from './helpers/keyboard';
import { pdfPages } from './helpers/pdf-text';
import { addByKeyboard, story, tick, write } from './helpers/story-bank';

test.use({ locale: 'en-US' });

const today = localToday();
// Interviewed today by the hiring manager: prepared for that round, debriefed the same evening.
const acme: InterviewRecord = {
  ...newInterview('acme', new Date()),
  company: 'Acme',
  role: 'Designer',
  answers: { interviewDate: today },
  rounds: [{ id: 'r1', date: today, kind: 'hiring-manager', interviewers: [] }],
};
const label = interviewLabel(acme, today);
const blanks = checklistSchema
  .parse(yaml.load(readFileSync(join(import.meta.dirname, '../../content/checklists/pre-interview.yaml'), 'utf8')))
  .blanks!.map((b) => b.label);
const SURPRISE = 'How would you win over a team that disagrees with your plan?';
const ANSWER = 'Listen first, then test the plan with the loudest skeptic.';
const COMMENT = 'Open the dispute story with the stakes.';
const PASSPHRASE = 'quiet harbor 19';

/** Text as compared across a PDF's line breaks: no white space. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Every URL and request body a page sends. */
function watchRequests(page: Page) {
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  return sent;
}

/** Picks an option of a native select by typing its start, as a keyboard user does. */
async function choose(page: Page, select: Locator, typed: string, shown: string) {
  await tabTo(page, select);
  await page.keyboard.type(typed);
  await expect(select.locator('option:checked')).toHaveText(shown);
}

async function press(page: Page, target: Locator, key = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

async function unlock(page: Page) {
  await tabTo(page, page.getByLabel('Passphrase'));
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
}

async function openInJournal(page: Page) {
  await page.goto('/journal/');
  await islandsLive(page);
  const entry = page.locator('details').filter({ has: page.locator('summary', { hasText: 'Acme' }) });
  await press(page, entry.locator('summary'));
  await expect(entry.getByRole('region', { name: 'Debrief' })).toBeVisible();
  return entry;
}

test('prep by keyboard: stories, expected questions, a debrief, the hit rate, a card, the day-of sheet and a mentor’s review', async ({
  page,
  browser,
}) => {
  // The whole loop in one run: five pages scanned by axe in two themes, two printed sheets, four passphrase
  // derivations (600,000 rounds each) and every control reached by Tab. About 65 s alone on a 2-core machine,
  // beside the other worker's tests; over 90 s (test.slow()'s budget) at times in the full suite.
  test.setTimeout(180_000);
  const sent = watchRequests(page);
  await seedOnce(page, [stored(INTERVIEWS, { interviews: [acme], currentId: null })]);

  // Two stories. The story bank has its own place in the header.
  await page.goto('/stories/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Story bank' }).first()).toHaveAttribute(
    'aria-current',
    'page',
  );
  await addByKeyboard(page, 'The launch we saved');
  await tick(page, 'The launch we saved', 'proud-result');
  await write(page, story(page, 'The launch we saved'), 'Result in numbers', 'failed orders from 10% to 0.2%');
  await addByKeyboard(page, 'The release dispute');
  await tick(page, 'The release dispute', 'conflict');
  await write(page, story(page, 'The release dispute'), 'Action', 'I ran a one-week trial of both plans and shared the numbers.');
  await noAxeViolations(page);

  // Five questions expected for the hiring manager's round, the kind of the interview's round.
  await page.goto('/practice/');
  await islandsLive(page);
  await expect(page.getByRole('radio', { name: 'Hiring manager' })).toBeChecked();
  const offered = page.getByRole('group', { name: /Which of these do you expect/ }).getByRole('checkbox');
  const expected: string[] = [];
  for (let i = 0; i < 5; i++) {
    const box = offered.nth(i);
    await press(page, box, 'Space');
    await expect(box).toBeChecked();
    expected.push((await box.evaluate((el) => (el as HTMLInputElement).labels![0].textContent!)).trim());
  }
  await expect(page.getByRole('status').filter({ hasText: 'expected for' })).toContainText(`5 questions expected for ${label}`);
  await noAxeViolations(page);

  // The debrief: three of them came up, one surprise, and the dispute story landed.
  let entry = await openInJournal(page);
  const ticks = entry.getByRole('group', { name: 'The questions you expected' });
  for (const question of expected.slice(0, 3)) await press(page, ticks.getByRole('checkbox', { name: question, exact: true }), 'Space');
  await tabTo(page, entry.getByLabel(/^Other questions they asked/));
  await page.keyboard.type(SURPRISE);
  await choose(
    page,
    entry.getByRole('group', { name: 'Stories you told' }).getByLabel('The release dispute'),
    'Told: it l',
    'Told: it landed',
  );
  await expect(page.getByRole('region', { name: 'Patterns' })).toContainText(
    'Hiring manager: 3 of 5 expected questions came up, across 1 interview; 1 you did not expect.',
  );
  await noAxeViolations(page);

  // The surprise is a card due today: an answer, a story, Good.
  await page.goto('/practice/');
  await islandsLive(page);
  const practice = page.getByRole('region', { name: 'Practice' });
  await expect(practice.getByText('1 due today')).toBeVisible();
  // On a phone, the card's long story choices stay within the screen.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  const card = practice.getByRole('article');
  await expect(card.getByRole('heading', { name: SURPRISE })).toBeVisible();
  await tabTo(page, card.getByLabel(/^Your answer/));
  await page.keyboard.type(ANSWER);
  await choose(page, card.getByLabel('Story to tell'), 'The rel', 'The release dispute');
  await press(page, card.getByRole('button', { name: /^Good · back on / }));
  await expect(practice.getByText('0 due today')).toBeVisible();
  await expect(practice.getByText(/^All done for today/)).toBeFocused();

  // The day-of sheet: the expected questions and the two stories, in at most two pages on A4 and Letter.
  await page.goto('/checklists/pre-interview/');
  await islandsLive(page);
  const prep = page.getByRole('region', { name: `Your prep for ${label}` });
  for (const question of expected) await expect(prep).toContainText(question);
  await expect(prep).toContainText('The release dispute');
  await expect(prep).toContainText('The launch we saved: failed orders from 10% to 0.2%');
  await noAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const pages = (await pdfPages(await page.pdf({ format }))).map(squash);
    expect(pages.length, `${format}: pages`).toBeLessThanOrEqual(2);
    const all = pages.join('');
    // The blanks to fill by hand are still on the sheet.
    for (const text of [...expected, 'The release dispute', 'The launch we saved: failed orders from 10% to 0.2%', ...blanks])
      expect(all, `${format}: ${text}`).toContain(squash(text));
  }
  await page.emulateMedia({ media: 'screen' });

  // Ask a mentor about the debrief and the draft email.
  entry = await openInJournal(page);
  const ask = entry.getByRole('region', { name: 'Ask a mentor' });
  await press(page, ask.getByLabel(PART_LABELS.debrief), 'Space');
  await press(page, ask.getByLabel(PART_LABELS.email), 'Space');
  await tabTo(page, ask.getByLabel(/^Passphrase/));
  await page.keyboard.type(PASSPHRASE);
  await press(page, ask.getByRole('button', { name: 'Make the link' }));
  const link = ask.getByRole('textbox', { name: 'Link for your mentor' });
  await expect(link).toBeFocused();
  const url = await link.inputValue();

  const mentor = await browser.newContext();
  const theirs = await mentor.newPage();
  const theirSent = watchRequests(theirs);
  await theirs.goto(url);
  await unlock(theirs);
  await expect(theirs.getByRole('heading', { name: `Review: ${label}` })).toBeFocused();
  await expect(theirs.getByText(SURPRISE)).toBeVisible();
  // The debrief carries the loop too: the expected questions that came up, and the story that landed.
  await expect(theirs.getByText('Questions I expected that came up:')).toBeVisible();
  await expect(theirs.getByText('The release dispute: it landed')).toBeVisible();
  await expect(theirs.getByRole('heading', { name: /^Draft thank-you note/ })).toBeVisible();
  await tabTo(theirs, theirs.getByLabel('Your comment on the debrief'));
  await theirs.keyboard.type(COMMENT);
  await tabTo(theirs, theirs.getByLabel(/Your name/));
  await theirs.keyboard.type('Sam');
  await noAxeViolations(theirs);
  await press(theirs, theirs.getByRole('button', { name: 'Make the reply link' }));
  const reply = await theirs.getByRole('textbox', { name: 'Reply link' }).inputValue();
  await mentor.close();

  await page.goto(reply);
  await unlock(page);
  await expect(page.getByText(COMMENT)).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Add these comments to my journal' }));
  await press(page, page.getByRole('link', { name: 'See them with the interview' }));
  const review = page.getByRole('region', { name: 'From your mentor' });
  await expect(review).toContainText('Sam');
  await expect(review).toContainText(`On the debrief: ${COMMENT}`);

  const secrets = [SURPRISE, ANSWER, COMMENT, PASSPHRASE, 'release dispute', 'launch we saved', ...expected];
  for (const line of [...sent, ...theirSent]) {
    const decoded = decodeURIComponent(line.replace(/\+/g, ' '));
    for (const secret of secrets) expect(decoded, line).not.toContain(secret);
  }
});
