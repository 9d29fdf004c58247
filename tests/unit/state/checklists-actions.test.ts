// @vitest-environment jsdom
/** The checklists' actions: each saves at once and changes only what the person touched. */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CHECKLISTS } from '../../../src/lib/checklists/checklists';
import { EMPTY_INTERVIEWS, interviewLabel, MAX_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { checklists, choosePlannerInterview, markItem, resetSheet, setUpcoming } from '../../../src/state/checklists-actions';
import { interviews } from '../../../src/state/interviews';
import { addPlannerInterview } from '../../../src/state/planner-actions';

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

  const today = '2026-11-20';
  const plan = { company: 'Acme', role: '', interviewDate: '2026-11-10' };
  const stored = () => JSON.parse(localStorage.getItem('callback:interviews') ?? '{"data":{"interviews":[]}}').data.interviews;

  it('adds a named, dated interview the diagnostic lists too, and opens it', () => {
    const added = addPlannerInterview({ company: '  Acme ', role: 'Designer', interviewDate: '2026-11-10' }, today);
    if (!('id' in added)) throw new Error(added.problems[0].problem);
    const { id } = added;
    choosePlannerInterview(id);
    expect(interviews.get().interviews.map((r) => r.id)).toEqual([id]);
    expect(stored()[0]).toMatchObject({ id, company: 'Acme', role: 'Designer', answers: { interviewDate: '2026-11-10' }, step: 0 });
    expect(saved().plannerId).toBe(id);
    // The diagnostic's open interview is not changed by the planner.
    expect(interviews.get().currentId).toBeNull();
  });

  it('takes the company or the role alone as a name', () => {
    expect(addPlannerInterview({ ...plan, company: '', role: 'Analyst' }, today)).toHaveProperty('id');
    expect(addPlannerInterview(plan, today)).toHaveProperty('id');
    expect(stored()).toHaveLength(2);
  });

  it.each([
    ['no name', { company: ' ', role: '' }, ['name']],
    ['a name over the limit', { company: 'x'.repeat(201) }, ['name']],
    ['no date', { interviewDate: '' }, ['interviewDate']],
    ['a date more than a year ahead', { interviewDate: '2027-11-21' }, ['interviewDate']],
    ['a date over a year back', { interviewDate: '2025-11-01' }, ['interviewDate']],
    ['neither a name nor a date', { company: '', interviewDate: '' }, ['name', 'interviewDate']],
  ])('refuses %s, naming each field, and saves nothing', (_, patch, fields) => {
    const result = addPlannerInterview({ ...plan, ...patch }, today);
    expect(result).toEqual({ problems: fields.map((field) => ({ field, problem: expect.any(String) })) });
    expect(interviews.get().interviews).toEqual([]);
    expect(stored()).toEqual([]);
  });

  it('adds an upcoming interview, up to a year ahead', () => {
    const result = addPlannerInterview({ ...plan, interviewDate: '2027-11-20' }, today);
    expect(result).toEqual({ id: expect.any(String) });
    expect(interviews.get().interviews[0].answers).toEqual({ interviewDate: '2027-11-20' });
  });

  it('at the limit, says so alone (no field to fix would help) and saves nothing', () => {
    const full = Array.from({ length: MAX_INTERVIEWS }, (_, i) => newInterview(`r${i}`, new Date()));
    interviews.set({ interviews: full, currentId: null });
    expect(addPlannerInterview({ ...plan, company: '' }, today)).toEqual({
      problems: [{ problem: expect.stringContaining(`${MAX_INTERVIEWS} saved interviews`) }],
    });
    expect(interviews.get().interviews).toHaveLength(MAX_INTERVIEWS);
  });

  it('adds exactly one named interview, or none: never an unnamed one', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.string({ maxLength: 8 }),
        fc.constantFrom('', '2026-11-10', '2026-12-01'),
        (company, role, date) => {
          interviews.set(EMPTY_INTERVIEWS);
          const result = addPlannerInterview({ company, role, interviewDate: date }, today);
          const records = interviews.get().interviews;
          if ('id' in result) {
            expect(records).toHaveLength(1);
            expect(interviewLabel(records[0])).not.toBe('Unnamed interview');
            expect(records[0].answers.interviewDate).toBe(date);
          } else expect(records).toEqual([]);
        },
      ),
    );
  });
});
