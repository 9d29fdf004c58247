/**
 * The journal's spreadsheet side, as a keyboard user meets it: download, choose a CSV, check the proposed
 * columns, whether dates are day first and what each word means, see what would change, what goes into the
 * notes and which rows can't be read, import or cancel.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import JournalSpreadsheet from '../../../src/islands/journal/JournalSpreadsheet.svelte';
import { addDays, formatDate, localToday } from '../../../src/lib/core/dates';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { interviews } from '../../../src/state/interviews';

// A person can pick any file in the chooser ("All files"), whatever the picker suggests.
const user = userEvent.setup({ applyAccept: false });
const today = localToday();
// Dates relative to the real clock, as US spreadsheets write them, so the tests never age.
const us = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${Number(m)}/${Number(d)}/${y}`);
const daysAgo = (n: number) => addDays(today, -n);
const dayFirst = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${d}/${m}/${y}`);
const SHEET = [
  '\uFEFFCompany,Position,Date,Status,Interviewers',
  `"Acme, Inc.",Designer,${us(daysAgo(20))},Phone screen,"Ana; Bo"`,
  `"Acme, Inc.",Designer,${us(daysAgo(19))},Thank you,`,
  ',,,,',
  `Globex,Engineer,${daysAgo(10)},Interview,`,
  'Globex,Engineer,2/30/2026,Rejected,',
  ',,,Lunch,',
].join('\r\n');
/** A hand-kept tracker: one row per application, its own words, dates day first. */
const TRACKER = [
  'Company,Position,Source,Interview Date,Round,Status,Last Contact,Notes',
  `Acme,Designer,Recruiter,${dayFirst(daysAgo(20))},Onsite,Waiting,,`,
  `Globex,Engineer,Referral,${dayFirst(daysAgo(14))},HM,Rejected,${dayFirst(daysAgo(2))},Nice team`,
].join('\r\n');
const csv = (text: string, name = 'tracker.csv') => new File([text], name, { type: 'text/csv' });
const saved = () => interviews.get().interviews;

beforeEach(() => {
  localStorage.clear();
  interviews.set(EMPTY_INTERVIEWS);
});
afterEach(() => vi.restoreAllMocks());

async function choose(file: File) {
  render(JournalSpreadsheet);
  await user.upload(screen.getByLabelText('Choose a CSV file'), file);
}

describe('importing a spreadsheet', () => {
  it('proposes the columns, counts what would change, names each row left out or kept in the notes, and moves focus to the check', async () => {
    await choose(csv(SHEET));
    // The first file chosen loads the CSV library and the preview.
    const heading = await screen.findByRole('heading', { name: 'Check before importing' }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('combobox', { name: 'Company' })).toHaveDisplayValue('Company');
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveDisplayValue('Position');
    expect(screen.getByRole('combobox', { name: 'Where it stands' })).toHaveDisplayValue('Status');
    expect(screen.getByRole('combobox', { name: 'Details' })).toHaveDisplayValue('Interviewers');
    expect(screen.getByRole('combobox', { name: 'Interview ID' })).toHaveDisplayValue('Not in this file');
    expect(screen.getByText('2 interviews to add, 0 to update')).toBeInTheDocument();
    expect(screen.getByText('3 activities to add, 0 to update')).toBeInTheDocument();
    expect(screen.getByText("Row 6: '2/30/2026' in Date is not a date: kept in the notes")).toBeInTheDocument();
    expect(screen.getByText(/^Row 7: there is no company, role or interview ID/)).toBeInTheDocument();
    expect(screen.getByText(`Row 2, Date: ${us(daysAgo(20))} → ${formatDate(daysAgo(20))}`)).toBeInTheDocument();
    expect(saved()).toEqual([]);
  });

  it('follows a changed mapping, and imports on "Import" with focus on the result', async () => {
    await choose(csv(SHEET));
    await screen.findByRole('heading', { name: 'Check before importing' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Details' }), 'Not in this file');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const result = screen.getByText(
      'Imported: 2 interviews added, 0 updated; 3 activities added, 0 updated. 1 row could not be read and was left out.',
    );
    await waitFor(() => expect(result).toHaveFocus());
    expect(saved().map((r) => r.company)).toEqual(['Acme, Inc.', 'Globex']);
    expect(saved()[0].rounds).toEqual([expect.objectContaining({ date: daysAgo(20), kind: 'screen', interviewers: [] })]);
    expect(saved()[1]).toMatchObject({ answers: { interviewDate: daysAgo(10) }, notes: 'Date: 2/30/2026; Status: Rejected' });
    expect(screen.queryByRole('heading', { name: 'Check before importing' })).not.toBeInTheDocument();
  });

  it('a tracker: proposes day first, asks which recruiter, and imports with the choices made', async () => {
    await choose(csv(TRACKER));
    await screen.findByRole('heading', { name: 'Check before importing' });
    const dayFirstBox = screen.getByRole('checkbox', { name: 'Dates are day first (14/03/2026)' });
    expect(dayFirstBox).toBeChecked();
    expect(screen.getByText(/Ticked for you/)).toBeInTheDocument();
    const recruiter = screen.getByRole('combobox', { name: '“Recruiter”' });
    expect(recruiter).toHaveDisplayValue('Unknown, kept in the notes');
    expect(recruiter).toHaveAccessibleDescription('Recruiter: agency or in-house?');
    expect(screen.getByText("Row 2: 'Recruiter' kept in the notes; how it came left unknown")).toBeInTheDocument();
    expect(screen.getByText(`Row 3, Last Contact: ${dayFirst(daysAgo(2))} → ${formatDate(daysAgo(2))}`)).toBeInTheDocument();

    // Unticked, the dates read month first and cannot be dates; ticked again, they are.
    await user.click(dayFirstBox);
    expect(screen.getByText(`Row 2: '${dayFirst(daysAgo(20))}' in Interview Date is not a date: kept in the notes`)).toBeInTheDocument();
    await user.click(dayFirstBox);

    await user.selectOptions(recruiter, 'Agency recruiter');
    expect(screen.queryByText("Row 2: 'Recruiter' kept in the notes; how it came left unknown")).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 2 interviews added, 0 updated; 3 activities added, 0 updated.');
    expect(saved()[0]).toMatchObject({
      source: 'agency-recruiter',
      answers: { interviewDate: daysAgo(20) },
      rounds: [expect.objectContaining({ date: daysAgo(20), kind: 'panel' })],
      notes: 'Status: Waiting',
    });
    expect(saved()[1]).toMatchObject({ source: 'referral', events: [{ kind: 'rejected', date: daysAgo(2) }], notes: 'Nice team' });
  });

  it('a second import of the same file has nothing to add, and offers no Import', async () => {
    await choose(csv(SHEET));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const once = saved();
    await user.upload(screen.getByLabelText('Choose a CSV file'), csv(SHEET));
    expect(await screen.findByText(/Everything in this file is already in your journal/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(saved()).toBe(once);
  });

  it('Cancel changes nothing and puts focus back on the file picker', async () => {
    await choose(csv(SHEET));
    await screen.findByRole('heading', { name: 'Check before importing' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Import cancelled: nothing changed.')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a CSV file')).toHaveFocus();
    expect(saved()).toEqual([]);
  });

  it('says how far a large file is read, and Stop reading stops it, changing nothing', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Company ${i},Designer,${us(daysAgo(20))},Phone screen,"Ana; Bo"`);
    await choose(csv(['Company,Position,Date,Status,Interviewers', ...rows].join('\r\n')));
    expect(await screen.findByText(/^Reading tracker\.csv:/, {}, { timeout: 5000 })).toHaveTextContent(/^Reading tracker\.csv: \d+%$/);
    await user.click(screen.getByRole('button', { name: 'Stop reading' }));
    expect(await screen.findByText('Reading the file was canceled: nothing changed.')).toBeInTheDocument();
    expect(screen.queryByText(/^Reading tracker\.csv/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Check before importing' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Choose a CSV file')).toHaveFocus();
    expect(saved()).toEqual([]);
  });

  it('says plainly when the first row looks like an interview rather than column names', async () => {
    await choose(csv(`Acme,Designer,${us(daysAgo(20))}\r\nGlobex,Engineer,${us(daysAgo(10))}`));
    await screen.findByRole('heading', { name: 'Check before importing' }, { timeout: 5000 });
    expect(screen.getByText(/^Your first row looks like an interview, not column names: it holds “/)).toBeInTheDocument();
  });

  it('a file that is not a spreadsheet changes nothing and says why', async () => {
    await choose(new File(['PK\u0003\u0004'], 'tracker.xlsx'));
    expect(await screen.findByText(/^Nothing was imported\. This is not a CSV file/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Check before importing' })).not.toBeInTheDocument();
    expect(saved()).toEqual([]);
  });
});

describe('downloading', () => {
  it('names the file by the day and says where it went', async () => {
    interviews.set({ interviews: [{ ...newInterview('a', new Date()), company: 'Acme' }], currentId: null });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe(`callback-journal-${today}.csv`);
    });
    render(JournalSpreadsheet);
    await user.click(screen.getByRole('button', { name: 'Download the journal as CSV' }));
    expect(await screen.findByText(`Downloaded 1 interview: callback-journal-${today}.csv is in your downloads.`)).toBeInTheDocument();
    expect(click).toHaveBeenCalledOnce();
    expect(await blobs[0].text()).toContain('Interview ID,Company,Role,How it came,Date,Activity,Details');
  });

  it('with nothing saved, says there is nothing to download', async () => {
    render(JournalSpreadsheet);
    await user.click(screen.getByRole('button', { name: 'Download the journal as CSV' }));
    expect(screen.getByText(/nothing to download/)).toBeInTheDocument();
  });
});
