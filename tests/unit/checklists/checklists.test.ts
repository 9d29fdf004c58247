/** The three checklists' content and the pure logic behind ticking, scoring and dating them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checklistSchema, type Checklist } from '../../../src/lib/checklists/checklist-schema';
import {
  checklistItems,
  checklistTasks,
  checklistsSchema,
  EMPTY_CHECKLISTS,
  resetSheet,
  setMark,
  sheetKey,
  summarize,
} from '../../../src/lib/checklists/checklists';
import { dueDates } from '../../../src/lib/checklists/checklist-dates';
import { addDays } from '../../../src/lib/core/dates';
import { PLAN_KEYS, planFollowUps } from '../../../src/lib/follow-up/timeline';
import { nextPlanDay } from '../../../src/lib/follow-up/work-calendar';
import { US } from '../../fixtures/calendars.ts';

const load = (id: string) => yaml.load(readFileSync(join(import.meta.dirname, `../../../content/checklists/${id}.yaml`), 'utf8'));
const parsed = (id: string) => checklistSchema.parse(load(id));
const ids = (c: Checklist) => checklistItems(c).map((i) => i.id);

const LISTS = ['pre-interview', 'post-interview', 'online-audit'] as const;
/** All the words a list shows, lower-cased: what a reader can find on it. */
const words = (c: Checklist) =>
  checklistItems(c)
    .map((i) => `${i.text} ${i.detail ?? ''}`)
    .join(' ')
    .toLowerCase();

describe('the three checklist files', () => {
  it.each(LISTS)('%s passes the schema', (id) => {
    expect(checklistSchema.safeParse(load(id)).success).toBe(true);
  });

  it.each(LISTS)('%s is written in US English', (id) => {
    const british =
      /\b(organis|recognis|prioritis|apologis|emphasis(e|ing)|colour|behaviour|favour|honour|practise|licence|travell|cancell|judgement|centre|programme|whilst|amongst|learnt|spelt|towards)/i;
    expect(JSON.stringify(load(id))).not.toMatch(british);
  });

  it('pre-interview is a day sheet that covers what a coach would check before an interview', () => {
    const list = parsed('pre-interview');
    expect(list).toMatchObject({ kind: 'tick', layout: 'day-sheet' });
    const text = words(list);
    for (const topic of [
      'interviewer',
      'email',
      'panel',
      'example',
      'references',
      'concerns',
      'next steps',
      'search your name',
      'stories',
      'tell me about yourself',
      'why are you leaving',
      'mock interview',
      'range',
      'level',
      'résumé',
      'phone number',
      'internal candidates',
      'take-home',
    ]) {
      expect(text, topic).toContain(topic);
    }
    // Page 1 of the printed sheet: blanks for the day, and the list of what to bring.
    const labels = list.blanks!.map((b) => b.label.toLowerCase()).join(' | ');
    for (const blank of ['company', 'role', 'date and time', 'place or video link', 'interviewers', 'email', 'questions to ask', 'notes']) {
      expect(labels, blank).toContain(blank);
    }
    expect(list.sections.find((s) => s.id === 'bring')?.title).toBe('What to bring');
  });

  it('references get a heads-up when listed and a full briefing only when asked for, never a dated task', () => {
    const pre = checklistItems(parsed('pre-interview')).find((i) => i.id === 'references-warned')!;
    expect(`${pre.text} ${pre.detail}`).toMatch(/heads-up[\s\S]*full briefing/);
    const post = checklistItems(parsed('post-interview')).filter((i) => /reference/i.test(i.text));
    expect(post.map((i) => i.id)).toEqual(['brief-references']);
    expect(post[0].text).toMatch(/ask for references|final round/);
    expect(post[0].due).toBeUndefined();
  });

  it('post-interview dates every step of the follow-up plan, and keeps mindsets as undated notes and habits undated', () => {
    const list = parsed('post-interview');
    expect(list.layout).toBe('planner');
    const dues = checklistItems(list).map((i) => i.due);
    for (const step of PLAN_KEYS) expect(dues).toContain(step);
    expect(dues.filter((d) => d === 'thankYouBy').length).toBeGreaterThanOrEqual(1);
    const notes = checklistItems(list).filter((i) => i.note);
    expect(notes.map((i) => i.id)).toContain('early-silence');
    for (const note of notes) expect(note.due, note.id).toBeUndefined();
    // Applying elsewhere is a habit for the whole wait, never a step that falls due and goes past.
    const keepApplying = checklistItems(list).find((i) => i.id === 'keep-applying')!;
    expect(keepApplying).toMatchObject({ ongoing: expect.any(String) });
    expect(keepApplying.due).toBeUndefined();
    const text = words(list);
    for (const topic of ['debrief', 'fumbled', 'recruiter', 'agency', 'doubt', 'another offer', 'red flags', 'if the answer is no']) {
      expect(text, topic).toContain(topic);
    }
  });

  it('the online audit is scored item by item and lists what employers report rejecting candidates for', () => {
    const list = parsed('online-audit');
    expect(list).toMatchObject({ kind: 'audit', layout: 'list' });
    expect(ids(list)).toEqual(
      expect.arrayContaining([
        'search-engines',
        'image-results',
        'privacy-settings',
        'remove-untag',
        'resume-links',
        'titles-dates',
        'your-side',
      ]),
    );
    const text = words(list);
    for (const topic of [
      'provocative',
      'drug',
      'run down a current or past employer',
      'discriminatory',
      'qualifications',
      'confidential',
      'careerbuilder',
      'email address',
      'comments, likes',
      'reviews',
      'people-search',
      'confidentiality agreement',
      'open to work',
      'work samples',
      'recommendations',
    ]) {
      expect(text, topic).toContain(topic);
    }
  });

  it('every item id that people may have ticked before is still on its list', () => {
    // The ids of the first published lists: a renamed id would silently drop someone's saved ticks.
    const published: Record<(typeof LISTS)[number], string[]> = {
      'pre-interview': [
        'company-basics',
        'interviewer-names',
        'interviewer-backgrounds',
        'reread-posting',
        'confirm-details',
        'format',
        'setup-or-route',
        'map-examples',
        'why-you-fit',
        'availability',
        'references-current',
        'references-warned',
        'search-yourself',
        'profiles-tidy',
        'ask-concerns',
        'ask-next-steps',
        'own-questions',
        'build-on-their-work',
        'word-choice',
        'fresh-round',
        'courtesy',
      ],
      'post-interview': [
        'note-names-topics',
        'note-decision-date',
        'keep-applying',
        'thank-each-interviewer',
        'thank-you-content',
        'brief-references',
        'check-contact',
        'early-silence',
        'first-follow-up',
        'second-follow-up',
        'move-on',
        'callback-prepare',
        'ask-feedback',
      ],
      'online-audit': [
        'search-engines',
        'image-results',
        'old-accounts',
        'name-alerts',
        'view-as-stranger',
        'privacy-settings',
        'remove-untag',
        'resume-links',
        'titles-dates',
        'be-findable',
        'your-side',
      ],
    };
    for (const id of LISTS) expect(ids(parsed(id)), id).toEqual(expect.arrayContaining(published[id]));
  });

  it('rejects a duplicate item id, naming where', () => {
    const list = load('online-audit') as { sections: { items: { id: string }[] }[] };
    list.sections[1].items[0].id = list.sections[0].items[0].id;
    const result = checklistSchema.safeParse(list);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({
      path: ['sections', 1, 'items', 0, 'id'],
      message: expect.stringContaining('used twice'),
    });
  });

  it.each([
    ['a link outside the guides', { link: 'https://example.com/' }, 'link'],
    ['an unknown plan step', { due: 'someday' }, 'due'],
    ['an unknown field', { colour: 'red' }, ''],
    ['a note with a date', { note: true, due: 2 }, 'a note has no date'],
    ['a note that is false rather than absent', { note: false }, 'note'],
  ])('rejects %s', (_, patch, field) => {
    const list = load('post-interview') as { sections: { items: Record<string, unknown>[] }[] };
    Object.assign(list.sections[0].items[0], patch);
    const result = checklistSchema.safeParse(list);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toContain(field);
  });

  it.each([
    ['a day sheet without blanks', 'pre-interview', { blanks: undefined }, ['blanks']],
    ['blanks on a list that is not a day sheet', 'online-audit', { blanks: [{ label: 'Company' }] }, ['blanks']],
    ['a blank with too many lines', 'pre-interview', { blanks: [{ label: 'Notes', lines: 40 }] }, ['blanks', 0, 'lines']],
    ['an unknown layout', 'online-audit', { layout: 'poster' }, ['layout']],
  ])('rejects %s, naming the field', (_, id, patch, path) => {
    const result = checklistSchema.safeParse({ ...(load(id) as object), ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path)).toContainEqual(path);
  });

  it('rejects a date on a list that is not a planner', () => {
    const list = load('pre-interview') as { sections: { items: Record<string, unknown>[] }[] };
    list.sections[0].items[0].due = 1;
    const result = checklistSchema.safeParse(list);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['sections', 0, 'items', 0, 'due'] });
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

  it('leaves notes out of progress, and ignores a mark on an item that has become a note', () => {
    const post = parsed('post-interview');
    const note = checklistItems(post).find((i) => i.note)!;
    const task = checklistTasks(post)[0];
    const summary = summarize(post, { [note.id]: 'done', [task.id]: 'done' });
    expect(summary.total).toBe(checklistTasks(post).length);
    expect(summary.total).toBeLessThan(checklistItems(post).length);
    expect(summary.done).toBe(1);
    expect(summary.left.map((i) => i.id)).not.toContain(note.id);
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
  const dayItems = checklistItems(list).filter((i) => typeof i.due === 'number');

  // The rules behind each date are the timeline's (tests/unit/follow-up/timeline.test.ts); the checklist must show
  // exactly the plan's dates, and count plain days from the interview.
  const cases: [string, string, string, string | undefined][] = [
    ['interview today', '2026-11-20', '2026-11-20', undefined],
    ['promised date ahead', '2026-11-20', '2026-11-18', '2026-12-02'],
    ['promised date passed', '2026-11-25', '2026-11-16', '2026-11-20'],
    ['an interview on a Saturday', '2026-11-14', '2026-11-14', undefined],
    ['across a month end', '2026-11-27', '2026-11-27', undefined],
    ['across a year end', '2026-12-29', '2026-12-29', undefined],
  ];
  it.each(cases)("%s: every step on the plan's date", (_, today, interviewDate, promisedBy) => {
    const plan = planFollowUps({ interviewDate, promisedBy, thankYou: 'sent' }, today, US);
    const due = dueDates(list, interviewDate, plan.dates, US);
    for (const item of checklistItems(list)) {
      if (typeof item.due === 'string') expect(due[item.id], item.id).toBe(plan.dates[item.due]);
      // Days after the interview land on a working day outside the quiet days; the interview's own day stays.
      else if (typeof item.due === 'number')
        expect(due[item.id], item.id).toBe(item.due === 0 ? interviewDate : nextPlanDay(addDays(interviewDate, item.due), US));
      else expect(due[item.id], item.id).toBeUndefined();
    }
    expect(dayItems.length).toBeGreaterThan(0);
  });

  it('has no dates without an interview date', () => {
    expect(dueDates(list, undefined, {}, US)).toEqual({});
  });
});
