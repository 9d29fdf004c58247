/** The printable activity report: what it lists, within which dates, and Print. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import JournalReport from '../../../src/islands/journal/JournalReport.svelte';
import { EMPTY_INTERVIEWS, newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { interviews } from '../../../src/state/interviews';

const user = userEvent.setup();

afterEach(() => vi.restoreAllMocks());

describe('the activity report', () => {
  const record = (id: string, fields: Partial<InterviewRecord>): InterviewRecord => ({ ...newInterview(id, new Date()), ...fields });

  beforeEach(() => {
    interviews.set({
      interviews: [
        record('a', {
          company: 'Acme',
          role: 'Designer',
          rounds: [{ id: 'r', date: '2026-03-14', kind: 'screen', interviewers: ['Ana'] }],
          answers: { interviewDate: '2026-03-14' },
          events: [{ kind: 'thank-you-sent', date: '2026-03-15' }],
        }),
        record('g', { company: 'Globex', role: 'Engineer', events: [{ kind: 'rejected', date: '2026-04-02', note: 'By email' }] }),
      ],
      currentId: null,
    });
  });

  const bodyRows = () =>
    within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);

  it('lists every dated activity, oldest first, with a line for the name on paper', async () => {
    render(JournalReport);
    expect(await screen.findByRole('table', { name: '3 activities' })).toBeInTheDocument();
    expect(bodyRows()).toEqual([
      'Mar 14, 2026AcmeDesignerScreen round: Ana',
      'Mar 15, 2026AcmeDesignerThank-you sent',
      'Apr 2, 2026GlobexEngineerRejected: By email',
    ]);
    expect(screen.getByText('All dates.', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/^Name:/)).toBeInTheDocument();
  });

  it('keeps to the dates asked for, and says when they are the wrong way round', async () => {
    render(JournalReport);
    await user.type(screen.getByLabelText('From'), '2026-03-15');
    await user.type(screen.getByLabelText('To'), '2026-03-31');
    expect(await screen.findByRole('table', { name: '1 activity' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 activity listed');
    expect(bodyRows()).toEqual(['Mar 15, 2026AcmeDesignerThank-you sent']);
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2026-03-01');
    // Said on screen, and to a screen reader through the status line.
    expect(screen.getAllByText(/after the “To” date/)).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent(/after the “To” date/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('prints on "Print"', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(JournalReport);
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('with nothing saved, says how to fill it', () => {
    interviews.set(EMPTY_INTERVIEWS);
    render(JournalReport);
    expect(screen.getByText(/no dated activities yet/)).toBeInTheDocument();
  });
});
