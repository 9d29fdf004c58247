// @vitest-environment jsdom
/**
 * The calendar invite on the store: reading a file changes nothing, a file too large is refused unread,
 * saving stores in one write what the preview showed, an update writes only the fields that change, and a
 * write the browser refuses is put back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_INTERVIEWS, MAX_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { type InviteEvent } from '../../../src/lib/journal/invite';
import { LIMITS } from '../../../src/lib/core/limits';
import { firstChoice } from '../../../src/lib/journal/invite-merge';
import { interviews } from '../../../src/state/interviews';
import { readInviteFile, saveInvite } from '../../../src/state/journal-invite-actions';

const TODAY = '2026-12-06';
const DIR = join(import.meta.dirname, '../../fixtures/invites');
const file = (name: string) => new Blob([readFileSync(join(DIR, name))]);
const stored = () => localStorage.getItem('callback:interviews');

beforeEach(() => {
  localStorage.clear();
  interviews.set(EMPTY_INTERVIEWS);
});

async function google(): Promise<InviteEvent> {
  const read = await readInviteFile(file('google.ics'), TODAY, 'America/New_York');
  if (!read.ok) throw new Error(read.problem);
  return read.event;
}

describe('reading', () => {
  it('changes nothing', async () => {
    const before = stored();
    expect((await google()).company).toBe('Acme');
    expect(stored()).toBe(before);
  });

  it('refuses a file over the limit without reading it', async () => {
    const arrayBuffer = vi.fn();
    const read = await readInviteFile({ size: LIMITS.invite.input + 1, arrayBuffer }, TODAY, 'UTC');
    expect(read).toEqual({ ok: false, problem: expect.stringMatching(/^The file is larger than 1 MB/) });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('a file that can no longer be opened says so', async () => {
    const gone = { size: 10, arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) };
    expect(await readInviteFile(gone, TODAY, 'UTC')).toEqual({ ok: false, problem: expect.stringMatching(/^The file can't be opened/) });
  });
});

describe('saving', () => {
  it('stores the new interview in the browser, and the same invite again changes nothing', async () => {
    const event = await google();
    const result = saveInvite(event, { ...firstChoice(interviews.get(), event), role: 'Product Designer' }, TODAY);
    expect(result).toMatchObject({ ok: true, text: expect.stringMatching(/^Added “Acme · Product Designer · December 10”/) });
    const saved = JSON.parse(stored()!).data.interviews;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ company: 'Acme', role: 'Product Designer', meeting: { time: '14:30' } });
    const once = stored();
    expect(saveInvite(event, firstChoice(interviews.get(), event), TODAY)).toMatchObject({
      ok: true,
      text: expect.stringMatching(/nothing changed/),
    });
    expect(stored()).toBe(once);
  });

  it('refuses a new interview past the count limit, storing nothing', async () => {
    const full = { currentId: null, interviews: Array.from({ length: MAX_INTERVIEWS }, (_, i) => newInterview(`r${i}`, new Date())) };
    interviews.set(full);
    const event = await google();
    expect(saveInvite(event, firstChoice(full, event), TODAY)).toEqual({
      ok: false,
      error: expect.stringMatching(/^You have 500 saved interviews/),
    });
    expect(interviews.get()).toBe(full);
  });

  it('puts everything back and says so when the browser refuses the write', async () => {
    const event = await google();
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string) {
      if (key === 'callback:interviews') throw new DOMException('full', 'QuotaExceededError');
    });
    const result = saveInvite(event, firstChoice(interviews.get(), event), TODAY);
    full.mockRestore();
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Nothing was added: this browser's storage for the site is full/) });
    expect(interviews.get()).toEqual(EMPTY_INTERVIEWS);
  });
});
