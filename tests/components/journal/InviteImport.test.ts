/**
 * "Add from a calendar invite", as a keyboard user meets it: choose the invite, check the preview (edit the
 * company and role), add it or cancel; a file that is not one invite says why. Nothing is stored before
 * "Add to journal".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import InviteImport from '../../../src/islands/journal/InviteImport.svelte';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { interviews } from '../../../src/state/interviews';

// A person can pick any file in the chooser ("All files"), whatever the picker suggests.
const user = userEvent.setup({ applyAccept: false });
const DIR = join(import.meta.dirname, '../../fixtures/invites');
const invite = (name: string) => new File([readFileSync(join(DIR, name))], name, { type: 'text/calendar' });
const saved = () => interviews.get().interviews;

beforeEach(() => {
  // The fixtures are for December 10, 2026: "today" is fixed a few days before, in New York's time zone.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-06T17:00:00Z'));
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
    ...new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York' }).resolvedOptions(),
  });
  localStorage.clear();
  interviews.set(EMPTY_INTERVIEWS);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function choose(file: File) {
  render(InviteImport);
  await user.upload(screen.getByLabelText('Add from a calendar invite'), file);
}
const preview = () => screen.findByRole('group', { name: 'Check the interview before adding it' }, { timeout: 5000 });

describe('adding an interview from its invite', () => {
  it('shows what it read, takes the edits, and stores it on "Add to journal", saying what was done', async () => {
    await choose(invite('google.ics'));
    const group = await preview();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Check the interview before adding it' })).toHaveFocus());
    expect(group).toHaveTextContent('google.ics: “Interview with Acme”');
    expect(group).toHaveTextContent('Thursday, December 10 at 2:30 PM, your time');
    expect(group).toHaveTextContent('https://meet.google.com/abc-defg-hij');
    expect(group).toHaveTextContent('Maya Chen');
    expect(group).toHaveTextContent('Adding it makes a new interview in your journal.');
    expect(saved()).toEqual([]);

    const company = screen.getByRole('textbox', { name: 'Company' });
    expect(company).toHaveValue('Acme');
    await user.clear(company);
    await user.type(company, 'Acme Robotics');
    await user.type(screen.getByRole('textbox', { name: 'Role' }), 'Product Designer');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of round' }), 'Hiring manager');
    await user.click(screen.getByRole('button', { name: 'Add to journal' }));

    const done = screen.getByText(
      'Added “Acme Robotics · Product Designer · December 10” to your journal: its hiring manager round is Thursday, December 10 · in 4 days, at 2:30 PM.',
    );
    await waitFor(() => expect(done).toHaveFocus());
    expect(saved()).toHaveLength(1);
    expect(saved()[0]).toMatchObject({
      company: 'Acme Robotics',
      role: 'Product Designer',
      answers: { interviewDate: '2026-12-10' },
      rounds: [{ date: '2026-12-10', kind: 'hiring-manager' }],
      meeting: { time: '14:30' },
    });
    expect(screen.queryByRole('group', { name: 'Check the interview before adding it' })).not.toBeInTheDocument();
  });

  it('Cancel stores nothing and puts focus back on the picker', async () => {
    await choose(invite('google.ics'));
    await preview();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Nothing was added.')).toBeInTheDocument();
    expect(screen.getByLabelText('Add from a calendar invite')).toHaveFocus();
    expect(saved()).toEqual([]);
  });

  it('the same invite again offers nothing to add', async () => {
    await choose(invite('google.ics'));
    await preview();
    await user.click(screen.getByRole('button', { name: 'Add to journal' }));
    const once = saved();
    await user.upload(screen.getByLabelText('Add from a calendar invite'), invite('google.ics'));
    const group = await preview();
    expect(group).toHaveTextContent('This invite was added before: adding it again updates “Acme · December 10”.');
    expect(group).toHaveTextContent('Your journal already has this invite as it is: adding it again would change nothing.');
    expect(screen.queryByRole('button', { name: 'Add to journal' })).not.toBeInTheDocument();
    expect(saved()).toBe(once);
  });

  it('offers the next round of an interview with the same company', async () => {
    interviews.set({ currentId: null, interviews: [{ ...newInterview('acme', new Date()), company: 'Acme', role: 'Designer' }] });
    await choose(invite('google.ics'));
    await preview();
    await user.click(screen.getByRole('radio', { name: 'The next round of “Acme · Designer”' }));
    expect(screen.getByRole('textbox', { name: 'Role' })).toHaveValue('Designer');
    await user.click(screen.getByRole('button', { name: 'Add to journal' }));
    expect(saved()).toHaveLength(1);
    expect(saved()[0]).toMatchObject({ id: 'acme', rounds: [{ date: '2026-12-10', kind: 'screen' }] });
  });
});

describe('a file that is not one invite', () => {
  it('shows its message as an alert and stores nothing', async () => {
    await choose(invite('broken.ics'));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      "The invite can't be read: line 10 (“Parking is behind the building”) is not written the way a calendar file must be.",
    );
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(saved()).toEqual([]);
  });

  it('lists the events of a file that holds several', async () => {
    await choose(invite('two-events.ics'));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('This file holds 2 events');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Umbrella Corp – Hiring manager interview, Monday, December 14',
      'Dentist, Friday, December 18',
    ]);
  });

  it('a canceled invite no interview came from changes nothing', async () => {
    await choose(invite('canceled.ics'));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'This invite was canceled, and no interview in your journal came from it: there is nothing to add or change.',
    );
    expect(saved()).toEqual([]);
  });
});

describe('a canceled invite', () => {
  it('offers to take the meeting off the interview it made', async () => {
    await choose(invite('google.ics'));
    await preview();
    await user.click(screen.getByRole('button', { name: 'Add to journal' }));
    await user.upload(screen.getByLabelText('Add from a calendar invite'), invite('canceled.ics'));
    const group = await screen.findByRole('group', { name: 'This invite was canceled' });
    expect(group).toHaveTextContent('It is the invite of “Acme · December 10” for Thursday, December 10 at 2:30 PM, your time.');
    await user.click(screen.getByRole('button', { name: 'Mark it canceled' }));
    expect(screen.getByText(/^Marked the meeting of Thursday, December 10 as canceled/)).toBeInTheDocument();
    expect(saved()[0]).toMatchObject({ rounds: [], notes: 'Canceled: the meeting of Thursday, December 10.' });
    expect(saved()[0].meeting).toBeUndefined();
  });
});

describe('dropping a file on the page', () => {
  it('shows a hint while a file is dragged over, and reads the dropped file', async () => {
    render(InviteImport);
    expect(screen.getByText(/chosen here or dropped on this page/)).toBeInTheDocument();
    fireEvent.dragEnter(document.body, { dataTransfer: { types: ['Files'], files: [] } });
    expect(screen.getByText('Drop the invite to add it to your journal')).toBeInTheDocument();
    fireEvent.drop(document.body, { dataTransfer: { types: ['Files'], files: [invite('google.ics')] } });
    expect(screen.queryByText('Drop the invite to add it to your journal')).not.toBeInTheDocument();
    expect(await preview()).toHaveTextContent('“Interview with Acme”');
  });

  it('two files at once: neither is read, and it says why', async () => {
    render(InviteImport);
    fireEvent.drop(document.body, { dataTransfer: { types: ['Files'], files: [invite('google.ics'), invite('apple.ics')] } });
    expect(screen.getByRole('alert')).toHaveTextContent('Drop one invite at a time: 2 files were dropped, so none was read.');
  });
});
