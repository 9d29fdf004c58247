/**
 * Bringing the site's islands to a state worth looking at, for scripts (npm run screenshots) that use plain
 * Playwright: waits in place of the test runner's `expect`, which only works inside a test. The browser
 * tests' helpers (tests/e2e/helpers/diagnostic.ts) take the constants and the answering step from here.
 */
import type { Page } from '@playwright/test';
import { addDays, localToday } from '../../src/lib/core/dates.ts';
import { INTERVIEWS, interviewLabel, newInterview } from '../../src/lib/interviews/interviews.ts';
import { makeRequest } from '../../src/lib/mentor/mentor.ts';
import { debriefPart, emailPart } from '../../src/lib/mentor/parts.ts';
import { sealShare } from '../../src/lib/mentor/share-codec.ts';
import { PRACTICE } from '../../src/lib/prep/practice.ts';
import { encodeValue } from '../../src/lib/storage/storage-codec.ts';
import { STORIES } from '../../src/lib/prep/stories.ts';
import { storageKey } from '../../src/lib/storage/stored-value.ts';
import { loadQuizModel } from './quiz-files.ts';
import { holidayList } from './holidays.ts';
import { workCalendar } from '../../src/lib/follow-up/work-calendar.ts';

const model = loadQuizModel();

/** `n` days before today in this machine's time zone, which the browser shares. */
export const daysAgo = (n: number) => addDays(localToday(), -n);

/** Answers that make a follow-up due today for an interview 10 days ago, so the result shows an email. */
export const FOLLOW_UP_DUE: Record<string, string> = { thankYou: 'Yes, to each person I met', followUps: 'Not yet' };

/** The quiz never asks this many timing questions: reaching it means the script is lost. */
export const SAFETY = 60;

const HEADING = '#diagnose [id^="q-"][data-step-heading]';
const timingProgress = (page: Page) => page.getByText(/^Question \d+ of \d+ before your next step$/);

const questionId = (page: Page) =>
  page.evaluate((sel) => document.querySelector(sel)?.id.replace(/^q-(.*)-prompt$/, '$1') ?? null, HEADING);

/** Typing before the island is live would be lost: its fields stay disabled until then. */
async function islandReady(page: Page) {
  await page.waitForFunction(() => {
    const field = document.querySelector<HTMLInputElement | HTMLButtonElement>('#diagnose input, #diagnose button');
    return field !== null && !field.disabled;
  });
}

/** On /diagnose/ with nothing open: enters the interview date; Next saves a new interview and asks question 2. */
export async function startInterview(page: Page, interviewDate = daysAgo(10)) {
  await islandReady(page);
  await page.getByLabel('Date').fill(interviewDate);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText(/^Question 2 of \d+ before your next step$/).waitFor();
}

/**
 * Answers the question on screen: `answers` gives a date (typed, then Next) or an option's label by
 * question id; any other question gets its "Not sure" (or its own words for it). Waits for the next step.
 */
export async function answerShown(page: Page, answers: Record<string, string> = {}) {
  const id = await questionId(page);
  const question = model.questions.find((q) => q.id === id);
  if (!question) throw new Error(`No question on screen (found ${id})`);
  const form = page.locator('#diagnose form').filter({ has: page.locator(`#q-${question.id}-prompt`) });
  const answer = answers[question.id];
  if (answer !== undefined && question.kind === 'date') {
    await form.getByLabel('Date').fill(answer);
    await form.getByRole('button', { name: 'Next' }).click();
  } else if (answer !== undefined) {
    // An option's name is its label, then its hint if it has one.
    await form.getByRole('button', { name: new RegExp(`^${answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  } else {
    await form.getByRole('button', { name: question.skipLabel ?? 'Not sure', exact: true }).click();
  }
  await page.waitForFunction(([sel, was]) => document.querySelector(sel)?.id !== `q-${was}-prompt`, [HEADING, question.id]);
}

/** From /diagnose/ with nothing open to the result: a new interview, every timing question answered. */
export async function diagnoseNew(page: Page) {
  await startInterview(page);
  for (let i = 0; ; i++) {
    await page.locator(HEADING).or(page.locator('#next-title')).first().waitFor();
    if (!(await timingProgress(page).isVisible())) break;
    if (i === SAFETY) throw new Error(`Still asking timing questions after ${SAFETY}`);
    await answerShown(page, FOLLOW_UP_DUE);
  }
  await page.locator('#next-title').waitFor();
}

/** On /checklists/post-interview/: adds an interview through its form and waits for the planner to show it. */
export async function addPlannerInterview(page: Page, { company = 'Acme', role = 'Product designer', date = daysAgo(10) } = {}) {
  await page.getByRole('button', { name: 'Add an interview' }).click();
  const form = page.locator('form.add');
  await form.getByLabel('Company', { exact: true }).fill(company);
  await form.getByLabel('Role', { exact: true }).fill(role);
  await form.getByLabel('Interview date').fill(date);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await form.waitFor({ state: 'detached' });
  await page.locator('.planner').getByLabel('Interview date').waitFor();
}

/** Opens search from the header, as a person would, types `query` and waits for results. */
export async function searchFor(page: Page, query: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'search-input');
  await page.keyboard.type(query);
  await page.getByRole('option').first().waitFor();
}

/**
 * On /journal/: four interviews as tests/e2e/journal.spec.ts makes them by keyboard (faster, by pointer):
 * two debriefed, a follow-up sent, outcomes recorded; the first left open.
 */
export async function journalOfFour(page: Page) {
  const entry = (company: string) => page.locator('details').filter({ has: page.locator('summary', { hasText: company }) });
  const four = [
    {
      company: 'Acme',
      role: 'Designer',
      date: daysAgo(20),
      kind: 'Screen',
      events: [
        ['Thank-you sent', 19],
        ['Follow-up sent', 12],
        ['Invited to the next round', 2],
      ],
    },
    { company: 'Birch', role: 'Analyst', date: daysAgo(16), kind: 'Hiring manager', events: [['Rejected', 3]] },
    { company: 'Cedar', role: 'Planner', date: daysAgo(12), kind: 'Panel', events: [['Ghosted', 1]] },
    { company: 'Delta', role: 'Writer', date: daysAgo(9), kind: 'Screen', events: [] },
  ] as const;
  for (const { company, role, date, kind, events } of four) {
    await page.getByRole('button', { name: 'Add an interview' }).click();
    const form = page.locator('form.add');
    await form.getByLabel('Company', { exact: true }).fill(company);
    await form.getByLabel('Role', { exact: true }).fill(role);
    await form.getByLabel('Interview date').fill(date);
    await form.getByLabel('Kind of round').selectOption({ label: kind });
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const record = entry(company).locator('form.record');
    for (const [what, ago] of events) {
      await record.getByLabel('What happened').selectOption({ label: what });
      await record.getByLabel('Date', { exact: true }).fill(daysAgo(ago));
      await record.getByRole('button', { name: 'Record' }).click();
      await entry(company).getByText(`Recorded: ${what}.`).waitFor();
    }
    if (company !== 'Acme') {
      await entry(company).getByLabel('What they probed or seemed worried about').fill('Years of experience');
      await entry(company).locator('summary').click();
    }
  }
  await entry('Acme').getByLabel('Questions they asked').fill('Tell me about a project that failed\nWhy this team?');
}

/** The prepared loop's interview: today, with the hiring manager, debriefed with one surprise. */
function preparedRecord() {
  const today = localToday();
  return {
    ...newInterview('acme', new Date()),
    company: 'Acme',
    role: 'Designer',
    answers: { interviewDate: today },
    rounds: [{ id: 'r1', date: today, kind: 'hiring-manager' as const, interviewers: ['Ana Ruiz'] }],
    debrief: { questions: ['How would you win over a team that disagrees with your plan?'], study: 'Lead with the numbers.' },
  };
}

/**
 * The prep loop part-way (issue 19), stored as the pages would store it: an interview today with the
 * hiring manager, five questions expected and three of them asked, a surprise, two stories, one told. Then
 * the page is loaded again to show it.
 */
export async function preparedLoop(page: Page) {
  const acme = preparedRecord();
  const expected = [
    'walk-me-through-your-background',
    'result-you-are-proud-of',
    'when-everything-is-urgent',
    'something-that-went-wrong',
    'why-you-fit',
  ];
  const values = [
    [storageKey(INTERVIEWS), encodeValue(INTERVIEWS.schema, { interviews: [acme], currentId: null })],
    [
      storageKey(STORIES),
      encodeValue(STORIES.schema, {
        stories: [
          { id: 's1', title: 'The launch we saved', competencies: ['proud-result', 'pressure'], measure: 'failed orders from 10% to 0.2%' },
          { id: 's2', title: 'The release dispute', competencies: ['conflict', 'influence'], action: 'Ran both plans for a week.' },
        ],
      }),
    ],
    [
      storageKey(PRACTICE),
      encodeValue(PRACTICE.schema, {
        own: [],
        expectations: [
          {
            interviewId: 'acme',
            round: 'hiring-manager',
            expected,
            asked: expected.slice(0, 3),
            fumbled: [],
            stories: [{ storyId: 's2', landed: 'landed' }],
          },
        ],
        cards: [],
      }),
    ],
  ];
  await page.evaluate((entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)), values);
  await page.reload();
  await page
    .locator('astro-island[ssr]')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
}

/** A mentor's view of a review link for the prepared loop's debrief and draft email, opened with its passphrase. */
export async function mentorReview(page: Page) {
  await page.getByLabel('Passphrase').fill(MENTOR_PASSPHRASE);
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('heading', { name: /^Review: / }).waitFor();
}
const MENTOR_PASSPHRASE = 'quiet harbor 19';

/** A review link for the prepared interview's debrief and draft email, sealed as "Ask a mentor" seals it. */
export async function mentorLink() {
  const record = preparedRecord();
  const today = localToday();
  const parts = [debriefPart(record, today), emailPart(record, today, workCalendar(holidayList('US')!))].filter((p) => p !== undefined);
  return sealShare(
    makeRequest(
      record.id,
      interviewLabel(record, today),
      parts,
      parts.map((p) => p.kind),
    )!,
    MENTOR_PASSPHRASE,
  );
}
