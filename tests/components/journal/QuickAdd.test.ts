/**
 * Quick add on the journal, in jsdom: a past interview in four moves (type the company, type the date, choose
 * how it ended, Enter), the list updated at once, focus back on an empty company field; an interview still to
 * come is not asked how it ended and leads the list; a row missing its company is refused and nothing saved.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Journal from '../../../src/islands/journal/Journal.svelte';
import { addDays, localToday } from '../../../src/lib/core/dates';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { interviews } from '../../../src/state/interviews';

const user = userEvent.setup();
const today = localToday();

/** The four moves a row may take, counted as they are made. */
function counted() {
  let moves = 0;
  return {
    type: (field: HTMLElement, text: string) => (moves++, user.type(field, text)),
    choose: (field: HTMLElement, label: string) => (moves++, user.selectOptions(field, label)),
    press: (key: string) => (moves++, user.keyboard(key)),
    get moves() {
      return moves;
    },
  };
}

const form = () => within(screen.getByRole('group', { name: 'Quick add' }));
const rows = () => within(within(screen.getByRole('region', { name: /^Interviews/ })).getByRole('list')).getAllByRole('listitem');

beforeEach(() => {
  localStorage.clear();
  interviews.set(EMPTY_INTERVIEWS);
});

describe('quick add', () => {
  it('adds a past interview in four moves, lists it at once and is ready for the next', async () => {
    render(Journal, { lessons: {}, bank: [] });
    const company = await form().findByLabelText('Company');
    const row = counted();
    await row.type(company, 'Acme');
    await row.type(form().getByLabelText('Date'), addDays(today, -12));
    await row.choose(form().getByLabelText('How it ended'), 'Rejected');
    await row.press('{Enter}');
    expect(row.moves).toBe(4);

    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent(/Acme.*Rejected/);
    expect(within(rows()[0]).getByRole('link', { name: /^Open Acme/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/journal\/interview\/\?id=/),
    );
    expect(form().getByRole('status')).toHaveTextContent(/^Added Acme · .+\. Next one\?$/);
    // An empty row, the company field focused: the next one starts by typing.
    expect(form().getByLabelText('Company')).toHaveFocus();
    expect(form().getByLabelText('Company')).toHaveValue('');
    expect(form().getByLabelText('Date')).toHaveValue('');
    expect(form().getByLabelText('How it ended')).toHaveValue('none');
    const saved = interviews.get().interviews[0];
    expect(saved.events).toEqual([{ kind: 'rejected', date: addDays(today, -12) }]);
  });

  it('does not ask how an interview still to come ended, and lists it first', async () => {
    interviews.set({
      interviews: [{ ...newInterview('old', new Date()), company: 'Birch', answers: { interviewDate: addDays(today, -3) } }],
      currentId: null,
    });
    render(Journal, { lessons: {}, bank: [] });
    const company = await form().findByLabelText('Company');
    await user.type(company, 'Cedar');
    await user.type(form().getByLabelText('Date'), addDays(today, 4));
    expect(form().queryByLabelText('How it ended')).not.toBeInTheDocument();
    expect(form().getByText(/Still to come/)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(rows().map((r) => r.querySelector('.name')?.textContent)).toEqual([
      expect.stringMatching(/^Cedar/),
      expect.stringMatching(/^Birch/),
    ]);
    expect(rows()[0]).toHaveTextContent(/in 4 days/);
    expect(interviews.get().interviews.find((r) => r.company === 'Cedar')?.events).toEqual([]);
  });

  it('refuses a row without its company, says why at the field, and saves nothing', async () => {
    render(Journal, { lessons: {}, bank: [] });
    const date = await form().findByLabelText('Date');
    await user.type(date, addDays(today, -2));
    await user.keyboard('{Enter}');
    const company = form().getByLabelText('Company');
    expect(company).toHaveFocus();
    expect(company).toHaveAccessibleDescription('Enter the company, to tell this interview from others.');
    expect(interviews.get().interviews).toEqual([]);
    // What was typed stays, to fix rather than retype.
    expect(form().getByLabelText('Date')).toHaveValue(addDays(today, -2));
  });
});
