/**
 * The main flows, small and written once: each engine runs the same steps through its own Driver. Each
 * starts from an empty site (storage cleared) and checks what a person would see, with the words and labels the
 * Playwright specs use (tests/e2e/diagnose.spec.ts, checklists.spec.ts, search.spec.ts, journal-interview-page.spec.ts,
 * mentor.spec.ts, shell.spec.ts).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { daysAgo, FOLLOW_UP_DUE, SAFETY } from '../../scripts/lib/drive.ts';
import { loadQuizModel } from '../../scripts/lib/quiz-files.ts';
import { button, field, link, region, type Driver, type Target } from './driver.ts';

/** Names the step under way, so a failure says where it happened. */
export type Step = <T>(name: string, action: () => Promise<T>) => Promise<T>;

export interface Flow {
  name: string;
  run(d: Driver, step: Step): Promise<void>;
}

const WAIT_MS = 15_000;

/** Polls `check` until it returns something truthy; fails naming what it waited for and what it last saw. */
async function until<T>(what: string, check: () => Promise<T>): Promise<NonNullable<T>> {
  const end = Date.now() + WAIT_MS;
  let last: unknown;
  for (;;) {
    try {
      last = await check();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > end) throw new Error(`waited ${WAIT_MS / 1000} s for ${what} (last saw ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const describe = (t: Target): string => `${t.css}${t.name ? ` named ${String(t.name)}` : ''}${t.within ? ` in ${describe(t.within)}` : ''}`;

/** Waits for the target to show (a field has no text, so found is not the same as truthy), and returns its text. */
async function see(d: Driver, t: Target): Promise<string> {
  const found = await until(describe(t), async () => {
    const text = await d.query(t, 'text');
    return text === null ? null : { text: String(text) };
  });
  return found.text;
}
/** Waits for the target, then clicks it. */
async function click(d: Driver, t: Target) {
  await see(d, t);
  await d.click(t);
}
const bodyText = (d: Driver) => d.evaluate(() => document.body.innerText);
const seeText = (d: Driver, text: string | RegExp) =>
  until(`the text ${String(text)}`, async () => {
    const body = await bodyText(d);
    return typeof text === 'string' ? body.includes(text) : text.test(body);
  });

const model = loadQuizModel();
const QUESTION = '#diagnose [id^="q-"][data-step-heading]';

/** Answers the question on screen as tests/e2e/helpers/diagnostic.ts does, then waits for the next one. */
async function answerShown(d: Driver) {
  const id = await d.evaluate((sel) => document.querySelector(sel)?.id.replace(/^q-(.*)-prompt$/, '$1') ?? null, QUESTION);
  const question = model.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question on screen (found ${id})`);
  const form: Target = { css: `#diagnose form:has(#q-${question.id}-prompt)` };
  const answer = FOLLOW_UP_DUE[question.id];
  if (answer !== undefined && question.kind === 'date') {
    await d.fill(field('Date', form), answer);
    await click(d, button('Next', form));
  } else if (answer !== undefined) {
    const escaped = answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await click(d, button(new RegExp(`^${escaped}`), form));
  } else {
    await click(d, button(question.skipLabel ?? 'Not sure', form));
  }
  await until(`the question after "${question.id}"`, () =>
    d.evaluate((sel, was) => document.querySelector(sel)?.id !== `q-${was}-prompt`, QUESTION, question.id),
  );
}

const diagnostic: Flow = {
  name: 'home to the diagnostic: next step, email, calendar file',
  async run(d, step) {
    await step('open the diagnostic from the home page', async () => {
      await d.goto('/');
      await click(d, { css: 'main a[href="/diagnose/"]' });
      await until('the /diagnose/ page', () => d.evaluate(() => location.pathname === '/diagnose/'));
      await until('the diagnostic to take input', () =>
        d.evaluate(() => {
          const first = document.querySelector<HTMLInputElement>('#diagnose input, #diagnose button');
          return first !== null && !first.disabled;
        }),
      );
    });
    await step('enter the interview date', async () => {
      await d.fill(field('Date', { css: '#diagnose' }), daysAgo(10));
      await click(d, button('Next', { css: '#diagnose' }));
      await seeText(d, /Question 2 of \d+ before your next step/);
    });
    await step('answer the timing questions', async () => {
      for (let i = 0; ; i++) {
        await until('a question or the next step', () =>
          d.evaluate((sel) => document.querySelector(sel) !== null || document.querySelector('#next-title') !== null, QUESTION),
        );
        if (!/Question \d+ of \d+ before your next step/.test(await bodyText(d))) break;
        if (i === SAFETY) throw new Error(`still asking timing questions after ${SAFETY}`);
        await answerShown(d);
      }
    });
    await step('see the next step and its email', async () => {
      const headline = await see(d, { css: '#next-title' });
      if (headline !== 'Send your first follow-up') throw new Error(`the next step reads "${headline}"`);
      const email = await see(d, { css: 'pre.email' });
      if (!email.includes('Dear')) throw new Error(`the email reads "${email.slice(0, 80)}"`);
    });
    await step('copy the email (or be told to copy it by hand)', async () => {
      await click(d, button('Copy email text'));
      // An engine may refuse the clipboard to an automated page; the page must then say so, the email still shown.
      await seeText(d, /Copied\.|Could not copy here/);
    });
    await step('download the calendar file', async () => {
      await click(d, button('Add to calendar (.ics)'));
      await seeText(d, /Downloaded \d+ (entry|entries)/);
      const file = join(d.downloads, 'callback-follow-ups.ics');
      const text = await until(`${file} to be saved`, async () => (existsSync(file) ? readFile(file, 'utf8') : undefined));
      if (!/^BEGIN:VCALENDAR[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\s*$/.test(text))
        throw new Error(`the calendar file reads "${text.slice(0, 80)}"`);
    });
  },
};

const checklist: Flow = {
  name: 'a checklist item ticked, still ticked after a reload',
  async run(d, step) {
    let items: string[] = [];
    const box = (n: number): Target => ({ css: `[data-item="${items[n]}"] input[type="checkbox"]` });
    await step('tick the first item', async () => {
      await d.goto('/checklists/pre-interview/');
      items = await d.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-item]')].map((item) => item.dataset.item ?? ''));
      if (items.length < 2) throw new Error(`the checklist shows ${items.length} items`);
      await click(d, box(0));
      await until('the first box to be ticked', () => d.query(box(0), 'checked'));
      // The list's tool goes live at the first tick (client:intent) and counts it: then it is saved.
      await see(d, { css: '[role="status"]', name: /\b1 of \d+ done/ });
    });
    await step('reload and see it still ticked', async () => {
      await d.reload();
      await until('the first box to be ticked after the reload', () => d.query(box(0), 'checked'));
      if ((await d.query(box(1), 'checked')) !== false) throw new Error('the second box is ticked too, or missing');
    });
  },
};

const search: Flow = {
  name: 'search: a query, a result that opens its page',
  async run(d, step) {
    const first: Target = { css: '#search-results [role="option"] .title' };
    let title = '';
    await step('open search from the header and type a query', async () => {
      await d.goto('/');
      await click(d, link('Search', { css: 'nav', name: 'Main' }));
      await until('the search field to take focus', () => d.evaluate(() => document.activeElement?.id === 'search-input'));
      await d.type({ css: '#search-input' }, 'ghosted');
      title = await see(d, first);
    });
    await step('open the first result', async () => {
      await d.click(first);
      await until('the result to open its page', () => d.evaluate(() => location.pathname !== '/'));
      await seeText(d, title);
    });
  },
};

/** Quick add on /journal/: one past interview, its company and date, added as a person adds one. */
async function quickAdd(d: Driver, company: string, date: string) {
  const quick = region('Quick add');
  await d.goto('/journal/');
  await see(d, field('Company', quick));
  await d.type(field('Company', quick), company);
  await d.fill(field('Date', quick), date);
  await click(d, button('Add to journal', quick));
  await see(d, { css: '[role="status"]', name: new RegExp(`^Added ${company} · `) });
}

const journal: Flow = {
  name: 'the journal: quick add, reload, listed',
  async run(d, step) {
    await step('quick add an interview', () => quickAdd(d, 'Cedar', daysAgo(3)));
    await step('reload and see it listed', async () => {
      await d.reload();
      await see(d, { css: 'ul.interviews > li', name: /Cedar/ });
    });
  },
};

const mentor: Flow = {
  name: 'a mentor link round trip',
  async run(d, step) {
    const worry = 'They probed my years of experience';
    const comment = 'Answer the experience worry head on.';
    const passphrase = 'river stone 7';
    const unlock = async () => {
      await d.type(field('Passphrase'), passphrase);
      await click(d, button('Open'));
    };
    await step('add an interview and open its page', async () => {
      await quickAdd(d, 'Birch', daysAgo(3));
      await click(d, link(/^Open Birch/));
      await until('the interview page', () => d.evaluate(() => location.pathname === '/journal/interview/'));
      await see(d, { css: 'h1', name: /^Birch · / });
    });
    let request = '';
    await step('write the debrief and make a review link with a passphrase', async () => {
      await d.type(field(/^What they probed or seemed worried about/), worry);
      const ask = region('Ask a mentor');
      await click(d, field('The debrief', ask));
      await d.type(field(/Passphrase/, ask), passphrase);
      await click(d, button('Make the link', ask));
      request = (await until('the link for the mentor', () => d.query(field('Link for your mentor', ask), 'value'))) as string;
    });
    let reply = '';
    await step('open the link on /mentor/, comment and make the reply', async () => {
      await d.goto(request);
      await unlock();
      await seeText(d, worry);
      await d.type(field('Your comment on the debrief'), comment);
      await d.type(field(/Your name/), 'Sam');
      await click(d, button('Make the reply link'));
      reply = (await until('the reply link', () => d.query(field('Reply link'), 'value'))) as string;
    });
    await step('open the reply and see the comment in the journal', async () => {
      // Away first: from /mentor/#request to /mentor/#reply would only change the fragment, not load the page.
      await d.goto('/journal/');
      await d.goto(reply);
      await unlock();
      await seeText(d, comment);
      await click(d, button('Add these comments to my journal'));
      await click(d, link('See them with the interview'));
      const review = await see(d, region('From your mentor'));
      if (!review.includes(`On the debrief: ${comment}`)) throw new Error(`the mentor's review reads "${review}"`);
    });
  },
};

const theme: Flow = {
  name: 'dark theme chosen and kept after a reload',
  async run(d, step) {
    const dark: Target = { css: 'input[type="radio"]', name: 'Dark' };
    const isDark = () => d.evaluate(() => document.documentElement.dataset.theme === 'dark');
    await step('choose Dark', async () => {
      await d.goto('/');
      // The choice is disabled until the page's script can act on it.
      await see(d, { css: '[data-theme-select]:not([disabled])' });
      await click(d, dark);
      await until('the page to turn dark', isDark);
    });
    await step('reload and see it still dark', async () => {
      await d.reload();
      await until('the page to be dark after the reload', isDark);
      await until('Dark to be the choice shown', () => d.query(dark, 'checked'));
    });
  },
};

export const FLOWS: Flow[] = [diagnostic, checklist, search, journal, mentor, theme];
