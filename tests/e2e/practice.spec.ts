/**
 * The practice page by keyboard alone: expect five of the bank's questions for an interview in the journal
 * and add one of your own; then, after a debrief with a question that went badly and a surprise, practice
 * the due cards (an answer, a story, Good) until none is left today. axe in both themes.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatDate, localToday } from '../../src/lib/core/dates';
import { INTERVIEWS, newInterview, type InterviewRecord } from '../../src/lib/interviews/interviews';
import { PRACTICE, type PracticeState } from '../../src/lib/prep/practice';
import { STORIES } from '../../src/lib/prep/stories';
import { islandsLive, noAxeViolations, seedOnce, stored } from './helpers/browser-state';
import { tabTo } from './helpers/keyboard';

test.use({ locale: 'en-US' });

const today = localToday();

const acme = (fields: Partial<InterviewRecord> = {}): InterviewRecord => ({
  ...newInterview('acme', new Date()),
  company: 'Acme',
  role: 'Designer',
  rounds: [{ id: 'r1', date: today, kind: 'screen', interviewers: [] }],
  ...fields,
});

const interviews = (records: InterviewRecord[]) => stored(INTERVIEWS, { interviews: records, currentId: null });
const storedPractice = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('callback:practice') ?? 'null')?.data as PracticeState | undefined);

test('a first visit says where interviews and cards come from', async ({ page }) => {
  await page.goto('/practice/');
  await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible();
  await expect(page.getByText(/Your journal has no interviews yet\. Add the one you are preparing for/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Add an interview' })).toBeVisible();
  await expect(page.getByText('No cards to practice yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Print your day-of sheet' })).toHaveAttribute('href', '/checklists/pre-interview/');
  await noAxeViolations(page);
});

test('by keyboard: five questions expected for an interview, and one of your own', async ({ page }) => {
  await seedOnce(page, [interviews([acme()])]);
  await page.goto('/practice/');
  await islandsLive(page);

  await expect(page.getByRole('combobox', { name: 'Interview' }).locator('option:checked')).toHaveText('Acme · Designer');
  // The interview's round is a screen: that kind is picked, and its questions listed.
  const screen = page.getByRole('radio', { name: 'Screen' });
  await expect(screen).toBeChecked();
  await tabTo(page, screen);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Hiring manager' })).toBeChecked();
  expect((await storedPractice(page))?.expectations[0].round).toBe('hiring-manager');
  await page.keyboard.press('ArrowLeft');
  await expect(screen).toBeChecked();
  expect((await storedPractice(page))?.expectations[0].round).toBe('screen');

  const list = page.getByRole('group', { name: 'Which of these do you expect? Tick each one.' });
  const boxes = list.getByRole('checkbox');
  for (let i = 0; i < 5; i++) {
    await tabTo(page, boxes.nth(i));
    await page.keyboard.press('Space');
    await expect(boxes.nth(i)).toBeChecked();
  }
  await expect(page.getByRole('status').filter({ hasText: 'expected for' })).toHaveText('5 questions expected for Acme · Designer');
  // Each question says what it checks and where to prepare it.
  await expect(list.getByRole('link', { name: /^Prepare it: / }).first()).toHaveAttribute('href', /^\/guides\/[a-z-]+\/$/);

  await tabTo(page, page.getByLabel('Add your own question'));
  await page.keyboard.type('What would your first month look like?');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Added, and ticked as expected.')).toBeVisible();
  await expect(page.getByLabel('Add your own question')).toHaveValue('');
  await expect(list.getByRole('checkbox', { name: /What would your first month look like\?/ })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'expected for' })).toHaveText('6 questions expected for Acme · Designer');

  const saved = await storedPractice(page);
  expect(saved?.own).toEqual([{ id: expect.stringMatching(/^own-/), text: 'What would your first month look like?', round: ['screen'] }]);
  expect(saved?.expectations[0].expected).toHaveLength(6);
  await page.reload();
  await islandsLive(page);
  await expect(page.getByRole('status').filter({ hasText: 'expected for' })).toHaveText('6 questions expected for Acme · Designer');
  await noAxeViolations(page);
});

test('by keyboard: practicing the cards a debrief made, with an answer and a story, until none is due', async ({ page }) => {
  const surprise = 'Why do you want to leave so soon?';
  await seedOnce(page, [
    interviews([acme({ debrief: { questions: [surprise] } })]),
    stored(PRACTICE, {
      own: [],
      expectations: [
        {
          interviewId: 'acme',
          round: 'screen',
          expected: ['why-this-role', 'salary-expectations'],
          asked: ['why-this-role', 'salary-expectations'],
          fumbled: ['salary-expectations'],
          stories: [],
        },
      ],
      cards: [],
    }),
    stored(STORIES, { stories: [{ id: 'st1', title: 'The review queue', competencies: [], measure: 'from 5 days to 2' }] }),
  ]);
  await page.goto('/practice/');
  await islandsLive(page);

  const practice = page.getByRole('region', { name: 'Practice' });
  await expect(practice.getByText('2 due today')).toBeVisible();
  const card = practice.getByRole('article');
  await expect(card).toContainText('Went badly at Acme · Designer');
  await expect(card.getByRole('heading', { name: 'What salary range do you have in mind?' })).toBeVisible();

  await tabTo(page, card.getByLabel(/^Your answer/));
  await page.keyboard.type('A range from my research, and what matters besides pay.');
  const story = card.getByLabel('Story to tell');
  await tabTo(page, story);
  await page.keyboard.type('The review queue');
  await expect(story.locator('option:checked')).toHaveText('The review queue: from 5 days to 2');
  // A draft is saved as typed: a reload before grading keeps the answer and the story.
  await page.reload();
  await islandsLive(page);
  await expect(card.getByLabel(/^Your answer/)).toHaveValue('A range from my research, and what matters besides pay.');
  await expect(story.locator('option:checked')).toHaveText('The review queue: from 5 days to 2');
  await expect(practice.getByText('2 due today')).toBeVisible();
  const good = card.getByRole('button', { name: /^Good · back on / });
  const promised = (await good.textContent())!.replace(/^.*back on /, '').trim();
  await tabTo(page, good);
  await page.keyboard.press('Enter');

  // It leaves today's list, saying when it comes back; focus moves to the next card.
  await expect(practice.getByRole('status')).toHaveText(`Saved. “What salary range do you have in mind?” comes back on ${promised}.`);
  await expect(practice.getByText('1 due today')).toBeVisible();
  await expect(card).toContainText('A surprise at Acme · Designer');
  await expect(card.getByRole('heading', { name: surprise })).toBeFocused();
  const [kept] = (await storedPractice(page))!.cards;
  expect(kept).toMatchObject({
    question: 'What salary range do you have in mind?',
    from: 'fumbled',
    answer: 'A range from my research, and what matters besides pay.',
    storyId: 'st1',
  });
  expect(formatDate(kept.schedule.due, today)).toBe(promised);
  await noAxeViolations(page);

  await tabTo(page, card.getByRole('button', { name: /^Good · back on / }));
  await page.keyboard.press('Enter');
  const done = practice.getByText(/^All done for today; next card due on /);
  await expect(done).toBeFocused();
  await expect(practice.getByText('0 due today')).toBeVisible();
  await expect(done).toHaveText(
    `All done for today; next card due on ${formatDate((await storedPractice(page))!.cards.map((c) => c.schedule.due).sort()[0], today)}.`,
  );
  await noAxeViolations(page);
});
