/**
 * One interview's page in jsdom: its name as the heading and title, the one next step first, deleting it from
 * the bottom only after a question that names it, and an id that is not saved said plainly, with the way back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import InterviewPage from '../../../src/islands/journal/InterviewPage.svelte';
import { addDays, localToday } from '../../../src/lib/core/dates';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { interviews } from '../../../src/state/interviews';

const user = userEvent.setup();
const today = localToday();
const open = (query: string) => history.replaceState(null, '', `/journal/interview/${query}`);

beforeEach(() => {
  localStorage.clear();
  interviews.set({
    interviews: [
      {
        ...newInterview('acme', new Date()),
        company: 'Acme',
        role: 'Designer',
        answers: { interviewDate: addDays(today, -20) },
        events: [{ kind: 'rejected', date: addDays(today, -5) }],
      },
    ],
    currentId: null,
  });
});
afterEach(() => open(''));

describe("an interview's page", () => {
  it('is headed and titled by the interview, and leads with its one next step', async () => {
    open('?id=acme');
    render(InterviewPage, { bank: [], siteName: 'Callback' });
    expect(await screen.findByRole('heading', { level: 1, name: /^Acme · Designer/ })).toBeInTheDocument();
    expect(document.title).toMatch(/^Acme · Designer · .+ · Callback$/);
    expect(screen.getByText(/^Closed on .+: rejected\./)).toBeInTheDocument();
  });

  it('deletes it only after a question that names it, from its own section at the bottom', async () => {
    open('?id=acme');
    render(InterviewPage, { bank: [], siteName: 'Callback' });
    const section = await screen.findByRole('region', { name: 'Delete' });
    // Sharing is its own section, and "Delete" comes after it.
    const share = screen.getByRole('region', { name: 'Share it' });
    expect(share.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(share).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Delete this interview' }));
    const question = within(section).getByRole('group', {
      name: 'Delete Acme · Designer? This removes its rounds, events and debrief from this browser.',
    });
    expect(within(question).getByRole('button', { name: 'Yes, delete' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(interviews.get().interviews).toHaveLength(1);

    await user.click(within(section).getByRole('button', { name: 'Delete this interview' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(interviews.get().interviews).toEqual([]);
    const gone = screen.getByText(/^Deleted Acme · Designer/);
    expect(gone).toHaveFocus();
    expect(within(gone).getByRole('link', { name: 'Back to your journal' })).toHaveAttribute('href', '/journal/');
  });

  it('says so when the interview is not saved here, or no interview is named, with the way back', async () => {
    open('?id=gone');
    const { unmount } = render(InterviewPage, { bank: [], siteName: 'Callback' });
    expect(await screen.findByText(/This interview is not saved in this browser/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('An interview');
    expect(screen.getByRole('link', { name: 'Back to your journal' })).toHaveAttribute('href', '/journal/');
    unmount();

    open('');
    interviews.set(EMPTY_INTERVIEWS);
    render(InterviewPage, { bank: [], siteName: 'Callback' });
    expect(await screen.findByText(/No interview was named in this address/)).toBeInTheDocument();
  });

  it('opens from the journal’s older links too (#interview-<id>)', async () => {
    open('#interview-acme');
    render(InterviewPage, { bank: [], siteName: 'Callback' });
    expect(await screen.findByRole('heading', { level: 1, name: /^Acme · Designer/ })).toBeInTheDocument();
  });
});
