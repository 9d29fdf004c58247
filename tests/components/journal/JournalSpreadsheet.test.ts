/**
 * The journal's spreadsheet side, as a keyboard user meets it: download, choose a CSV, check the proposed
 * columns, see what would change and which rows can't be read, import or cancel.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import JournalSpreadsheet from '../../../src/islands/journal/JournalSpreadsheet.svelte';
import { addDays, localToday } from '../../../src/lib/core/dates';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { interviews } from '../../../src/state/interviews';

// A person can pick any file in the chooser ("All files"), whatever the picker suggests.
const user = userEvent.setup({ applyAccept: false });
const today = localToday();
// Dates relative to the real clock, as US spreadsheets write them, so the tests never age.
const us = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${Number(m)}/${Number(d)}/${y}`);
const daysAgo = (n: number) => addDays(today, -n);
const SHEET = [
  '\uFEFFCompany,Position,Date,Status,Notes',
  `"Acme, Inc.",Designer,${us(daysAgo(20))},Phone screen,"Ana; Bo"`,
  `"Acme, Inc.",Designer,${us(daysAgo(19))},Thank you,`,
  ',,,,',
  `Globex,Engineer,${daysAgo(10)},Interview,`,
  'Globex,Engineer,2/30/2026,Rejected,',
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
  it('proposes the columns, counts what would change, names each bad row, and moves focus to the check', async () => {
    await choose(csv(SHEET));
    // The first file chosen loads the CSV library and the preview.
    const heading = await screen.findByRole('heading', { name: 'Check before importing' }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('combobox', { name: 'Company' })).toHaveDisplayValue('Company');
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveDisplayValue('Position');
    expect(screen.getByRole('combobox', { name: 'Activity' })).toHaveDisplayValue('Status');
    expect(screen.getByRole('combobox', { name: 'Interview ID' })).toHaveDisplayValue('Not in this file');
    expect(screen.getByText('2 interviews to add, 0 to update')).toBeInTheDocument();
    expect(screen.getByText('3 activities to add, 0 to update')).toBeInTheDocument();
    expect(screen.getByText(/^Row 6: the date '2\/30\/2026' is not a date/)).toBeInTheDocument();
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
    expect(saved()[1].answers).toEqual({ interviewDate: daysAgo(10) });
    expect(screen.queryByRole('heading', { name: 'Check before importing' })).not.toBeInTheDocument();
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
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Import cancelled: nothing changed.')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a CSV file')).toHaveFocus();
    expect(saved()).toEqual([]);
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
