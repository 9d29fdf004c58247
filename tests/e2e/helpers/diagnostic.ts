/**
 * Driving the "why no callback?" diagnostic in the browser, for every spec that needs an interview or a
 * result: start one from the first question, then answer the timing questions, whatever they are today.
 */
import { expect, type Page } from '@playwright/test';
import { answerShown, daysAgo, FOLLOW_UP_DUE, SAFETY } from '../../../scripts/lib/drive';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';

export const model = loadQuizModel();
// Shared with the screenshots script, which drives the same steps without the test runner.
export { answerShown, daysAgo, FOLLOW_UP_DUE, SAFETY };

/** The question on screen: a timing question, or the one refining the reasons under the result. */
export const questionHeading = (page: Page) => page.locator('#diagnose [id^="q-"][data-step-heading]');
/** Shown only while a timing question is asked. */
export const timingProgress = (page: Page) => page.getByText(/^Question \d+ of \d+ before your next step$/);

/**
 * Waits until the diagnostic takes input: at once on a first visit (it goes live as they start, keeping what
 * they did meanwhile); with something saved, once live (it is inert until then, showing the saved state).
 */
export async function islandReady(page: Page) {
  await expect(page.locator('astro-island[inert]')).toHaveCount(0);
  await expect(page.locator('#diagnose input, #diagnose button').first()).toBeEnabled();
}

/** On /diagnose/ with no interview open: enters the interview date, and Next saves a new interview. */
export async function startInterview(page: Page, interviewDate = daysAgo(10)) {
  await islandReady(page);
  await page.getByLabel('Date').fill(interviewDate);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/^Question 2 of \d+ before your next step$/)).toBeVisible();
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
