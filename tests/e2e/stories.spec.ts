/**
 * The story bank in Chromium: two stories written by keyboard alone, the warning for a failure story
 * without its lesson, where a story was told once a debrief says so, what the next prepared interview
 * calls for, one printed page on A4 and Letter with a full bank, axe in both themes and phone-sized targets.
 */
import { expect, test } from '@playwright/test';
import { bankEntries } from '../fixtures/bank';
import { addDays, localToday } from '../../src/lib/core/dates';
import { INTERVIEWS, interviewLabel, newInterview, type InterviewRecord } from '../../src/lib/interviews/interviews';
import { LANDED_LABELS, PRACTICE, type Expectation } from '../../src/lib/prep/practice';
import { encodeValue } from '../../src/lib/storage/storage-codec';
import { BANK_SIZE, STORIES, STORY_LIMITS, STORY_PARTS, partLimit, type Story } from '../../src/lib/prep/stories';
import { storageKey } from '../../src/lib/storage/stored-value';
import { noAxeViolations, seedOnce, stored } from './helpers/browser-state';
import { tabTo } from './helpers/keyboard';
import { addByKeyboard, stories, story, storedStories, tick, warnings, write } from './helpers/story-bank';
import { pdfPages } from './helpers/pdf-text';

test.use({ locale: 'en-US' });

const today = localToday();
const bank = bankEntries() as { id: string; competencies?: string[] }[];
// A bank question that calls for conflict only, so the coverage warning names exactly that.
const conflictQuestion = bank.find((q) => q.competencies?.length === 1 && q.competencies[0] === 'conflict')!;

const acme: InterviewRecord = {
  ...newInterview('acme', new Date()),
  company: 'Acme',
  role: 'Designer',
  answers: { interviewDate: addDays(today, 5) },
};

test('by keyboard: two stories written, a failure story asked for its lesson, where one was told, what the next interview needs', async ({
  page,
}) => {
  test.slow();
  await seedOnce(page, [stored(INTERVIEWS, { interviews: [acme], currentId: null })]);
  await page.goto('/stories/');
  await expect(page.getByText('No stories yet.')).toBeVisible();

  await addByKeyboard(page, 'The launch we saved');
  const launch = story(page, 'The launch we saved');
  await tick(page, 'The launch we saved', 'proud-result');
  await write(page, launch, 'Situation', 'Two weeks before launch, the checkout failed one order in ten.');
  await write(page, launch, 'Action', 'I traced the failures to one payment path and shipped a fix behind a flag.');
  await write(page, launch, 'Result in numbers', 'failed orders from 10% to 0.2%');

  await addByKeyboard(page, 'The report I got wrong');
  const report = story(page, 'The report I got wrong');
  await tick(page, 'The report I got wrong', 'failure');
  await write(page, report, 'Situation', 'My quarterly numbers double counted returns.');
  // A failure story with no lesson: the bank says so, and the story's summary too.
  await expect(warnings(page)).toContainText('“The report I got wrong” is about a failure: add what you learned');
  await expect(report.locator('summary')).toContainText('needs what you learned');
  await write(page, report, 'What I learned', 'I now reconcile totals against the source before sending.');
  await expect(warnings(page)).toHaveCount(0);

  const saved = await storedStories(page);
  expect(saved.map((s) => [s.title, s.competencies])).toEqual([
    ['The launch we saved', ['proud-result']],
    ['The report I got wrong', ['failure']],
  ]);
  expect(saved[0].measure).toBe('failed orders from 10% to 0.2%');

  // The debrief of the coming interview (as the journal stores it) notes the first story as told, and that it landed.
  const expectation: Expectation = {
    interviewId: acme.id,
    round: 'hiring-manager',
    expected: [conflictQuestion.id],
    asked: [],
    fumbled: [],
    stories: [{ storyId: saved[0].id, landed: 'landed' }],
  };
  const practice = encodeValue(PRACTICE.schema, { own: [], expectations: [expectation], cards: [] });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey(PRACTICE), practice]);
  await page.reload();

  const label = interviewLabel(acme, today);
  await expect(warnings(page)).toContainText(`Your next interview, ${label}`);
  await expect(warnings(page)).toContainText('No story shows “Conflict” yet, and the questions you expect call for it.');
  await expect(launch.locator('summary')).toContainText('told in 1 interview');
  await tabTo(page, launch.locator('summary'));
  await page.keyboard.press('Enter');
  const told = launch.getByRole('region', { name: 'Where you told it' });
  await expect(told.getByRole('link')).toHaveText(`${label} — ${LANDED_LABELS.landed}`);
  await expect(told.getByRole('link')).toHaveAttribute('href', `/journal/interview/?id=${acme.id}`);
  await expect(report.locator('summary')).not.toContainText('told in');

  await noAxeViolations(page);

  // Deleting asks first; focus lands on the list's heading once the story is gone.
  await tabTo(page, launch.getByRole('button', { name: 'Delete this story' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(launch).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Your stories/ })).toBeFocused();
  expect((await storedStories(page)).map((s) => s.title)).toEqual(['The report I got wrong']);
});

test('an empty title is refused with a reason, and the field keeps focus', async ({ page }) => {
  await page.goto('/stories/');
  await page.getByRole('button', { name: 'Add a story' }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Give the story a short title, so you can find it in the room.');
  await expect(page.getByLabel('Title of the story')).toBeFocused();
  await expect(page.getByLabel('Title of the story')).toHaveAttribute('aria-invalid', 'true');
});

/** A bank at its recommended size, every part at its limit: the most the printed page must hold. */
const fullBank: Story[] = Array.from({ length: BANK_SIZE }, (_, i) => ({
  id: `s${i}`,
  title: `Story ${i + 1} `.padEnd(STORY_LIMITS.title, 'x'),
  competencies: ['leadership', 'conflict', 'learning'],
  ...Object.fromEntries(STORY_PARTS.map((part) => [part, 'word '.repeat(partLimit(part) / 5).trim()])),
}));

test('a full bank prints on one page of A4 and of Letter, every story on it, no form', async ({ page }) => {
  await seedOnce(page, [stored(STORIES, { stories: fullBank })]);
  await page.goto('/stories/');
  await expect(stories(page)).toHaveCount(BANK_SIZE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Add a story' })).toBeHidden();
  await expect(stories(page).first()).toBeHidden();
  for (const format of ['A4', 'Letter'] as const) {
    const pages = await pdfPages(await page.pdf({ format }));
    expect(pages, format).toHaveLength(1);
    for (let i = 1; i <= BANK_SIZE; i++) expect(pages[0], `${format}: story ${i}`).toContain(`Story ${i} `);
  }
});

test('on a phone, every control of an open story is at least 44 by 44 px; axe is clean with warnings shown', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const failure: Story = { id: 'f1', title: 'The missed deadline', competencies: ['failure'] };
  await seedOnce(page, [stored(STORIES, { stories: [failure] })]);
  await page.goto('/stories/');
  await expect(warnings(page)).toBeVisible();
  await warnings(page).getByRole('link', { name: 'Open it' }).click();
  const open = story(page, failure.title);
  await expect(open.locator('summary')).toBeFocused();
  await expect(open.getByLabel('What I learned')).toBeVisible();
  const targets = page.locator('main').locator('button, summary, a, label:has(input[type="checkbox"])');
  for (const target of await targets.all()) {
    if (!(await target.isVisible())) continue;
    const box = (await target.boundingBox())!;
    const name = await target.textContent();
    expect(box.height, `${name} height`).toBeGreaterThanOrEqual(44);
    expect(box.width, `${name} width`).toBeGreaterThanOrEqual(44);
  }
  await noAxeViolations(page);
});
