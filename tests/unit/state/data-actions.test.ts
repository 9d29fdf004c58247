// @vitest-environment jsdom
/**
 * The "Your data" actions over real stores and storage: export, check, import (merge and replace) and
 * delete, for the site's values and for a value added by nothing but a registry entry.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { newInterview } from '../../../src/lib/interviews/interviews';
import { THEME } from '../../../src/lib/content/theme';
import { checklists, markItem } from '../../../src/state/checklists-actions';
import { EMPTY_DATA_CARE } from '../../../src/lib/data/data-care';
import {
  checkImport,
  currentData,
  deleteEverything,
  exportData,
  exportEverything,
  importData,
  watchData,
} from '../../../src/state/data-actions';
import { dataCare } from '../../../src/state/data-care-actions';
import { interviews } from '../../../src/state/interviews';
import { reviews } from '../../../src/state/mentor-actions';
import { practice } from '../../../src/state/practice-actions';
import { stories } from '../../../src/state/stories-actions';
import { choosePlace } from '../../../src/state/calendar';
import { persisted } from '../../../src/state/persisted';
import { READ_LESSONS } from '../../../src/lib/content/progress';
import { markLessonRead } from '../../../src/state/progress-actions';
import { onOtherTabChange, writeValue } from '../../../src/state/quick-storage';
import { NOTES, REGISTRY_WITH_NOTES } from '../../fixtures/registry';

const at = new Date('2026-11-20T10:00:00Z');
const asFile = (text: string) => ({ size: new TextEncoder().encode(text).length, text: async () => text });
/** Everything the site holds in localStorage, by key. */
const stored = () =>
  Object.fromEntries(
    Object.keys(localStorage)
      .filter((k) => k.startsWith('callback:'))
      .sort()
      .map((k) => [k, localStorage.getItem(k)]),
  );

/** As the other pages leave it: through their stores, and the theme and read marks without one. */
function makeSomeData() {
  interviews.set({ interviews: [{ ...newInterview('a', at), company: 'Acme' }], currentId: 'a' });
  markItem('pre-interview', 'company-basics', 'done');
  markLessonRead('following-up');
  writeValue(THEME, 'dark');
  choosePlace('gb-sct');
  reviews.set({
    reviews: [{ recordId: 'a', on: '2026-11-20', mentor: 'Sam', comments: [{ part: 'debrief', text: 'Lead with the result.' }] }],
  });
  stories.set({ stories: [{ id: 's1', title: 'The late launch', competencies: ['failure'], learned: 'Flag risk early' }] });
  practice.set({
    own: [],
    expectations: [
      {
        interviewId: 'a',
        round: 'screen',
        expected: ['why-this-role'],
        asked: ['why-this-role'],
        fumbled: [],
        stories: [{ storyId: 's1' }],
      },
    ],
    cards: [],
  });
  // The data page's stores hear these writes from other tabs, where they are made.
  for (const key of ['callback:read-lessons', 'callback:theme']) {
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key) }));
  }
}

beforeEach(() => {
  deleteEverything();
  localStorage.clear();
});

describe('export, delete everything, import', () => {
  it('gives back exactly what was stored, byte for byte', async () => {
    const stop = watchData().listen(() => {});
    makeSomeData();
    const before = stored();
    const file = JSON.stringify(exportData(at));
    deleteEverything();
    expect(stored()).toEqual({});
    expect(currentData()).toEqual({
      interviews: { interviews: [], currentId: null },
      'read-lessons': [],
      checklists: checklists.get(),
      theme: 'system',
      calendar: '',
      'data-care': EMPTY_DATA_CARE,
      reviews: { reviews: [] },
      stories: { stories: [] },
      practice: { own: [], expectations: [], cards: [] },
    });

    const checked = await checkImport(asFile(file));
    expect(checked).toMatchObject({
      ok: true,
      lines: [
        '1 interview to add, 0 to update',
        '1 more guides marked read',
        'Ticks on 1 checklist',
        'Theme: dark',
        'Holidays: GB-SCT',
        '1 mentor review',
        '1 story',
        'Practice: questions expected for 1 interview',
      ],
    });
    if (!checked.ok) return;
    importData(checked.values, 'replace');
    expect(stored()).toEqual(before);
    expect(interviews.get().interviews[0].company).toBe('Acme');
    stop();
  });

  it('remembers the day of an export in the file itself, so an import brings it back', async () => {
    makeSomeData();
    const { text, filename } = exportEverything(at);
    expect(filename).toBe('callback-data-2026-11-20.json');
    expect(dataCare.get().lastExport).toBe('2026-11-20');
    const before = stored();
    deleteEverything();
    expect(dataCare.get()).toEqual(EMPTY_DATA_CARE);
    const checked = await checkImport(asFile(text));
    expect(checked).toMatchObject({ ok: true, lines: expect.arrayContaining(['The date of your last export, Friday, November 20, 2026']) });
    if (!checked.ok) return;
    importData(checked.values, 'replace');
    expect(stored()).toEqual(before);
    expect(dataCare.get().lastExport).toBe('2026-11-20');
  });

  it('removes backups too, and leaves keys of other sites alone', () => {
    localStorage.setItem('callback:interviews.backup', 'junk');
    localStorage.setItem('other-site', 'theirs');
    deleteEverything();
    expect(stored()).toEqual({});
    expect(localStorage.getItem('other-site')).toBe('theirs');
  });
});

describe('a file that cannot be used', () => {
  it.each([
    ['not JSON', '{"format":"callback-data",', /not valid JSON/],
    [
      'a damaged value',
      JSON.stringify({ format: 'callback-data', version: 1, exportedAt: '', stores: { theme: { v: 1, data: 'neon' } } }),
      /damaged \("theme"\)/,
    ],
  ])('(%s) is refused with a reason, and nothing changes', async (_, text, message) => {
    makeSomeData();
    const before = stored();
    const checked = await checkImport(asFile(text));
    expect(checked).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(stored()).toEqual(before);
  });

  it('over the limit is refused without being read', async () => {
    const checked = await checkImport({ size: 20_000_000, text: () => Promise.reject(new Error('read')) });
    expect(checked).toEqual({ ok: false, error: expect.stringContaining('the limit is 10 MB') });
  });
});

describe('merging', () => {
  it('adds the file to what is here and writes only what it changes', async () => {
    makeSomeData();
    const file = JSON.stringify({
      format: 'callback-data',
      version: 1,
      exportedAt: '',
      stores: { 'read-lessons': { v: 1, data: ['red-flags'] } },
    });
    // Picked by the theme control, which writes without a store, after this page read the theme.
    persisted(THEME).get();
    writeValue(THEME, 'light');
    const checked = await checkImport(asFile(file));
    if (!checked.ok) throw new Error(checked.error);
    importData(checked.values, 'merge');
    expect(persisted(READ_LESSONS).get()).toEqual(['following-up', 'red-flags']);
    expect(localStorage.getItem('callback:theme')).toBe('{"v":1,"data":"light"}');
    expect(interviews.get().interviews).toHaveLength(1);
  });
});

describe('this page and the theme control follow', () => {
  it('the summary store follows every write through a store', () => {
    const data = watchData();
    const seen: unknown[] = [];
    const stop = data.listen((d) => seen.push(d.checklists));
    markItem('pre-interview', 'company-basics', 'done');
    stop();
    expect(seen).toEqual([checklists.get()]);
  });

  it('the summary store follows values written without a store, in another tab or here', () => {
    const data = watchData();
    const seen: unknown[] = [];
    const stop = data.listen((d) => seen.push(d['read-lessons']));
    markLessonRead('red-flags');
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'callback:read-lessons', newValue: localStorage.getItem('callback:read-lessons') }),
    );
    stop();
    expect(seen).toEqual([['red-flags']]);
  });

  it('the theme control hears an import and a delete', async () => {
    const themes: string[] = [];
    onOtherTabChange(THEME, (choice) => themes.push(choice));
    const file = JSON.stringify({ format: 'callback-data', version: 1, exportedAt: '', stores: { theme: { v: 1, data: 'dark' } } });
    const checked = await checkImport(asFile(file));
    if (!checked.ok) throw new Error(checked.error);
    importData(checked.values, 'replace');
    deleteEverything();
    expect(themes).toEqual(['dark', 'system']);
  });
});

describe('a stored value added by nothing but its registry entry', () => {
  const notes = NOTES;
  const registry = REGISTRY_WITH_NOTES;

  it('is exported, imported (merge and replace) and deleted', async () => {
    // What its own module would hold.
    const store = persisted(notes);
    // The data page follows every value while it is open.
    const stop = watchData(registry).listen(() => {});
    store.set(['a']);
    const file = JSON.stringify(exportData(at, registry));
    expect(JSON.parse(file).stores['test-notes']).toEqual({ v: 1, data: ['a'] });

    deleteEverything(registry);
    expect(store.get()).toEqual([]);
    expect(localStorage.getItem('callback:test-notes')).toBeNull();

    store.set(['b']);
    const checked = await checkImport(asFile(file), {}, registry);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.lines).toContain('1 notes to add');
    importData(checked.values, 'merge', { registry });
    expect(store.get()).toEqual(['b', 'a']);
    importData(checked.values, 'replace', { registry });
    expect(store.get()).toEqual(['a']);
    expect(localStorage.getItem('callback:test-notes')).toBe('{"v":1,"data":["a"]}');

    // The site's own registry does not know it: the registry alone decides what a file may hold.
    expect(await checkImport(asFile(file))).toMatchObject({ ok: false, error: expect.stringContaining('"test-notes"') });
    stop();
  });
});
