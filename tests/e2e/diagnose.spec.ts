/** The diagnostic end to end in Chromium, answer first: the next step and its email, then the reasons. */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { REMINDER_MINUTES_AFTER_MIDNIGHT } from '../../src/lib/follow-up/calendar';
import { formatDate, localToday } from '../../src/lib/core/dates';
import { diagnose } from '../../src/lib/diagnostic/diagnose';
import type { InterviewsState } from '../../src/lib/interviews/interviews';
import {
  answerShown,
  answerTiming,
  daysAgo,
  diagnoseNew,
  fillDetails,
  islandReady,
  model,
  questionHeading,
  SAFETY,
  startInterview,
  timingProgress,
} from './helpers/diagnostic';
import { tabTo, typeDate } from './helpers/keyboard';
import { US } from '../fixtures/calendars.ts';

// Dates are typed by keyboard as this locale orders them.
test.use({ locale: 'en-US' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const FIRST = model.questions[0].prompt;
const headline = (page: Page) => page.locator('#next-title');
const reasonTitles = (page: Page) => page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();

/** The saved interviews as the page stored them, and the engine's result for the open one. */
async function stored(page: Page) {
  const raw = await page.evaluate(() => localStorage.getItem('callback:interviews'));
  const state = JSON.parse(raw!).data as InterviewsState;
  const record = state.interviews.find((r) => r.id === state.currentId)!;
  return {
    record,
    diagnosis: diagnose(record.answers, { today: localToday(), model, details: record, interviewId: record.id, calendar: US }),
  };
}

/** Answers "not sure" to the refining questions until question `id`; the next step stays on top throughout. */
async function skipTo(page: Page, id: string) {
  for (let i = 0; (await questionHeading(page).getAttribute('id')) !== `q-${id}-prompt`; i++) {
    if (i === SAFETY) throw new Error(`The question ${id} never came`);
    await expect(page.locator('section.why .refine h3[data-step-heading]')).toHaveCount(1);
    await answerShown(page);
    await expect(headline(page)).toHaveText('Send your first follow-up');
  }
}

async function noAxeViolations(page: Page) {
  expect(
    (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}

test('by keyboard alone: the date, the timing questions, a reload halfway, then the next step with its email', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/diagnose/');
  await islandReady(page);

  const date = page.getByLabel('Date');
  await tabTo(page, date);
  await typeDate(page, daysAgo(10));
  await expect(date).toHaveValue(daysAgo(10));
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  await expect(questionHeading(page)).toHaveText(model.questions.find((q) => q.id === 'promisedBy')!.prompt);
  await expect(questionHeading(page)).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: "They didn't give a date" }));
  await page.keyboard.press('Enter');
  await expect(questionHeading(page)).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Yes, to each person I met' }));
  await page.keyboard.press('Enter');

  // Halfway: reload, and the same question is waiting.
  await expect(questionHeading(page)).toHaveText('How many times have you followed up since then?');
  await page.reload();
  await expect(questionHeading(page)).toHaveText('How many times have you followed up since then?');
  await islandReady(page);
  await tabTo(page, page.getByRole('button', { name: 'Not yet' }));
  await page.keyboard.press('Enter');

  await expect(headline(page)).toHaveText('Send your first follow-up');
  await expect(headline(page)).toBeFocused();
  await tabTo(page, page.getByText('Fill in names and a detail'));
  await page.keyboard.press('Enter');
  for (const text of ['Acme', 'Product designer', 'Ms Chen', 'the onboarding redesign']) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(text);
  }
  await expect(page.getByText(/^Your next step · /)).toContainText('Acme · Product designer');
  // Nobody said who arranged the interview: the follow-up asks for that person's name and names the interviewer.
  await expect(page.locator('pre.email')).toContainText('Dear [Name of whoever arranged the interview],');
  await expect(page.locator('pre.email')).toContainText('my interview with Ms Chen at Acme');
  await expect(page.locator('pre.email')).toContainText('the onboarding redesign');
  await tabTo(page, page.getByRole('button', { name: 'Copy email text' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('pre.email').textContent());
  expect(errors).toEqual([]);
});

test('the calendar file: short all-day entries with a reminder each, on dates the page shows', async ({ page }) => {
  const today = localToday();
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  await fillDetails(page, { Company: 'Acme', Role: 'Product designer' });
  const shown = [await page.locator('.next .when').textContent(), ...(await page.locator('ol.plan li').allTextContents())].join(' | ');
  const names = await page.locator('ol.plan .name').allTextContents();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('callback-follow-ups.ics');
  const calendar = new ICAL.Component(ICAL.parse(await readFile((await download.path())!, 'utf8')));
  const vevents = calendar.getAllSubcomponents('vevent');
  const events = vevents.map((v) => new ICAL.Event(v)).sort((a, b) => a.startDate.compare(b.startDate));
  expect(events.length).toBeGreaterThan(0);
  await expect(page.getByText(`Downloaded ${events.length} ${events.length === 1 ? 'entry' : 'entries'}`)).toBeVisible();

  // The step due now comes first, titled briefly enough for a phone's month view.
  expect(events[0].summary).toBe('First follow-up: Acme, Product designer');
  for (const [i, event] of events.entries()) {
    const [name, label] = event.summary.split(': ');
    expect(names).toContain(name);
    expect(label).toBe('Acme, Product designer');
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.isDate).toBe(true);
    expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(86_400);
    const alarms = vevents.find((v) => v.getFirstPropertyValue('uid') === event.uid)!.getAllSubcomponents('valarm');
    expect(alarms, event.summary).toHaveLength(1);
    expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration;
    // In the morning of the day, not the evening before.
    expect(trigger.isNegative).toBe(false);
    expect(trigger.toSeconds()).toBe(REMINDER_MINUTES_AFTER_MIDNIGHT * 60);
    // Every entry is a date on the page: the next step's day, or a line of the plan.
    const date = event.startDate.toString();
    expect(date >= today, `${event.summary} on ${date}, before today`).toBe(true);
    expect(shown, `${event.summary} (${i})`).toContain(formatDate(date, today));
  }
});

test('a saved interview can be reopened, edited and deleted', async ({ page }) => {
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  await fillDetails(page, { Company: 'Acme', Role: 'Product designer' });
  await page.getByRole('button', { name: 'All interviews' }).click();
  await expect(questionHeading(page)).toHaveText(FIRST);
  const item = page.getByRole('listitem').filter({ hasText: 'Acme · Product designer' });
  await expect(item).toContainText('Diagnosed');

  await item.getByRole('button', { name: /See result/ }).click();
  await expect(headline(page)).toHaveText('Send your first follow-up');
  await page.getByRole('button', { name: 'Change the dates and messages' }).click();
  await expect(questionHeading(page)).toHaveText(FIRST);
  await expect(page.getByLabel('Date')).toHaveValue(daysAgo(10));
  // An interview being edited reopens where it was left.
  await page.reload();
  await expect(questionHeading(page)).toHaveText(FIRST);
  await expect(page.getByLabel('Date')).toHaveValue(daysAgo(10));

  // A later interview date: the thank-you was sent and no follow-up is due yet.
  await page.getByLabel('Date').fill(daysAgo(2));
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(questionHeading(page)).not.toHaveText(FIRST);
  await answerTiming(page);
  await expect(headline(page)).toHaveText('Nothing to send yet');

  await page.getByRole('button', { name: 'All interviews' }).click();
  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: 'Yes, delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'Acme' })).toHaveCount(0);
  await page.reload();
  await expect(questionHeading(page)).toHaveText(FIRST);
  await islandReady(page);
  await expect(page.getByText('Acme')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a question and on the result (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/diagnose/');
    await startInterview(page);
    await answerShown(page); // no promised date
    await expect(page.getByRole('button', { name: 'Yes, to each person I met' })).toBeVisible();
    await noAxeViolations(page);
    await answerTiming(page);
    await page.locator('details.others summary').click();
    await page.locator('details.personalize summary').click();
    await expect(page.locator('details.others li').first()).toBeVisible();
    await noAxeViolations(page);
  });
}

test('usable at 320 px: no sideways scrolling on a question or the result', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto('/diagnose/');
  await islandReady(page);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await startInterview(page);
  await answerShown(page);
  expect(await overflow()).toBeLessThanOrEqual(0); // a choice question
  await answerTiming(page);
  await page.locator('details.others summary').click();
  await page.locator('details.personalize summary').click();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test('from the home page to a copy-ready email takes at most 6 interactions, not counting typing a date', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The page counts every click it receives too (a key that activates a button also sends one), across pages.
  await page.addInitScript(() =>
    addEventListener(
      'click',
      (e) => e.isTrusted && sessionStorage.setItem('taps', String(Number(sessionStorage.getItem('taps') ?? 0) + 1)),
      true,
    ),
  );
  let taps = 0;
  const tap = async (target: Locator) => {
    taps++;
    await target.click();
  };

  await page.goto('/');
  await tap(page.getByRole('link', { name: 'I heard nothing back', exact: true }));
  await expect(page).toHaveURL(/\/diagnose\/$/);
  await islandReady(page);
  await page.getByLabel('Date').fill(daysAgo(10)); // typing the date: not counted
  await tap(page.getByRole('button', { name: 'Next' }));
  await tap(page.getByRole('button', { name: "They didn't give a date" }));
  await tap(page.getByRole('button', { name: 'Yes, to each person I met' }));
  await tap(page.getByRole('button', { name: 'Not yet' }));

  const email = page.locator('pre.email');
  await expect(email).toBeVisible();
  const copy = page.getByRole('button', { name: 'Copy email text' });
  await expect(copy).toBeVisible();
  await tap(copy);
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await email.textContent());
  expect(await email.textContent()).toMatch(/^Dear /);

  const counted = Number(await page.evaluate(() => sessionStorage.getItem('taps')));
  console.log(`Home page to a copied email: ${taps} interactions (the page counted ${counted} clicks)`);
  expect(counted).toBe(taps);
  expect(taps).toBeLessThanOrEqual(6);
});

test('on a 390 × 844 phone, the next step, its date and Copy are on the first screen, before any reason', async ({ page }) => {
  const viewport = { width: 390, height: 844 };
  await page.setViewportSize(viewport);
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  const parts = {
    headline: headline(page),
    date: page.locator('.next .when'),
    copy: page.getByRole('button', { name: 'Copy email text' }),
  };
  const firstReason = page.getByRole('article').first();
  await expect(firstReason).toBeAttached();
  for (const [name, part] of Object.entries(parts)) {
    await expect(part, name).toBeVisible();
    const box = (await part.boundingBox())!;
    expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
    expect(box.x, `${name} left`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(viewport.width);
    const before = await part.evaluate(
      (el, reason) => !!(el.compareDocumentPosition(reason!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await firstReason.elementHandle(),
    );
    expect(before, `${name} before the first reason`).toBe(true);
  }
});

test('no answer is preselected: every choice question of a new interview starts with nothing pressed', async ({ page }) => {
  await page.goto('/diagnose/');
  await startInterview(page);
  let choices = 0;
  for (let i = 0; await questionHeading(page).count(); i++) {
    if (i === SAFETY) throw new Error(`Still asking after ${SAFETY} questions`);
    const id = (await questionHeading(page).getAttribute('id'))!.replace(/^q-(.*)-prompt$/, '$1');
    const question = model.questions.find((q) => q.id === id)!;
    if (question.kind === 'choice') {
      choices++;
      const form = page.locator('#diagnose form').filter({ has: page.locator(`#q-${id}-prompt`) });
      await expect(form.locator('button[aria-pressed]')).toHaveCount(question.options!.length);
      await expect(form.locator('button[aria-pressed="true"]'), id).toHaveCount(0);
    }
    // Answering with a real option each time: an earlier answer must not show up as the next one's.
    await answerShown(page, question.kind === 'choice' ? { [id]: question.options![0].label } : {});
    if (!(await timingProgress(page).isVisible())) await expect(headline(page)).toBeVisible();
  }
  expect(choices).toBeGreaterThanOrEqual(2);
});

test('refining: each answer under the result updates the reasons, and a reload keeps where the person stopped', async ({ page }) => {
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  const doubt = 'A doubt about you was never answered';
  expect((await reasonTitles(page))[0]).not.toBe(doubt);

  // The refining questions come one at a time, below "Why might it be quiet?"; the next step stays on top.
  await skipTo(page, 'concern');
  await answerShown(page, { concern: "Yes, and I didn't really get to answer it" });
  await expect(page.getByRole('article').first().getByRole('heading')).toHaveText(doubt);
  const { diagnosis } = await stored(page);
  expect(await reasonTitles(page)).toEqual(diagnosis.reasons.slice(0, 3).map((r) => r.title));
  await expect(questionHeading(page)).toBeFocused();
  const nextQuestion = await questionHeading(page).textContent();

  // Another answer moves the reasons again, as the engine says.
  await skipTo(page, 'tone');
  await answerShown(page, { tone: 'I proposed changing a lot of how they work' });
  const after = (await stored(page)).diagnosis.reasons.slice(0, 3).map((r) => r.title);
  expect(after).toContain('Confidence came across as arrogance');
  await expect.poll(() => reasonTitles(page)).toEqual(after);

  // Stopping is fine: a reload shows the same result and the question where they stopped.
  const stoppedAt = await questionHeading(page).textContent();
  expect(stoppedAt).not.toBe(nextQuestion);
  await page.reload();
  await expect(headline(page)).toHaveText('Send your first follow-up');
  await expect(questionHeading(page)).toHaveText(stoppedAt!);
  expect(await reasonTitles(page)).toEqual(after);
});

test('the first question comes before the quiz model in the page, which the island reads once live', async ({ page, request }) => {
  const html = await (await request.get('/diagnose/')).text();
  const island = html.match(/<astro-island[^>]*>/)?.[0] ?? '';
  // Over 20 kB of model in the island's opening tag would be parsed before the form could show.
  expect(island, 'the island tag').not.toContain(FIRST.slice(0, 20));
  const field = html.indexOf('type="date"');
  expect(field).toBeGreaterThan(0);
  expect(html.indexOf('id="quiz-model"')).toBeGreaterThan(field);
  // …and once live, the diagnostic asks the model's questions through to the next step.
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  await expect(headline(page)).toBeVisible();
});
