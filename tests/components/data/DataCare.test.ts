/**
 * The box that keeps a person's data safe: the ask after the first interview (once, whatever the answer),
 * and the export reminder from three interviews, whose Export saves the file and rests the reminder.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DataCare from '../../../src/islands/data/DataCare.svelte';
import { EMPTY_DATA_CARE } from '../../../src/lib/data/data-care';
import { addDays } from '../../../src/lib/core/dates';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { dataCare, persistSupport } from '../../../src/state/data-care-actions';
import { interviews } from '../../../src/state/interviews';

const user = userEvent.setup();
const today = '2026-11-30';
const saved = (count: number) =>
  interviews.set({ interviews: Array.from({ length: count }, (_, i) => newInterview(`i${i}`, new Date())), currentId: null });
const persist = vi.fn<() => Promise<boolean>>();

beforeEach(() => {
  localStorage.clear();
  interviews.set(EMPTY_INTERVIEWS);
  dataCare.set(EMPTY_DATA_CARE);
  persistSupport.set({ canAsk: false });
  persist.mockReset();
  vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted: async () => false } });
});
afterEach(() => vi.unstubAllGlobals());

describe('asking the browser to keep the data', () => {
  it('comes with the first interview, asks the browser on a click, says its answer, and never comes back', async () => {
    render(DataCare, { today });
    expect(screen.queryByRole('heading')).toBeNull();
    saved(1);
    await screen.findByRole('heading', { name: 'Keep your interviews in this browser?' });
    persist.mockResolvedValue(false);
    await user.click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent("This browser didn't promise to keep your data");
    await waitFor(() => expect(screen.getByRole('button', { name: 'OK' })).toHaveFocus());
    expect(dataCare.get().persist).toEqual({ answer: 'refused', on: today });
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('remembers "Not now" as an answer', async () => {
    saved(1);
    render(DataCare, { today });
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(persist).not.toHaveBeenCalled();
    expect(dataCare.get().persist?.answer).toBe('declined');
  });

  it('is not shown where the browser has no way to ask', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    saved(1);
    render(DataCare, { today });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

describe('the export reminder', () => {
  beforeEach(() => dataCare.set({ ...EMPTY_DATA_CARE, persist: { answer: 'granted', on: today } }));

  it('waits for three interviews and a month since the last export', async () => {
    saved(2);
    dataCare.set({ ...dataCare.get(), lastExport: addDays(today, -40) });
    render(DataCare, { today });
    expect(screen.queryByRole('heading')).toBeNull();
    saved(3);
    expect(
      await screen.findByText(/You have 3 interviews saved only in this browser; your last export was 40 days ago/),
    ).toBeInTheDocument();
  });

  it('exports with one click, remembers the day, and says where the file is', async () => {
    const created = vi.fn(() => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: () => {} }));
    saved(3);
    render(DataCare, { today });
    await user.click(await screen.findByRole('button', { name: 'Export now' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Exported: the file is in your downloads.'));
    expect(created).toHaveBeenCalledTimes(1);
    expect(dataCare.get().lastExport).not.toBeNull();
  });

  it('"Not now" puts it off for a week', async () => {
    saved(4);
    render(DataCare, { today });
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(screen.getByRole('status')).toHaveTextContent('again in 7 days');
    expect(dataCare.get().snoozed).toBe(today);
  });
});
