// @vitest-environment jsdom
/** The checklists' actions: each saves at once and changes only what the person touched. */
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CHECKLISTS } from '../../../src/lib/checklists';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews';
import { checklists, choosePlannerInterview, markItem, resetSheet, setUpcoming } from '../../../src/state/checklists';
import { interviews } from '../../../src/state/interviews';
import { addPlannerInterview } from '../../../src/state/planner';

const saved = () => JSON.parse(localStorage.getItem('callback:checklists')!).data;

beforeEach(() => {
  localStorage.clear();
  checklists.set(EMPTY_CHECKLISTS);
  interviews.set(EMPTY_INTERVIEWS);
});

describe('ticks', () => {
  it('marks, changes and clears one item on one sheet', () => {
    markItem('online-audit', 'photo', 'done');
    markItem('online-audit', 'bio', 'needs-work');
    markItem('pre-interview', 'photo', 'done');
    markItem('online-audit', 'photo', undefined);
    expect(saved().marks).toEqual({ 'online-audit': { bio: 'needs-work' }, 'pre-interview': { photo: 'done' } });
  });

  it('resets one sheet and leaves the others', () => {
    markItem('online-audit', 'photo', 'done');
    markItem('pre-interview', 'photo', 'done');
    resetSheet('online-audit');
    expect(saved().marks).toEqual({ 'pre-interview': { photo: 'done' } });
  });
});

describe('the printed sheet', () => {
  it('keeps the name and the date of the interview it is for, each on its own', () => {
    setUpcoming({ name: 'Acme' });
    setUpcoming({ date: '2026-12-01' });
    expect(saved().upcoming).toEqual({ name: 'Acme', date: '2026-12-01' });
  });
});

describe('the planner', () => {
  it('opens a saved interview', () => {
    interviews.set({ interviews: [newInterview('a', new Date())], currentId: null });
    choosePlannerInterview('a');
    expect(saved().plannerId).toBe('a');
  });

  it('adds a new interview the diagnostic lists too, and opens it', () => {
    const added = addPlannerInterview();
    if (!('id' in added)) throw new Error(added.problem);
    const { id } = added;
    choosePlannerInterview(id);
    expect(interviews.get().interviews.map((r) => r.id)).toEqual([id]);
    expect(JSON.parse(localStorage.getItem('callback:interviews')!).data.interviews[0]).toMatchObject({ id, company: '', step: 0 });
    expect(saved().plannerId).toBe(id);
    // The diagnostic's open interview is not changed by the planner.
    expect(interviews.get().currentId).toBeNull();
  });
});
