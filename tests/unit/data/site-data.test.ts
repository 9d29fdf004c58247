/** The site's data as a whole: merging an import, replacing with one, and saying what each holds. */
import { describe, expect, it } from 'vitest';
import { newInterview } from '../../../src/lib/interviews/interviews';
import type { ChecklistsState } from '../../../src/lib/checklists/checklists';
import type { InterviewsState } from '../../../src/lib/interviews/interviews';
import { type SiteData } from '../../../src/lib/data/registry';
import { describeData, describeImport, initialData, mergeData, replaceData } from '../../../src/lib/data/site-data';
import { REGISTRY_WITH_NOTES } from '../../fixtures/registry';

const at = new Date('2026-11-20T10:00:00Z');
const interview = (id: string, company: string) => ({ ...newInterview(id, at), company, answers: { interviewDate: '2026-11-10' } });
const data: SiteData = {
  theme: 'dark',
  'read-lessons': ['following-up', 'why-no-callback'],
  interviews: { interviews: [interview('a', 'Acme')], currentId: 'a' },
  checklists: { marks: { 'pre-interview': { 'company-basics': 'done' } }, upcoming: { name: 'Acme', date: '2026-12-01' }, plannerId: 'a' },
};
const incoming: SiteData = {
  'read-lessons': ['red-flags', 'following-up'],
  interviews: { interviews: [interview('a', 'Acme (updated)'), interview('b', 'Globex')], currentId: 'b' },
  checklists: { marks: { 'online-audit': { 'search-engines': 'needs-work' } }, upcoming: { name: '', date: '' }, plannerId: null },
};
const interviewsOf = (d: SiteData) => d.interviews as InterviewsState;
const checklistsOf = (d: SiteData) => d.checklists as ChecklistsState;

describe('merging', () => {
  it('adds what is new, updates what matches, keeps the rest', () => {
    const merged = mergeData(data, incoming);
    expect(interviewsOf(merged).interviews.map((r) => r.company)).toEqual(['Acme (updated)', 'Globex']);
    expect(merged['read-lessons']).toEqual(['following-up', 'why-no-callback', 'red-flags']);
    expect(Object.keys(checklistsOf(merged).marks).sort()).toEqual(['online-audit', 'pre-interview']);
    expect(checklistsOf(merged).upcoming).toEqual(checklistsOf(data).upcoming);
    expect(merged.theme).toBe('dark');
    expect(interviewsOf(merged).currentId).toBe('a');
  });

  it('leaves a value the file lacks exactly as it was', () => {
    const merged = mergeData(data, { theme: 'light' });
    for (const name of ['read-lessons', 'interviews', 'checklists']) expect(merged[name]).toBe(data[name]);
    expect(merged.theme).toBe('light');
  });

  it("keeps the planner's interview only when it names one that exists after the merge", () => {
    const empty = initialData();
    const fromFile = { ...incoming, checklists: { ...checklistsOf(incoming), plannerId: 'b' } };
    // The file brings both the interview and the planner's choice of it.
    expect(checklistsOf(mergeData(empty, fromFile)).plannerId).toBe('b');
    // The file names an interview it does not hold, and neither does this browser.
    expect(checklistsOf(mergeData(empty, { checklists: fromFile.checklists })).plannerId).toBeNull();
    // The choice made here wins over the file's.
    expect(checklistsOf(mergeData(data, fromFile)).plannerId).toBe('a');
  });
});

describe('replacing', () => {
  it('takes the file as it is; what the file lacks starts empty', () => {
    const replaced = replaceData(incoming);
    expect(replaced.theme).toBe('system');
    expect(replaced.interviews).toEqual(incoming.interviews);
    expect(replaced.checklists).toEqual(incoming.checklists);
    expect(replaced['read-lessons']).toEqual(incoming['read-lessons']);
  });

  it('with an empty file is what deleting everything leaves', () => {
    expect(replaceData({})).toEqual(initialData());
    expect(initialData()).toEqual({
      interviews: { interviews: [], currentId: null },
      'read-lessons': [],
      checklists: { marks: {}, upcoming: { name: '', date: '' }, plannerId: null },
      theme: 'system',
      calendar: '',
      'data-care': { persist: null, lastExport: null, snoozed: null },
      reviews: { reviews: [] },
      stories: { stories: [] },
      practice: { own: [], expectations: [], cards: [] },
    });
  });
});

describe('in plain words', () => {
  it('says what is stored, one line per value, in the registry order', () => {
    expect(describeData(data, { lessonCount: 14 })).toEqual([
      '1 saved interview (details, quiz answers, dates)',
      '2 of 14 guides marked read',
      'Ticks on 1 checklist',
      'Theme: dark',
      'Holidays: from your browser’s language',
      'No export yet',
      'No mentor reviews',
      'No stories',
      'No practice yet',
    ]);
    expect(describeData(initialData())).toEqual([
      'No saved interviews',
      'No guides marked read',
      'No checklist ticks',
      'Theme: follows your device',
      'Holidays: from your browser’s language',
      'No export yet',
      'No mentor reviews',
      'No stories',
      'No practice yet',
    ]);
  });

  it('says what an import will add and update before it happens', () => {
    expect(describeImport(data, incoming)).toEqual([
      '1 interview to add, 1 to update',
      '1 more guides marked read',
      'Ticks on 1 checklist',
    ]);
    expect(describeImport(data, { theme: 'system' })).toEqual(['Theme: follows your device']);
    expect(describeImport(data, {})).toEqual(['Nothing: the file holds no data.']);
  });
});

describe('a registry with one more value', () => {
  // A value added by nothing but its entry: every whole-data function takes it in.
  const registry = REGISTRY_WITH_NOTES;

  it('is merged, replaced, described and emptied with the rest', () => {
    const here = { ...data, 'test-notes': ['a'] };
    expect(mergeData(here, { 'test-notes': ['b', 'a'] }, registry)['test-notes']).toEqual(['a', 'b']);
    expect(replaceData({ 'test-notes': ['b'] }, registry)['test-notes']).toEqual(['b']);
    expect(replaceData({}, registry)['test-notes']).toEqual([]);
    expect(describeData(here, {}, registry).at(-1)).toBe('1 notes');
    expect(describeImport(here, { 'test-notes': ['b'] }, registry)).toEqual(['1 notes to add']);
    expect(initialData(registry)['test-notes']).toEqual([]);
  });
});
