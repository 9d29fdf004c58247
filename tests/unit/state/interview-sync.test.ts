// @vitest-environment jsdom
/**
 * Two tabs on one interview, against the real stores and actions: this tab types with the diagnostic's and
 * the planner's actions, and the other tab (the same pure functions the stores use) writes to storage and is
 * heard late, through the storage event, at any moment. Nothing either tab typed is lost.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INTERVIEWS, type InterviewsState, type RecordPatch } from '../../../src/lib/interviews/interviews';
import { decodeValue, encodeValue } from '../../../src/lib/storage/storage-codec';
import { receiveWrite, type Heard } from '../../../src/lib/interviews/tab-heal';
import { EDIT_WINDOW, editInterview, type PendingEdit } from '../../../src/lib/interviews/tab-merge';
import { removeInterview, setDetails, startInterview } from '../../../src/state/diagnostic-actions';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { interviews } from '../../../src/state/interviews';
import { setPlanDetails } from '../../../src/state/plan-actions';

import { commandsArb, expectNoLostEdit, initialState, settle, shown, START, type Command } from '../../fixtures/two-tabs';

const KEY = 'callback:interviews';
const read = () => {
  const decoded = decodeValue(INTERVIEWS.schema, localStorage.getItem(KEY)!);
  if (!decoded.ok) throw new Error('storage holds no interviews');
  return decoded.value;
};
const field = (state: InterviewsState, name: string) => {
  const record = state.interviews[0];
  return name.startsWith('answer:') ? record.answers[name.slice(7)] : record[name as 'company'];
};

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  // A tab's first write loads what it does when another tab's writes arrive; the runs below come after it.
  interviews.set(initialState());
  setDetails('a', { company: 'first' });
  await vi.dynamicImportSettled();
});
afterAll(() => vi.useRealTimers());

/** This tab edits the details (the only fields its actions set directly); the other tab edits any field. */
const details = (commands: Command[]) =>
  commands.map((c) => (c.kind === 'edit' && c.tab === 0 && c.field !== 'company' && c.field !== 'role' ? { ...c, tab: 1 as const } : c));

// Each run starts well after the last, so no edit of an earlier run is still defended.
let clock = START;

function play(commands: Command[]) {
  clock += 10 * EDIT_WINDOW;
  let now = clock;
  vi.setSystemTime(now);
  localStorage.clear();
  interviews.set(initialState());
  // Every write this tab makes lands in storage at once; the other tab hears it later.
  const heardByOther: string[] = [];
  const heardHere: string[] = [];
  const unlisten = interviews.listen(() => heardByOther.push(localStorage.getItem(KEY)!));
  const other = { state: read(), pending: [] as PendingEdit[], heard: {} as Heard, writtenRaw: '' };
  const otherWrites = (state: InterviewsState) => {
    other.state = state;
    const raw = encodeValue(INTERVIEWS.schema, state);
    if (raw === localStorage.getItem(KEY)) return;
    localStorage.setItem(KEY, raw);
    other.writtenRaw = raw;
    heardHere.push(raw);
  };
  const deliver = (tab: 0 | 1) => {
    if (tab === 0) {
      const raw = heardHere.shift();
      if (raw !== undefined) window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: raw, storageArea: localStorage }));
    } else {
      const raw = heardByOther.shift();
      if (raw === undefined) return;
      const incoming = decodeValue(INTERVIEWS.schema, raw);
      if (!incoming.ok) throw new Error('this tab wrote no interviews');
      const healed = receiveWrite(incoming.value, read(), localStorage.getItem(KEY) === other.writtenRaw, other, now);
      Object.assign(other, { pending: healed.pending, heard: healed.heard });
      otherWrites(healed.state);
    }
  };
  for (const c of commands) {
    now += c.wait;
    vi.setSystemTime(now);
    if (c.kind === 'deliver') deliver(c.tab);
    else if (c.tab === 0) (c.field === 'company' ? setDetails : setPlanDetails)('a', { [c.field]: c.value as string });
    else {
      const edit = editInterview(other.state, other.pending, 'a', { [c.field]: c.value } as RecordPatch, now);
      other.pending = edit.pending;
      if (edit.state !== other.state) otherWrites(edit.state);
    }
  }
  now = settle(
    () => heardHere.length + heardByOther.length > 0,
    deliver,
    now,
    (t) => vi.setSystemTime(t),
  );
  unlisten();
  clock = now;
  return { here: interviews.get(), other: other.state, storage: read() };
}

describe('this tab and another, on one interview', () => {
  it('keep every edit, and end up showing the same', () => {
    fc.assert(
      fc.property(commandsArb.map(details), (commands) => {
        const { here, other, storage } = play(commands);
        expect(shown(here)).toEqual(shown(storage));
        expect(shown(other)).toEqual(shown(storage));
        const record = storage.interviews[0];
        expectNoLostEdit(commands, { ...record, 'answer:thankYou': field(storage, 'answer:thankYou') });
      }),
      { numRuns: 500 },
    );
  });
});

describe('an interview this tab adds', () => {
  const model = loadQuizModel();
  /** A tab with one interview and no recent edits, listening; returns how to stop. */
  const freshTab = () => {
    clock += 10 * EDIT_WINDOW;
    vi.setSystemTime(clock);
    localStorage.clear();
    interviews.set(initialState());
    return interviews.listen(() => {});
  };
  /** The other tab writes `state` whole, and this tab hears of it. */
  const otherTabWrites = (state: InterviewsState) => {
    const theirs = encodeValue(INTERVIEWS.schema, state);
    localStorage.setItem(KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: theirs, storageArea: localStorage }));
  };
  it('is put back when the other tab writes from a copy taken before it, and both edits stay', () => {
    const stop = freshTab();
    const stale = read();
    const started = startInterview(model, { interviewDate: '2026-11-18' }, '2026-11-20');
    if (!('id' in started)) throw new Error(started.problem);
    // The other tab, not yet told of the new interview, names the first one and writes its whole copy.
    otherTabWrites({ ...stale, interviews: [{ ...stale.interviews[0]!, company: 'Acme' }] });
    expect(read().interviews.map((r) => [r.id, r.company])).toEqual([
      ['a', 'Acme'],
      [started.id, ''],
    ]);
    stop();
  });

  it('is not put back once this tab deleted it', () => {
    const stop = freshTab();
    const started = startInterview(model, { interviewDate: '2026-11-18' }, '2026-11-20');
    if (!('id' in started)) throw new Error(started.problem);
    removeInterview(started.id);
    otherTabWrites({ ...read(), interviews: [{ ...read().interviews[0]!, role: 'Lead' }] });
    expect(read().interviews.map((r) => r.id)).toEqual(['a']);
    stop();
  });
});
