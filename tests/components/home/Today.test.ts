/**
 * "What's next" on the home page, in jsdom: nothing with nothing saved; with interviews, each line a control
 * named by its words that does its step (the email copied to the clipboard and "Copied" said, the day sheet
 * for that interview, the journal entry), and a calm line when nothing is due.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Today from '../../../src/islands/home/Today.svelte';
import { addDays, localToday } from '../../../src/lib/core/dates';
import { todaySteps } from '../../../src/lib/home/today';
import { EMPTY_INTERVIEWS, newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { EMPTY_PRACTICE } from '../../../src/lib/prep/practice';
import { interviews } from '../../../src/state/interviews';
import { practice } from '../../../src/state/practice-actions';
import { US } from '../../fixtures/calendars.ts';

const user = userEvent.setup();
const DAY_SHEET = '/checklists/pre-interview/';
// The island reads the real clock: the records are dated from it, and the words are the engine's for that day.
const today = localToday();
const record = (id: string, fields: Partial<InterviewRecord>): InterviewRecord => ({ ...newInterview(id, new Date()), ...fields });
const quill = record('quill', {
  company: 'Quill & Co',
  role: 'Editor',
  interviewer: 'Ms. Ortiz',
  answers: { interviewDate: addDays(today, -1) },
  debrief: { wentBest: 'The edit test' },
});
const brightwell = record('bright well', { company: 'Brightwell', role: 'Analyst', answers: { interviewDate: addDays(today, 3) } });

beforeEach(() => {
  localStorage.clear();
  interviews.set(EMPTY_INTERVIEWS);
  practice.set(EMPTY_PRACTICE);
});

const region = () => screen.getByRole('region', { name: 'What’s next' });

describe('what’s next', () => {
  it('shows nothing when nothing is saved', async () => {
    const { container } = render(Today, { daySheet: DAY_SHEET });
    await Promise.resolve();
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('lists each step as one control named by its words, in the engine’s order', async () => {
    interviews.set({ interviews: [brightwell, quill], currentId: null });
    render(Today, { daySheet: DAY_SHEET });
    const { steps } = todaySteps([brightwell, quill], EMPTY_PRACTICE, today, US);
    expect(steps.map((s) => s.interviewId)).toEqual(['quill', 'bright well']);
    // Each line's control, in the list's order: a button for an email, a link for the rest.
    const controls = [...(await screen.findByRole('list')).querySelectorAll('li > :is(button, a)')];
    expect(controls.map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toEqual(steps.map((s) => `${s.words} ${s.hint}`));
    expect(controls[0].textContent).toMatch(/^\s*Send the thank-you to Quill & Co \((due|by) /);
  });

  it('copies the ready email in one tap and says so', async () => {
    interviews.set({ interviews: [quill], currentId: null });
    render(Today, { daySheet: DAY_SHEET });
    const [step] = todaySteps([quill], EMPTY_PRACTICE, today, US).steps;
    if (step.action.kind !== 'copy-email') throw new Error('expected the thank-you');
    await user.click(await screen.findByRole('button', { name: new RegExp(`^${step.words.replace(/[()]/g, '\\$&')}`) }));
    expect(await navigator.clipboard.readText()).toBe(step.action.email.body);
    expect(await navigator.clipboard.readText()).toContain('Dear Ms. Ortiz');
    const said = await within(region()).findByText(/^Copied\./);
    expect(said).toHaveAttribute('role', 'status');
    expect(said).toHaveTextContent(step.action.email.subject);
  });

  it('opens the day sheet pointed at the interview, and the journal at the one to debrief', async () => {
    const held = record('held', { company: 'Acme', answers: { interviewDate: addDays(today, -2), thankYou: 'sent' } });
    interviews.set({ interviews: [brightwell, held], currentId: null });
    render(Today, { daySheet: DAY_SHEET });
    const sheet = await screen.findByRole('link', { name: /interview at Brightwell Print the day sheet$/ });
    expect(sheet).toHaveAttribute('href', `${DAY_SHEET}?interview=bright%20well`);
    expect(screen.getByRole('link', { name: 'How did Acme go? Two-minute debrief' })).toHaveAttribute('href', '/journal/#interview-held');
  });

  it('says calmly when nothing is due, and what comes next', async () => {
    const later = record('later', { company: 'Larch', answers: { interviewDate: addDays(today, 30) } });
    interviews.set({ interviews: [later], currentId: null });
    render(Today, { daySheet: DAY_SHEET });
    expect(await screen.findByText(/^Nothing due today\. Next: .*: interview at Larch\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
    // Its interview and plan are still a calendar file away.
    expect(screen.getByRole('button', { name: 'Add every step to your calendar' })).toBeInTheDocument();
  });
});
