import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import Diagnose from '../../../src/islands/diagnostic/Diagnose.svelte';
import { addDays, formatDate, localToday } from '../../../src/lib/core/dates';
import { diagnose } from '../../../src/lib/diagnostic/diagnose';
import { EMPTY_INTERVIEWS, interviewLabel, newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { quizOrder } from '../../../src/lib/diagnostic/quiz-flow';
import { isTimingId } from '../../../src/lib/interviews/timing-answers';
import { interviews } from '../../../src/state/interviews';
import { US } from '../../fixtures/calendars.ts';

const model = loadQuizModel();
const user = userEvent.setup();
const KEY = 'callback:interviews';
// The island reads the real clock; dates are relative to it so the tests never age.
const today = localToday();
const daysAgo = (n: number) => addDays(today, -n);
const prompt = (id: string) => model.questions.find((q) => q.id === id)!.prompt;
const first = quizOrder(model, {})[0];
/** More than the quiz will ever ask: a loop that reaches it has lost its way. */
const SAFETY = 60;

beforeEach(() => {
  localStorage.clear();
  // Each test is a new tab: which interview is open is kept per tab.
  sessionStorage.clear();
  interviews.set(EMPTY_INTERVIEWS);
});

/** Plays the value `raw` arriving in storage (another tab, or what a page load reads). */
function storageHolds(raw: string) {
  localStorage.setItem(KEY, raw);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: raw, storageArea: localStorage }));
}

const record = () => interviews.get().interviews.find((r) => r.id === interviews.get().currentId)!;
/** The question on screen: its heading (h2 while timing, h3 when refining) names it by id. */
const asking = () => document.querySelector<HTMLElement>('#diagnose [id^="q-"][data-step-heading]');
const askingId = () => asking()?.id.replace(/^q-(.*)-prompt$/, '$1');
const timingShown = () => !!screen.queryByText(/before your next step$/);
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const reasonTitles = () => screen.getAllByRole('article').map((a) => within(a).getAllByRole('heading')[0].textContent);

async function renderIsland() {
  const view = render(Diagnose, { model });
  await waitFor(() => expect(button('Next')).toBeEnabled());
  return view;
}

async function typeDate(value: string) {
  const input = screen.getByLabelText('Date');
  await user.clear(input);
  await user.type(input, value);
  expect(input).toHaveValue(value);
}

/** Starts a new interview from the first question. */
async function start(interviewDate = daysAgo(10)) {
  const view = await renderIsland();
  await typeDate(interviewDate);
  await user.click(button('Next'));
  await waitFor(() => expect(asking()).toHaveFocus());
  return view;
}

/**
 * Answers the timing questions on screen, whatever they are today: `answers` gives a date or an option's
 * label by question id; any other question gets its "Not sure" (or its own words for it).
 */
async function answerTiming(answers: Record<string, string> = {}) {
  for (let i = 0; timingShown(); i++) {
    if (i === SAFETY) throw new Error(`Still asking timing questions after ${SAFETY}: stuck on ${askingId()}`);
    await answerShown(answers);
  }
  await screen.findByRole('heading', { level: 2, name: diagnose(record().answers, options(record())).next.title });
}

/** Answers the question on screen: a date (typed, then Next), an option by label, or "not sure". */
async function answerShown(answers: Record<string, string>) {
  const question = model.questions.find((q) => q.id === askingId())!;
  const answer = answers[question.id];
  if (answer !== undefined && question.kind === 'date') {
    await typeDate(answer);
    await user.click(button('Next'));
  } else if (answer !== undefined) await user.click(button(answer));
  else await user.click(button(question.skipLabel ?? 'Not sure'));
}

const options = (r: InterviewRecord) => ({ today, model, details: r, interviewId: r.id, calendar: US });

const FOLLOW_UP_DUE = { thankYou: 'Yes, to each person I met', followUps: 'Not yet' };

describe('the first question', () => {
  it('is shown at once and required: Next without a date says why and saves nothing', async () => {
    await renderIsland();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(first.prompt);
    expect(screen.queryByRole('button', { name: 'Not sure' })).toBeNull();

    await user.click(button('Next'));
    expect(screen.getByRole('alert')).toHaveTextContent('required');
    expect(screen.getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
    expect(interviews.get().interviews).toEqual([]);

    await typeDate(addDays(today, 1));
    await user.click(button('Next'));
    expect(screen.getByRole('alert')).toHaveTextContent('after today');
    expect(interviews.get().interviews).toEqual([]);
    expect(localStorage.getItem(KEY) ?? '').not.toContain(addDays(today, 1));
  });

  it('with a date, saves a new interview and asks the next question, focused', async () => {
    await start(daysAgo(10));
    const { interviews: saved, currentId } = interviews.get();
    expect(saved).toHaveLength(1);
    expect(currentId).toBe(saved[0].id);
    expect(saved[0].answers).toEqual({ interviewDate: daysAgo(10) });
    expect(asking()).toHaveTextContent(prompt('promisedBy'));
    expect(screen.getByText(/^Question 2 of \d+ before your next step$/)).toBeInTheDocument();
    expect(localStorage.getItem(KEY)).toContain(daysAgo(10));
  });
});

describe('the timing questions', () => {
  it('preselect nothing, and one tap on an option answers and moves on', async () => {
    await start();
    await user.click(button("They didn't give a date"));
    const nonePressed = (id: string) => {
      expect(askingId()).toBe(id);
      for (const option of model.questions.find((q) => q.id === id)!.options!) {
        expect(button(option.label)).toHaveAttribute('aria-pressed', 'false');
      }
    };
    nonePressed('thankYou');
    await user.click(button('Yes, to each person I met'));
    nonePressed('followUps');
    expect(record().answers.thankYou).toBe('sent');
    await waitFor(() => expect(asking()).toHaveFocus());

    // Back shows the stored answer pressed; "Not sure" is a choice too, and removes it.
    await user.click(button('Back'));
    expect(askingId()).toBe('thankYou');
    expect(button('Yes, to each person I met')).toHaveAttribute('aria-pressed', 'true');
    await user.click(button('Not sure'));
    expect(askingId()).toBe('followUps');
    expect(record().answers).not.toHaveProperty('thankYou');
  });

  it('ask for the last follow-up’s date only after one was sent, and drop it when the answer changes', async () => {
    await start(daysAgo(20));
    await user.click(button("They didn't give a date"));
    await user.click(button('Yes, to each person I met'));
    await user.click(button('Once'));
    expect(askingId()).toBe('lastFollowUp');
    await typeDate(daysAgo(5));
    expect(record().answers.lastFollowUp).toBe(daysAgo(5));

    await user.click(button('Back'));
    expect(button('Once')).toHaveAttribute('aria-pressed', 'true');
    await user.click(button('Not yet'));
    expect(record().answers).not.toHaveProperty('lastFollowUp');
    expect(await screen.findByRole('heading', { level: 2, name: 'Send your first follow-up' })).toBeInTheDocument();
  });

  it('resume where they were left from what is stored', async () => {
    const { unmount } = await renderIsland();
    await typeDate(daysAgo(10));
    await user.click(button('Next'));
    await user.click(button("They didn't give a date"));
    const shown = askingId();
    const raw = localStorage.getItem(KEY)!;
    unmount();

    // Only what is in storage comes back: the store is emptied, then reads the saved value again.
    interviews.set(EMPTY_INTERVIEWS);
    storageHolds(raw);
    render(Diagnose, { model });
    await waitFor(() => expect(askingId()).toBe(shown));
    expect(record().answers).toEqual({ interviewDate: daysAgo(10) });
  });

  it('can be left with Cancel, and the interview is kept to continue', async () => {
    await start();
    await user.click(button('Cancel'));
    expect(screen.getByRole('heading', { level: 2, name: first.prompt })).toBeInTheDocument();
    const item = within(screen.getByRole('list')).getByRole('listitem');
    expect(item).toHaveTextContent('Not finished');
    await user.click(within(item).getByRole('button', { name: /Continue/ }));
    expect(askingId()).toBe('promisedBy');
    await waitFor(() => expect(asking()).toHaveFocus());
  });
});

describe('the result', () => {
  it('comes first, with the engine’s texts, an email that fills in as details are typed, and Copy', async () => {
    await start(daysAgo(10));
    await answerTiming(FOLLOW_UP_DUE);
    let expected = diagnose(record().answers, options(record()));
    const next = screen.getByRole('heading', { level: 2, name: expected.next.title });
    expect(next).toHaveTextContent('Send your first follow-up');
    await waitFor(() => expect(next).toHaveFocus());
    expect(screen.getByText(`Your next step · ${interviewLabel(record(), today)}`)).toBeInTheDocument();
    expect(screen.getByText(expected.next.when!)).toBeInTheDocument();
    expect(document.querySelector('pre.email')!.textContent).toBe(expected.email!.body);
    expect(document.querySelector('[data-email-subject]')!.textContent).toBe(expected.email!.subject);
    expect(reasonTitles()).toEqual(expected.reasons.slice(0, 3).map((r) => r.title));
    expect(screen.getAllByRole('listitem').filter((li) => li.closest('ol.plan'))).toHaveLength(expected.plan.length);
    expect(screen.getByText(new RegExp(`Based on ${expected.answered} of ${expected.asked} questions answered`))).toBeInTheDocument();
    // The next step comes before any reason.
    expect(next.compareDocumentPosition(screen.getAllByRole('article')[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    await user.type(screen.getByLabelText('Company'), 'Acme');
    await user.type(screen.getByLabelText('Interviewer'), 'Ms Chen');
    await user.type(screen.getByLabelText('One thing you talked about'), 'the onboarding redesign');
    expect(record()).toMatchObject({ company: 'Acme', interviewer: 'Ms Chen', detail: 'the onboarding redesign' });
    expected = diagnose(record().answers, options(record()));
    const email = expected.email!.body;
    // Who arranged it was not said: the follow-up asks for that person's name, and names the interviewer met.
    expect(email).toContain('Dear [Name of whoever arranged the interview],');
    expect(email).toContain('my interview with Ms Chen at Acme');
    expect(document.querySelector('pre.email')!.textContent).toBe(email);
    expect(screen.getByText(`Your next step · ${interviewLabel(record(), today)}`)).toHaveTextContent('Acme');

    // Subject and text are copied apart, as a mail app takes them; "Open in mail app" carries both.
    await user.click(button('Copy email text'));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(email);
    await user.click(button('Copy subject'));
    await waitFor(async () => expect(await navigator.clipboard.readText()).toBe(expected.email!.subject));
    const mail = new URL(screen.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')!);
    expect([mail.searchParams.get('subject'), mail.searchParams.get('body')]).toEqual([expected.email!.subject, email]);
  });

  it('refines the reasons one answer at a time, and stopping keeps the result', async () => {
    const { unmount } = await start(daysAgo(10));
    await answerTiming(FOLLOW_UP_DUE);
    const headline = screen.getByRole('heading', { level: 2, name: 'Send your first follow-up' });
    const doubt = 'A doubt about you was never answered';
    expect(reasonTitles()[0]).not.toBe(doubt);

    // The refining questions come one at a time under the result; skip to the one about doubts.
    for (let i = 0; askingId() !== 'concern'; i++) {
      if (i === SAFETY || !asking()) throw new Error(`No question about doubts among the refining ones (at ${askingId()})`);
      expect(asking()!.tagName).toBe('H3');
      await answerShown({});
      expect(headline).toBeInTheDocument();
    }
    await user.click(button("Yes, and I didn't really get to answer it"));
    expect(record().answers.concern).toBe('unanswered');
    expect(reasonTitles()[0]).toBe(doubt);
    expect(reasonTitles()).toEqual(
      diagnose(record().answers, options(record()))
        .reasons.slice(0, 3)
        .map((r) => r.title),
    );
    // The result stays put; focus goes to the next refining question, not back to the top.
    expect(headline).toBeInTheDocument();
    const after = askingId();
    await waitFor(() => expect(asking()).toHaveFocus());
    expect(after).not.toBe('concern');

    // Stop here: a fresh mount shows the same result and the same next question.
    const raw = localStorage.getItem(KEY)!;
    unmount();
    interviews.set(EMPTY_INTERVIEWS);
    storageHolds(raw);
    render(Diagnose, { model });
    expect(await screen.findByRole('heading', { level: 2, name: 'Send your first follow-up' })).toBeInTheDocument();
    expect(reasonTitles()[0]).toBe(doubt);
    expect(askingId()).toBe(after);

    // Answering the rest leaves the full result with no question left.
    for (let i = 0; asking(); i++) {
      if (i === SAFETY) throw new Error(`Still refining after ${SAFETY} questions: ${askingId()}`);
      await answerShown({});
    }
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Why might it be quiet?' })).toHaveFocus());
    const { asked } = diagnose(record().answers, options(record()));
    expect(screen.getByText(new RegExp(`Based on \\d+ of ${asked} questions answered`))).toBeInTheDocument();
    expect(reasonTitles()[0]).toBe(doubt);
  });
});

describe('saved interviews', () => {
  const saved = (id: string, company: string, finished: boolean): InterviewRecord => ({
    ...newInterview(id, new Date()),
    company,
    finished,
    step: finished ? 1000 : 1,
    answers: { interviewDate: daysAgo(12), thankYou: 'not-sent' },
  });

  it('one still ahead says when and offers to prepare, with nothing to fix or diagnose', async () => {
    const ahead = { ...saved('c', 'Brightwell', false), answers: { interviewDate: addDays(today, 4) } };
    interviews.set({ interviews: [ahead], currentId: null });
    await renderIsland();
    const item = within(await screen.findByRole('list')).getByRole('listitem');
    expect(item).toHaveTextContent(/Coming up: .* · in 4 days/);
    expect(item).not.toHaveTextContent(/needs fixing/);
    expect(within(item).queryByRole('button', { name: /Fix it|Continue|See result/ })).toBeNull();
    expect(
      within(item)
        .getByRole('link', { name: /Prepare/ })
        .getAttribute('href'),
    ).toContain('c');
  });

  it('are listed to reopen, edit, or delete after confirming', async () => {
    interviews.set({ interviews: [saved('a', 'Acme', true), saved('b', 'Globex', false)], currentId: null });
    await renderIsland();
    await screen.findByRole('list');
    const items = () => within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items()).toHaveLength(2);
    const acme = items().find((li) => li.textContent!.includes('Acme'))!;
    const globex = items().find((li) => li.textContent!.includes('Globex'))!;
    expect(acme).toHaveTextContent('Diagnosed');
    expect(within(globex).getByRole('button', { name: /Continue/ })).toBeInTheDocument();
    expect(within(globex).queryByRole('button', { name: /Edit answers/ })).toBeNull();

    await user.click(within(globex).getByRole('button', { name: 'Delete' }));
    await user.click(within(globex).getByRole('button', { name: 'Cancel' }));
    expect(interviews.get().interviews).toHaveLength(2);
    await user.click(within(globex).getByRole('button', { name: 'Delete' }));
    await user.click(within(globex).getByRole('button', { name: 'Yes, delete' }));
    expect(interviews.get().interviews.map((r) => r.company)).toEqual(['Acme']);

    await user.click(within(items()[0]).getByRole('button', { name: /See result/ }));
    const title = diagnose(record().answers, options(record())).next.title;
    expect(await screen.findByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    await user.click(button('Change the dates and messages'));
    expect(asking()).toHaveTextContent(first.prompt);
    expect(screen.getByLabelText('Date')).toHaveValue(daysAgo(12));
    // Nothing comes before the first question: no Back that would do nothing.
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    await user.click(button('Next'));
    expect(askingId()).not.toBe(first.id);
    await user.click(button('Back'));
    expect(askingId()).toBe(first.id);
    await user.click(button('Cancel'));
    await user.click(within(items()[0]).getByRole('button', { name: /Edit answers/ }));
    expect(askingId()).toBe(first.id);
    await waitFor(() => expect(asking()).toHaveFocus());
  });
});

describe('interviews saved by the previous version', () => {
  // Version 1 counted a details step as step 0 and asked the questions in another order.
  const old = (id: string, answers: Record<string, unknown>, step: number, finished: boolean) => ({
    id,
    company: id,
    role: 'Designer',
    interviewer: '',
    detail: '',
    answers,
    step,
    finished,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
  });

  it('keep a finished result, restart an unfinished one with its answers, and ask to fix what no longer fits', async () => {
    storageHolds(
      JSON.stringify({
        v: 1,
        data: {
          currentId: 'Done',
          interviews: [
            old('Done', { interviewDate: daysAgo(10), rounds: 2, thankYou: 'sent', followUps: 0 }, 9, true),
            old('Half', { interviewDate: daysAgo(4), rounds: 3 }, 3, false),
            old('Undated', { thankYou: 'sent' }, 20, true),
          ],
        },
      }),
    );
    expect(interviews.get().interviews.map((r) => r.id)).toEqual(['Done', 'Half', 'Undated']);
    render(Diagnose, { model });
    expect(await screen.findByRole('heading', { level: 2, name: 'Send your first follow-up' })).toBeInTheDocument();
    expect(screen.getByText(/^Your next step · Done · Designer/)).toBeInTheDocument();

    await user.click(button('All interviews'));
    await screen.findByRole('list');
    const item = (name: string) =>
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .find((li) => li.textContent!.includes(name))!;
    await user.click(within(item('Undated')).getByRole('button', { name: /See result/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Some saved answers no longer fit');
    await user.click(button('Change answers'));
    expect(askingId()).toBe(first.id);
    await waitFor(() => expect(asking()).toHaveFocus());

    await user.click(button('Cancel'));
    expect(item('Half')).toHaveTextContent('Not finished');
    await user.click(within(item('Half')).getByRole('button', { name: /Continue/ }));
    expect(askingId()).toBe(first.id);
    expect(screen.getByLabelText('Date')).toHaveValue(daysAgo(4));
    expect(record().answers).toEqual({ interviewDate: daysAgo(4), rounds: 3 });
    await waitFor(() => expect(asking()).toHaveFocus());
  });
});

describe('the journal under the next step', () => {
  // Just past the timing questions, as the quiz leaves it: the result with the first refining question.
  const open = (answers: InterviewRecord['answers']) => {
    const step = quizOrder(model, answers).filter((q) => isTimingId(q.id)).length;
    interviews.set({ interviews: [{ ...newInterview('j', new Date()), finished: true, step, answers }], currentId: 'j' });
  };
  const recorded = () => screen.queryByRole('list', { name: 'Recorded' });

  it('"Mark as sent" records the follow-up, the plan moves on at once, and Undo steps it back', async () => {
    open({ interviewDate: daysAgo(10), thankYou: 'sent', followUps: 0 });
    render(Diagnose, { model });
    expect(await screen.findByRole('heading', { level: 2, name: 'Send your first follow-up' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Debrief and history in your journal' })).toHaveAttribute('href', '/journal/interview/?id=j');

    const refining = askingId();
    await user.click(button('Mark as sent'));
    expect(record().events).toEqual([{ kind: 'follow-up-sent', date: today }]);
    // The last follow-up's date, now answered, is not asked: the result stays, with the same question under it.
    expect(timingShown()).toBe(false);
    expect(askingId()).toBe(refining);
    const moved = diagnose(record().answers, options(record()));
    expect(moved.next.title).not.toBe('Send your first follow-up');
    const heading = await screen.findByRole('heading', { level: 2, name: moved.next.title });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Mark as sent' })).toBeNull();
    expect(within(recorded()!).getByRole('listitem')).toHaveTextContent(`Follow-up sent on ${formatDate(today, today)}`);
    expect(screen.getByText(/^Recorded: your follow-up went out today/)).toBeInTheDocument();

    await user.click(button(/^Undo/));
    expect(record().events).toEqual([]);
    expect(record().answers).toEqual({ interviewDate: daysAgo(10), thankYou: 'sent', followUps: 0 });
    expect(await screen.findByRole('heading', { level: 2, name: 'Send your first follow-up' })).toBeInTheDocument();
    expect(recorded()).toBeNull();
    expect(askingId()).toBe(refining);
  });

  it('offers "Close as ghosted" once the move-on date has passed, with a note, and shows the outcome', async () => {
    open({ interviewDate: daysAgo(30), thankYou: 'sent', followUps: 2, lastFollowUp: daysAgo(12) });
    render(Diagnose, { model });
    await user.type(await screen.findByLabelText('A short note for your journal (optional)'), 'No reply after two follow-ups');
    await user.click(button('Close as ghosted'));
    expect(record().events).toEqual([{ kind: 'ghosted', date: today, note: 'No reply after two follow-ups' }]);
    expect(within(recorded()!).getByRole('listitem')).toHaveTextContent(
      `Ghosted on ${formatDate(today, today)}: No reply after two follow-ups`,
    );
    expect(screen.queryByRole('button', { name: 'Close as ghosted' })).toBeNull();
    await user.click(button(/^Undo/));
    expect(record().events).toEqual([]);
    expect(button('Close as ghosted')).toBeInTheDocument();
  });

  it('never offers a third follow-up: two recorded in another tab take the button away', async () => {
    open({ interviewDate: daysAgo(10), thankYou: 'sent', followUps: 0 });
    render(Diagnose, { model });
    await screen.findByRole('button', { name: 'Mark as sent' });
    interviews.set({
      ...interviews.get(),
      interviews: [
        {
          ...record(),
          events: [
            { kind: 'follow-up-sent', date: daysAgo(2) },
            { kind: 'follow-up-sent', date: daysAgo(1) },
          ],
        },
      ],
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Mark as sent' })).toBeNull());
    expect(within(recorded()!).getAllByRole('listitem')).toHaveLength(2);
  });
});
