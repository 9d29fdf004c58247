/**
 * "What's next" on the home page, for a person who comes back, on a phone and a desktop: with three saved
 * interviews in different states (an interview in three days, a thank-you due today, a follow-up later this
 * week) and a practice card, the lines in date order, each doing its step in one tap (the email copied, the day
 * sheet opened on that interview, the cards), every step ahead in one calendar file, and axe in both themes.
 * With nothing saved, the first screen is the one a first visit has always had, and none of it loads.
 */
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { allStepsCalendar } from '../../src/lib/home/today';
import { INTERVIEWS, newInterview, type InterviewRecord } from '../../src/lib/interviews/interviews';
import { EMPTY_PRACTICE, PRACTICE, type PracticeState } from '../../src/lib/prep/practice';
import { islandsLive, noAxeViolations, seedOnce, stored } from './helpers/browser-state';
import { US } from '../fixtures/calendars.ts';

test.use({ locale: 'en-US' });

// Tuesday, December 1, 2026, mid-morning, in the browser's own time zone (the site's today is local).
const TODAY = '2026-12-01';
const NOW = new Date(2026, 11, 1, 10, 0, 0);

const record = (id: string, fields: Partial<InterviewRecord>): InterviewRecord => ({
  ...newInterview(id, new Date('2026-11-20T09:00:00Z')),
  ...fields,
});
const records = [
  record('acme', {
    company: 'Acme',
    role: 'Designer',
    answers: { interviewDate: '2026-11-26', thankYou: 'sent' },
    debrief: { wentBest: 'The portfolio review' },
  }),
  record('brightwell', { company: 'Brightwell', role: 'Analyst', answers: { interviewDate: '2026-12-04' } }),
  record('quill', {
    company: 'Quill & Co',
    role: 'Editor',
    interviewer: 'Ms. Ortiz',
    detail: 'the style guide',
    answers: { interviewDate: '2026-11-30' },
    debrief: { wentBest: 'The edit test' },
  }),
];
// Brightwell prepared for (two questions expected); at Acme, a question went badly: a practice card due today.
const practice: PracticeState = {
  ...EMPTY_PRACTICE,
  expectations: [
    {
      interviewId: 'brightwell',
      round: 'screen',
      expected: ['why-this-role', 'walk-me-through-your-background'],
      asked: [],
      fumbled: [],
      stories: [],
    },
    {
      interviewId: 'acme',
      round: 'screen',
      expected: ['why-this-role'],
      asked: ['why-this-role'],
      fumbled: ['why-this-role'],
      stories: [],
    },
  ],
};

const LINES = [
  'Send the thank-you to Quill & Co (due today) Copy the email',
  '1 practice card due Start practicing',
  'Follow up with Acme on Thursday, December 3 Copy the draft',
  'Friday: interview at Brightwell Print the day sheet',
];

const section = (page: Page) => page.getByRole('region', { name: 'What’s next' });
const line = (page: Page, words: string) => section(page).getByRole('listitem').filter({ hasText: words }).locator('button, a');

/** Scripts the page fetched from the build's folder. */
function scriptsFetched(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().includes('/_astro/')) urls.push(request.url());
  });
  return urls;
}

async function openWithSaved(page: Page) {
  await page.clock.setFixedTime(NOW);
  await seedOnce(page, [stored(INTERVIEWS, { interviews: records, currentId: null }), stored(PRACTICE, practice)]);
  await page.goto('/');
  await islandsLive(page);
  await expect(section(page)).toBeVisible();
}

for (const [device, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport });

    test('lists what is due in date order, above the hero, and copies the email in one tap', async ({ page, context }) => {
      // Two axe scans (light and dark) besides the journey: over the default budget on a busy machine.
      test.slow();
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openWithSaved(page);
      const controls = section(page).locator('li > :is(button, a)');
      await expect(controls).toHaveCount(LINES.length);
      expect((await controls.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(LINES);
      // Above the hero: what is due comes first.
      const [box, hero] = [await section(page).boundingBox(), await page.getByRole('heading', { level: 1 }).boundingBox()];
      expect(box!.y).toBeLessThan(hero!.y);
      // Every line is a target a finger can hit.
      for (const control of await controls.all()) expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);

      await line(page, 'Send the thank-you to Quill & Co').click();
      await expect(section(page).getByText(/^Copied\./)).toBeVisible();
      const email = await page.evaluate(() => navigator.clipboard.readText());
      expect(email).toMatch(/^Dear Ms\. Ortiz,/);
      expect(email).toContain('the style guide');

      await noAxeViolations(page);
    });

    test('the interview’s line opens the day sheet on that interview', async ({ page }) => {
      await openWithSaved(page);
      await line(page, 'interview at Brightwell').click();
      await expect(page).toHaveURL(/\/checklists\/pre-interview\/\?interview=brightwell$/);
      await islandsLive(page);
      await expect(page.getByRole('heading', { name: /^Your prep for Brightwell · Analyst/ })).toBeVisible();
      await expect(page.getByText('What made you apply for this particular role?').first()).toBeVisible();
      // The address decides, not which prepared interview comes soonest: one with nothing prepared is named too.
      await page.goto('/checklists/pre-interview/?interview=quill');
      await islandsLive(page);
      await expect(page.getByRole('heading', { name: /^Your prep for Quill & Co · Editor/ })).toBeVisible();
      await expect(page.getByText('Nothing prepared for it yet', { exact: false })).toBeVisible();
    });
  });
}

test('the cards’ line starts the practice', async ({ page }) => {
  await openWithSaved(page);
  await line(page, 'practice card due').click();
  await expect(page).toHaveURL(/\/practice\/#practice-title$/);
  await islandsLive(page);
  await expect(page.getByText('1 due today')).toBeVisible();
});

test('one calendar file holds every step ahead, the interview included', async ({ page }) => {
  await openWithSaved(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section(page).getByRole('button', { name: 'Add every step to your calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('callback-next-steps.ics');
  const calendar = new ICAL.Component(ICAL.parse(await readFile((await download.path())!, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const expected = allStepsCalendar(records, TODAY, US);
  expect(events.map((e) => e.uid).sort()).toEqual(expected.map((e) => e.uid).sort());
  const titles = events.map((e) => `${e.startDate.toString()} ${e.summary}`);
  expect(titles).toEqual(
    expect.arrayContaining([
      '2026-12-01 Thank-you note: Quill & Co, Editor',
      '2026-12-03 First follow-up: Acme, Designer',
      '2026-12-04 Interview: Brightwell, Analyst',
    ]),
  );
  await expect(section(page).getByText(`Downloaded ${events.length} entries`)).toBeVisible();
});

test('with nothing saved, the first screen is as it was: the hero, no "What’s next", none of its script', async ({ page }) => {
  test.slow();
  await page.clock.setFixedTime(NOW);
  const urls = scriptsFetched(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1, name: 'Had a good interview and heard nothing?' })).toBeInViewport();
  await expect(section(page)).toHaveCount(0);
  // The island is in the page, empty and waiting; its script was never asked for.
  const island = page.locator('astro-island[client="intent"]');
  await expect(island).toHaveCount(1);
  await expect(island).toBeEmpty();
  const component = new URL((await island.getAttribute('component-url'))!, page.url()).href;
  await page.waitForTimeout(300);
  expect(urls).not.toContain(component);
  expect(urls.filter((url) => /Today|client\.svelte/.test(url))).toEqual([]);
  await noAxeViolations(page);
});
