/** The three checklists' content and the pure logic behind ticking, scoring and dating them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checklistSchema, PLAN_STEPS, type Checklist } from '../../src/lib/checklist-model';
import {
  checklistItems,
  checklistsSchema,
  dueDates,
  dueLabel,
  EMPTY_CHECKLISTS,
  resetSheet,
  setMark,
  sheetKey,
  summarize,
} from '../../src/lib/checklists';
import { planFollowUps } from '../../src/lib/timeline';

const load = (id: string) => yaml.load(readFileSync(join(import.meta.dirname, `../../content/checklists/${id}.yaml`), 'utf8'));
const parsed = (id: string) => checklistSchema.parse(load(id));
const ids = (c: Checklist) => checklistItems(c).map((i) => i.id);

describe('the three checklist files', () => {
  it.each(['pre-interview', 'post-interview', 'online-audit'])('%s passes the schema', (id) => {
    expect(checklistSchema.safeParse(load(id)).success).toBe(true);
  });

  it('pre-interview covers what to settle before the interview, in a printable length', () => {
    const list = parsed('pre-interview');
    expect(list.kind).toBe('tick');
    const text = checklistItems(list).map((i) => `${i.text} ${i.detail ?? ''}`).join(' ').toLowerCase();
    for (const topic of ['interviewer', 'panel', 'example', 'references', 'concerns', 'next steps', 'search your name']) {
      expect(text).toContain(topic);
    }
    expect(checklistItems(list).length).toBeLessThanOrEqual(24);
  });

  it('post-interview dates every step of the follow-up plan', () => {
    const list = parsed('post-interview');
    const dues = checklistItems(list).map((i) => i.due);
    for (const step of PLAN_STEPS) expect(dues).toContain(step);
    expect(dues.filter((d) => d === 'thankYouBy').length).toBeGreaterThanOrEqual(1);
  });

  it('the online audit is scored item by item', () => {
    const list = parsed('online-audit');
    expect(list.kind).toBe('audit');
    expect(ids(list)).toEqual(expect.arrayContaining(['search-engines', 'image-results', 'privacy-settings', 'remove-untag', 'resume-links', 'titles-dates', 'your-side']));
  });

  it('rejects a duplicate item id, naming where', () => {
    const list = load('online-audit') as { sections: { items: { id: string }[] }[] };
    list.sections[1].items[0].id = list.sections[0].items[0].id;
    const result = checklistSchema.safeParse(list);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['sections', 1, 'items', 0, 'id'], message: expect.stringContaining('used twice') });
  });

  it.each([
    ['a link outside the guides', { link: 'https://example.com/' }, 'link'],
    ['an unknown plan step', { due: 'someday' }, 'due'],
    ['an unknown field', { colour: 'red' }, ''],
  ])('rejects %s', (_, patch, field) => {
    const list = load('post-interview') as { sections: { items: Record<string, unknown>[] }[] };
    Object.assign(list.sections[0].items[0], patch);
    const result = checklistSchema.safeParse(list);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain(field);
  });
});

describe('marks', () => {
  const list = parsed('online-audit');
  const [a, b, c] = ids(list);

  it('keeps the post-interview plan per interview and the others per list', () => {
    expect(sheetKey('post-interview', 'i1')).toBe('post-interview:i1');
    expect(sheetKey('online-audit', null)).toBe('online-audit');
  });

  it('sets, changes, clears and resets marks without touching other sheets', () => {
    let state = setMark(EMPTY_CHECKLISTS, 'online-audit', a, 'done');
    state = setMark(state, 'online-audit', b, 'needs-work');
    state = setMark(state, 'other', a, 'done');
    expect(state.marks['online-audit']).toEqual({ [a]: 'done', [b]: 'needs-work' });
    expect(setMark(state, 'online-audit', a, undefined).marks['online-audit']).toEqual({ [b]: 'needs-work' });
    expect(resetSheet(state, 'online-audit').marks).toEqual({ other: { [a]: 'done' } });
  });

  it('scores an audit over the items that apply, and lists what is left, needing work first', () => {
    const summary = summarize(list, { [a]: 'done', [b]: 'needs-work', [c]: 'n-a', gone: 'done' });
    const total = ids(list).length;
    expect(summary).toMatchObject({ total, done: 1, needsWork: 1, notApplicable: 1 });
    expect(summary.score).toBe(Math.round((1 / (total - 1)) * 100));
    expect(summary.left[0].id).toBe(b);
    expect(summary.left.map((i) => i.id)).not.toContain(a);
    expect(summary.left.map((i) => i.id)).not.toContain(c);
    expect(summarize(list).score).toBe(0);
  });

  it.each([
    [{ marks: { x: { y: 'done' } }, upcoming: { name: '', date: '' }, plannerId: null }, true],
    [{ marks: { x: { y: 'maybe' } }, upcoming: { name: '', date: '' }, plannerId: null }, false],
    [{ marks: {}, plannerId: null }, false],
    [{ marks: [], upcoming: { name: '', date: '' }, plannerId: null }, false],
  ])('stored state %j is valid: %s', (data, valid) => {
    expect(checklistsSchema.parse(data) !== undefined).toBe(valid);
  });
});

describe('dated steps of the post-interview plan', () => {
  const list = parsed('post-interview');
  const stepOf = (step: string) => checklistItems(list).find((i) => i.due === step)!.id;
  const dayItem = checklistItems(list).find((i) => i.due === 1)!.id;

  // today, interview date, promised date → the dates the plan puts on its steps
  const cases: [string, string, string, string | undefined, Record<string, string>][] = [
    ['interview today', '2026-11-20', '2026-11-20', undefined,
      { thankYouBy: '2026-11-21', day1: '2026-11-21', firstFollowUp: '2026-11-27', secondFollowUp: '2026-12-04', moveOn: '2026-12-11' }],
    ['promised date ahead', '2026-11-20', '2026-11-18', '2026-12-02', { firstFollowUp: '2026-12-03', secondFollowUp: '2026-12-10' }],
    ['promised date passed', '2026-11-25', '2026-11-16', '2026-11-20', { firstFollowUp: '2026-11-23', secondFollowUp: '2026-12-02' }],
    ['a week later lands on a Saturday: Monday instead', '2026-11-14', '2026-11-14', undefined, { firstFollowUp: '2026-11-23' }],
    ['across a month end', '2026-11-27', '2026-11-27', undefined, { day1: '2026-11-28', firstFollowUp: '2026-12-04' }],
    ['across a year end', '2026-12-29', '2026-12-29', undefined, { thankYouBy: '2026-12-30', firstFollowUp: '2027-01-05', moveOn: '2027-01-19' }],
  ];
  it.each(cases)('%s', (_, today, interviewDate, promisedBy, expected) => {
    const plan = planFollowUps({ interviewDate, promisedBy, thankYou: 'sent' }, today);
    const due = dueDates(list, interviewDate, plan.dates);
    for (const [key, date] of Object.entries(expected)) {
      expect(due[key === 'day1' ? dayItem : stepOf(key)], key).toBe(date);
      // The checklist and the diagnostic read the same plan: one source of dates.
      if (key !== 'day1') expect(plan.dates[key as keyof typeof plan.dates]).toBe(date);
    }
  });

  it('has no dates without an interview date', () => {
    expect(dueDates(list, undefined, {})).toEqual({});
  });

  it.each([
    ['2026-11-20', 'Due today'],
    ['2026-11-23', 'Due Monday 23 November'],
    ['2026-11-18', 'Was due Wednesday 18 November'],
    ['2027-01-04', 'Due Monday 4 January 2027'],
  ])('%s reads "%s"', (date, label) => {
    expect(dueLabel(date, '2026-11-20')).toBe(label);
  });
});
