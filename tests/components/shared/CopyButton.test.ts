/**
 * Copy, or share a link where the browser has a share sheet: the mentor's links go to a phone's share sheet
 * when there is one, a cancelled share says nothing, and a failed one copies the link instead. The browser's
 * Web Share and Clipboard APIs are stubbed on jsdom's navigator.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CopyButton from '../../../src/islands/shared/CopyButton.svelte';

const URL = 'https://callback.example/mentor/#sealed';
const share = { label: 'Share the link', title: 'Please review my interview' };

/** Puts `value` on navigator as `key` for one test (undefined: the browser has none). */
function stub(key: 'share' | 'canShare' | 'clipboard', value: unknown) {
  Object.defineProperty(navigator, key, { value, configurable: true, writable: true });
}

let writeText: ReturnType<typeof vi.fn>;
beforeEach(() => {
  writeText = vi.fn(() => Promise.resolve());
  stub('clipboard', { writeText });
  stub('share', undefined);
  stub('canShare', undefined);
});
afterEach(() => {
  for (const key of ['share', 'canShare', 'clipboard']) Reflect.deleteProperty(navigator, key);
});

async function press(name: string) {
  await fireEvent.click(screen.getByRole('button', { name }));
}

describe('CopyButton', () => {
  it('copies and says so where there is no share sheet', async () => {
    render(CopyButton, { text: URL, label: 'Copy the link', share });
    await press('Copy the link');
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(screen.getByRole('status')).toHaveTextContent('Copied.');
  });

  it('opens the share sheet with the link where the browser has one, and copies nothing', async () => {
    const sheet = vi.fn(() => Promise.resolve());
    stub('share', sheet);
    render(CopyButton, { text: URL, label: 'Copy the link', share });
    expect(screen.queryByRole('button', { name: 'Copy the link' })).toBeNull();
    await press('Share the link');
    expect(sheet).toHaveBeenCalledWith({ url: URL, title: share.title });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('asks canShare about this link where the browser has it, and copies when it says no', async () => {
    const sheet = vi.fn(() => Promise.resolve());
    const canShare = vi.fn(() => false);
    stub('share', sheet);
    stub('canShare', canShare);
    render(CopyButton, { text: URL, label: 'Copy the link', share });
    expect(canShare).toHaveBeenCalledWith({ url: URL });
    await press('Copy the link');
    expect(sheet).not.toHaveBeenCalled();
    expect(writeText).toHaveBeenCalledWith(URL);
  });

  it('says nothing when the person closes the sheet, and copies nothing', async () => {
    stub(
      'share',
      vi.fn(() => Promise.reject(new DOMException('Share canceled', 'AbortError'))),
    );
    render(CopyButton, { text: URL, label: 'Copy the link', share });
    await press('Share the link');
    await vi.waitFor(() => expect(navigator.share).toHaveBeenCalled());
    // The rejection handled, whatever it was going to do is done.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the link instead when sharing fails, and says so', async () => {
    stub(
      'share',
      vi.fn(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'))),
    );
    render(CopyButton, { text: URL, label: 'Copy the link', share });
    await press('Share the link');
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(URL));
    expect(screen.getByRole('status')).toHaveTextContent('Sharing did not work here, so the link is copied instead.');
  });

  it('shares where there is a sheet but no clipboard, and says so when neither works', async () => {
    stub('clipboard', undefined);
    stub(
      'share',
      vi.fn(() => Promise.reject(new TypeError('Failed'))),
    );
    render(CopyButton, { text: URL, label: 'Copy the link', share });
    await press('Share the link');
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('select the text and copy it yourself'));
  });

  it('never offers the sheet for plain text (no share given), and shows nothing with no way to copy', () => {
    stub('share', vi.fn());
    const { unmount } = render(CopyButton, { text: 'Dear Ms. Ortiz', label: 'Copy email text' });
    expect(screen.getByRole('button', { name: 'Copy email text' })).toBeInTheDocument();
    unmount();
    stub('clipboard', undefined);
    render(CopyButton, { text: 'Dear Ms. Ortiz', label: 'Copy email text' });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
