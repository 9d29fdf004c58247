import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import StorageNotice from '../../../src/islands/shared/StorageNotice.svelte';
import { setAside, storageHealth } from '../../../src/state/persisted';

afterEach(() => {
  storageHealth.set('ok');
  setAside.set([]);
});

describe('StorageNotice', () => {
  it('says nothing while storage works', () => {
    render(StorageNotice);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says once, calmly, that entries are not being saved, even with two islands on the page', async () => {
    storageHealth.set('unavailable');
    render(StorageNotice);
    render(StorageNotice);
    const notices = await screen.findAllByText(/what you enter lasts until you close the tab/);
    expect(notices).toHaveLength(1);
    expect(screen.getByText('Your answers are not being saved.')).toBeInTheDocument();
  });

  it('appears when a write stops fitting, and can be dismissed', async () => {
    render(StorageNotice);
    expect(screen.queryByText(/storage for the site is full/)).toBeNull();
    storageHealth.set('full');
    flushSync();
    expect(await screen.findByText(/storage for the site is full/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByText(/storage for the site is full/)).toBeNull();
  });

  it('tells the person when saved data was set aside', async () => {
    setAside.set([{ key: 'callback:x', problem: 'corrupt', backupKey: 'callback:x.backup' }]);
    render(StorageNotice);
    expect(await screen.findByText(/a copy of the rest is kept in this browser/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download or restore it' })).toHaveAttribute('href', '/data/');
  });
});
