// @vitest-environment jsdom
/**
 * Nothing a person entered is lost on the data page: what could not be read is listed, exported, restored
 * and named before a delete; store names cannot reach the prototype; an import that the browser does not
 * keep is rolled back and reported, never called "Imported".
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { DETAIL_MAX, interviewsSchema, newInterview } from '../../../src/lib/interviews/interviews';
import { describeSetAside } from '../../../src/lib/data/set-aside';
import {
  checkImport,
  checkSetAside,
  currentData,
  deleteEverything,
  deleteSetAside,
  exportData,
  importData,
  setAsideItems,
  spaceUsed,
  watchData,
} from '../../../src/state/data-actions';
import { interviews } from '../../../src/state/interviews';

const model = loadQuizModel();
const at = new Date('2026-11-20T10:00:00Z');
const asFile = (text: string) => ({ size: text.length, text: async () => text });
const record = (id: string, company = `Company ${id}`) => ({ ...newInterview(id, at), company, answers: { interviewDate: '2026-11-10' } });
const envelope = (records: unknown[]) => JSON.stringify({ v: interviewsSchema.version, data: { interviews: records, currentId: null } });

/** Writes `text` under `key` as another tab would, so this tab's stores read it. */
function fromOtherTab(key: string, text: string) {
  localStorage.setItem(key, text);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: text }));
}

beforeEach(() => {
  deleteEverything();
  localStorage.clear();
});

describe('what the site could not read', () => {
  it('sets aside only the bad record, and lists it with what restoring it would do', () => {
    const stop = watchData().listen(() => {});
    fromOtherTab('callback:interviews', envelope([record('a'), record('b', 'x'.repeat(DETAIL_MAX + 1))]));
    expect(interviews.get().interviews.map((r) => r.id)).toEqual(['a']);

    const [item, ...more] = setAsideItems();
    expect(more).toEqual([]);
    expect(item).toMatchObject({ name: 'interviews.backup', entry: { title: 'Saved interviews' } });
    expect(describeSetAside(item!)).toBe('1 saved interview (details, quiz answers, dates)');
    const checked = checkSetAside(item!, { model });
    expect(checked).toMatchObject({ ok: true, lines: ['1 interview to add, 0 to update', expect.stringMatching(/will be cut/)] });
    if (!checked.ok) return;

    expect(importData(checked.values, 'merge')).toEqual({ ok: true });
    deleteSetAside(item!);
    expect(interviews.get().interviews.map((r) => [r.id, r.company.length])).toEqual([
      ['a', 9],
      ['b', DETAIL_MAX],
    ]);
    expect(setAsideItems()).toEqual([]);
    stop();
  });

  it('says plainly when something still cannot be read', () => {
    const stop = watchData().listen(() => {});
    fromOtherTab('callback:interviews', '{"v":2,"data":{"interv');
    const [item] = setAsideItems();
    expect(item?.text).toBe('{"v":2,"data":{"interv');
    expect(checkSetAside(item!)).toEqual({ ok: false, error: expect.stringMatching(/still cannot be read/) });
    expect(describeSetAside(item!)).toBe('Damaged text that cannot be read as data');
    fromOtherTab('callback:theme', JSON.stringify({ v: 99, data: 'dark' }));
    const newer = setAsideItems().find((i) => i.name === 'theme.backup');
    expect(checkSetAside(newer!)).toEqual({ ok: false, error: expect.stringMatching(/newer version/) });
    stop();
  });

  it('travels in the export, and an import keeps it for recovery', async () => {
    const stop = watchData().listen(() => {});
    fromOtherTab('callback:interviews', 'junk');
    const file = exportData(at);
    expect(file.setAside).toEqual({ 'interviews.backup': 'junk' });

    deleteEverything();
    expect(setAsideItems()).toEqual([]);
    const checked = await checkImport(asFile(JSON.stringify(file)));
    expect(checked).toMatchObject({ ok: true, lines: expect.arrayContaining([expect.stringMatching(/^One thing set aside/)]) });
    if (checked.ok) importData(checked.values, 'merge', { setAside: checked.setAside });
    expect(setAsideItems().map((i) => [i.name, i.text])).toEqual([['interviews.backup', 'junk']]);
    stop();
  });

  it('counts the space the site uses, set-aside data included', () => {
    expect(spaceUsed()).toBe(0);
    localStorage.setItem('callback:interviews.backup', 'junk');
    localStorage.setItem('other-site', 'x'.repeat(1000));
    expect(spaceUsed()).toBe('callback:interviews.backup'.length + 4);
  });
});

describe('store names from a file', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('refuses a store named %s and changes nothing', async (name) => {
    interviews.set({ interviews: [record('a')], currentId: null });
    const before = { ...localStorage };
    const text = `{"format":"callback-data","version":1,"exportedAt":"","stores":{"${name}":{"v":1,"data":{}}}}`;
    const checked = await checkImport(asFile(text));
    expect(checked).toEqual({ ok: false, error: `This export holds data this version of Callback does not know ("${name}").` });
    expect({ ...localStorage }).toEqual(before);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe('an import the browser does not keep', () => {
  it('is rolled back and reported, and what was here stays', async () => {
    interviews.set({ interviews: [record('a')], currentId: null });
    const before = { ...localStorage };
    const file = {
      format: 'callback-data',
      version: 1,
      exportedAt: '',
      stores: { interviews: JSON.parse(envelope([record('b'), record('c')])) },
    };
    const checked = await checkImport(asFile(JSON.stringify(file)), { model });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;

    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string) {
      if (key === 'callback:interviews') throw new DOMException('full', 'QuotaExceededError');
    });
    const result = importData(checked.values, 'merge');
    full.mockRestore();

    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^Nothing was imported: this browser's storage for the site is full/),
    });
    expect(currentData().interviews).toEqual({ interviews: [record('a')], currentId: null });
    expect({ ...localStorage }).toEqual(before);
  });
});
