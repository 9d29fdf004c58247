// @vitest-environment jsdom
/**
 * Ticks in two tabs at nearly the same time, against the real checklist store and action: this tab ticks
 * with `markItem`; the other tab (the same pure rule the stores use) ticks on its own copy, writes to storage
 * and is heard late, through the storage event, at any moment. Both tabs' ticks stay, and the tabs agree.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHECKLISTS, EMPTY_CHECKLISTS, setMark, type ChecklistsState, type Mark } from '../../../src/lib/checklists/checklists';
import { heal } from '../../../src/lib/interviews/tab-heal';
import { EDIT_WINDOW, noteEdit, type PendingEdit } from '../../../src/lib/interviews/tab-merge';
import { decodeValue, encodeValue } from '../../../src/lib/storage/storage-codec';
import { checklists, markItem } from '../../../src/state/checklists-actions';
import { settle } from '../../fixtures/two-tabs';

const KEY = 'callback:checklists';
const SHEET = 'pre-interview';
const ITEMS = ['route', 'outfit', 'questions', 'copies'] as const;
const read = (): ChecklistsState => {
  const decoded = decodeValue(CHECKLISTS.schema, localStorage.getItem(KEY) ?? '');
  return decoded.ok ? decoded.value : EMPTY_CHECKLISTS;
};

type Command =
  { kind: 'tick'; tab: 0 | 1; item: string; mark: Mark | undefined; wait: number } | { kind: 'deliver'; tab: 0 | 1; wait: number };
const tab = fc.constantFrom<0 | 1>(0, 1);
const wait = fc.integer({ min: 0, max: 3 });
const commandsArb = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant('tick' as const),
      tab,
      item: fc.constantFrom(...ITEMS),
      mark: fc.constantFrom<Mark | undefined>('done', 'needs-work', undefined),
      wait,
    }),
    fc.record({ kind: fc.constant('deliver' as const), tab, wait }),
  ),
  { minLength: 1, maxLength: 40 },
);

let clock = Date.parse('2026-11-20T10:00:00Z');
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(clock);
  // What a tab does when another tab's write arrives loads with the first such write after a tick of its own;
  // the runs below come after it.
  markItem('warm-up', 'x', 'done');
  const other = encodeValue(CHECKLISTS.schema, setMark(EMPTY_CHECKLISTS, 'warm-up', 'y', 'done'));
  localStorage.setItem(KEY, other);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: other, storageArea: localStorage }));
  await vi.dynamicImportSettled();
  expect(read().marks['warm-up']).toEqual({ x: 'done', y: 'done' });
});
afterAll(() => vi.useRealTimers());

function play(commands: Command[]) {
  clock += 10 * EDIT_WINDOW;
  let now = clock;
  vi.setSystemTime(now);
  localStorage.clear();
  checklists.set(EMPTY_CHECKLISTS);
  const heardByOther: number[] = [];
  const heardHere: string[] = [];
  const unlisten = checklists.listen(() => heardByOther.push(0));
  const other = { state: read(), pending: [] as PendingEdit[] };
  const otherWrites = (state: ChecklistsState) => {
    other.state = state;
    const raw = encodeValue(CHECKLISTS.schema, state);
    if (raw === localStorage.getItem(KEY)) return;
    localStorage.setItem(KEY, raw);
    heardHere.push(raw);
  };
  const deliver = (to: 0 | 1) => {
    if (to === 0) {
      const raw = heardHere.shift();
      if (raw !== undefined) window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: raw, storageArea: localStorage }));
    } else if (heardByOther.shift() !== undefined) {
      // The other tab takes what storage holds now, with its own recent ticks put back.
      const latest = read();
      const result = heal(other.pending, (sheet) => ({ fields: { ...latest.marks[sheet] }, writtenAt: now }), now);
      other.pending = result.pending;
      otherWrites(result.reapply.reduce((s, e) => setMark(s, e.record, e.field, e.value as Mark | undefined), latest));
    }
  };
  for (const c of commands) {
    now += c.wait;
    vi.setSystemTime(now);
    if (c.kind === 'deliver') deliver(c.tab);
    else if (c.tab === 0) markItem(SHEET, c.item, c.mark);
    else {
      const before = other.state.marks[SHEET]?.[c.item];
      other.pending = noteEdit(other.pending, { record: SHEET, field: c.item, before, after: c.mark }, now);
      otherWrites(setMark(other.state, SHEET, c.item, c.mark));
    }
  }
  const inFlight = () => heardHere.length + heardByOther.length > 0;
  clock = settle(inFlight, deliver, now, (t) => vi.setSystemTime(t));
  unlisten();
  return { here: checklists.get(), other: other.state, storage: read() };
}

const marksOf = (state: ChecklistsState) => state.marks[SHEET] ?? {};

describe('ticks in two tabs', () => {
  it('both stay when each tab ticks a different item from a copy without the other’s tick', () => {
    const { storage, here } = play([
      { kind: 'tick', tab: 0, item: 'route', mark: 'done', wait: 1 },
      { kind: 'tick', tab: 1, item: 'outfit', mark: 'done', wait: 1 },
      { kind: 'deliver', tab: 0, wait: 1 },
      { kind: 'deliver', tab: 1, wait: 1 },
    ]);
    expect(marksOf(storage)).toEqual({ route: 'done', outfit: 'done' });
    expect(marksOf(here)).toEqual({ route: 'done', outfit: 'done' });
  });

  it('end up equal, every tick kept or, on an item both marked, the last mark of one tab', () => {
    fc.assert(
      fc.property(commandsArb, (commands) => {
        const { here, other, storage } = play(commands);
        expect(marksOf(here)).toEqual(marksOf(storage));
        expect(marksOf(other)).toEqual(marksOf(storage));
        const last: [Map<string, Mark | undefined>, Map<string, Mark | undefined>] = [new Map(), new Map()];
        for (const c of commands) if (c.kind === 'tick') last[c.tab].set(c.item, c.mark);
        for (const item of ITEMS) {
          const expected = [last[0], last[1]].filter((m) => m.has(item)).map((m) => m.get(item));
          if (expected.length) expect(expected, item).toContain(marksOf(storage)[item]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
