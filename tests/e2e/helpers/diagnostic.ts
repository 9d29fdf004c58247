/**
 * Driving the "why no callback?" diagnostic in the browser, for every spec that needs an interview or a
 * result: start one from the first question, then answer the timing questions, whatever they are today.
 */
import { expect, type Page } from '@playwright/test';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { addDays, localToday } from '../../../src/lib/dates';

export const model = loadQuizModel();

/** `n` days before today in this machine's time zone, which the browser shares: dates that never age. */
export const daysAgo = (n: number) => addDays(localToday(), -n);

/** Answers that make a follow-up due today when the interview was 10 days ago (the default). */
export const FOLLOW_UP_DUE: Record<string, string> = { thankYou: 'Yes, to each person I met', followUps: 'Not yet' };

/** A guard for loops over questions: the quiz never asks this many, so reaching it means a test is lost. */
export const SAFETY = 60;

/** The question on screen: a timing question, or the one refining the reasons under the result. */
export const questionHeading = (page: Page) => page.locator('#diagnose [id^="q-"][data-step-heading]');
/** Shown only while a timing question is asked. */
export const timingProgress = (page: Page) => page.getByText(/^Question \d+ of \d+ before your next step$/);

const questionId = async (page: Page) =>
  (
    await questionHeading(page)
      .getAttribute('id', { timeout: 1000 })
      .catch(() => null)
  )?.replace(/^q-(.*)-prompt$/, '$1');

/** Waits until the island is live: its fields are disabled until then, and typing earlier would be lost. */
export async function islandReady(page: Page) {
  await expect(page.locator('#diagnose input, #diagnose button').first()).toBeEnabled();
}

/** On /diagnose/ with no interview open: enters the interview date, and Next saves a new interview. */
export async function startInterview(page: Page, interviewDate = daysAgo(10)) {
  await islandReady(page);
  await page.getByLabel('Date').fill(interviewDate);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/^Question 2 of \d+ before your next step$/)).toBeVisible();
}

/**
 * Answers the question on screen: `answers` gives a date (typed, then Next) or an option's label by
 * question id; any other question gets its "Not sure" (or its own words for it). Waits for the next step.
 */
export async function answerShown(page: Page, answers: Record<string, string> = {}) {
  const id = await questionId(page);
  const question = model.questions.find((q) => q.id === id);
  if (!question) throw new Error(`No question on screen (found ${id})`);
  const answer = answers[question.id];
  const form = page.locator('#diagnose form').filter({ has: page.locator(`#q-${question.id}-prompt`) });
  if (answer !== undefined && question.kind === 'date') {
    await form.getByLabel('Date').fill(answer);
    await form.getByRole('button', { name: 'Next' }).click();
  } else if (answer !== undefined) {
    // An option's name is its label, then its hint if it has one.
    await form.getByRole('button', { name: new RegExp(`^${answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  } else {
    await form.getByRole('button', { name: question.skipLabel ?? 'Not sure', exact: true }).click();
  }
  await expect.poll(() => questionId(page)).not.toBe(question.id);
}

/** Answers every timing question (see answerShown), then waits for the next step to show. */
export async function answerTiming(page: Page, answers: Record<string, string> = FOLLOW_UP_DUE) {
  for (let i = 0; ; i++) {
    await expect(questionHeading(page).or(page.locator('#next-title')).first()).toBeVisible();
    if (!(await timingProgress(page).isVisible())) break;
    if (i === SAFETY) throw new Error(`Still asking timing questions after ${SAFETY}`);
    await answerShown(page, answers);
  }
  await expect(page.locator('#next-title')).toBeVisible();
}

/** From /diagnose/ with nothing open to the result: a new interview, its timing questions answered. */
export async function diagnoseNew(page: Page, { interviewDate = daysAgo(10), answers = FOLLOW_UP_DUE } = {}) {
  await startInterview(page, interviewDate);
  await answerTiming(page, answers);
}

/** Fills the result's "Fill in names and a detail" fields, which name the interview and fill the email. */
export async function fillDetails(
  page: Page,
  details: Partial<Record<'Company' | 'Role' | 'Interviewer' | 'One thing you talked about', string>>,
) {
  const fold = page.locator('details.personalize');
  if (!(await fold.getAttribute('open').then((v) => v !== null))) await fold.locator('summary').click();
  for (const [label, value] of Object.entries(details)) await fold.getByLabel(label, { exact: true }).fill(value);
}
