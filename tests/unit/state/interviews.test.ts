// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newInterview } from '../../../src/lib/interviews/interviews';

beforeEach(() => {
  localStorage.clear();
  vi.resetModules();
});

/** The store as a page load finds it. */
const load = async () => (await import('../../../src/state/interviews')).interviews;

describe('interviews', () => {
  it('reads the interviews a page saved before', async () => {
    const saved = { interviews: [{ ...newInterview('a', new Date('2026-11-20T09:00:00Z')), company: 'Acme' }], currentId: 'a' };
    localStorage.setItem('callback:interviews', JSON.stringify({ v: 2, data: saved }));
    expect((await load()).get()).toEqual(saved);
  });

  it('starts empty, keeping a copy, when what is stored is damaged', async () => {
    localStorage.setItem('callback:interviews', '{"v":2,"data":{"interviews":"?"}}');
    expect((await load()).get()).toEqual({ interviews: [], currentId: null });
    expect(localStorage.getItem('callback:interviews.backup')).toBe('{"v":2,"data":{"interviews":"?"}}');
  });
});
