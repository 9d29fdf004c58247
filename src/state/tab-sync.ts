/**
 * Two tabs writing one stored value made of records of fields (the checklists: sheets of marks), so that
 * neither loses what the other did a moment before: each tab remembers the fields it changed in the last few
 * seconds and, when another tab's write (built from a copy taken before them) undoes them, puts them back. The
 * rule is src/lib/interviews/tab-merge.ts and tab-heal.ts (`noteEdit`, `heal`: the same for every value, a
 * deletion winning a tie); interview-sync.ts runs it for the interviews with what they add (new interviews
 * kept, times of writing, fields taken in). The rule loads when another tab's write arrives while this tab has
 * edits to defend: a visit in one tab, the usual case, pays nothing for it, not even on its first tick.
 */
import type { WritableAtom } from 'nanostores';
import { decodeValue, encodeValue } from '../lib/storage/storage-codec';
import { storageKey, type StoredValue } from '../lib/storage/stored-value';
import type { PendingEdit } from '../lib/interviews/tab-merge';
import { storage } from './persisted';

/** How a value is seen as records of fields, and one field changed. */
export interface FieldView<T> {
  fields(state: T, record: string): Readonly<Record<string, unknown>>;
  patch(state: T, record: string, field: string, value: unknown): T;
}

type Rule = typeof import('../lib/interviews/tab-merge') & typeof import('../lib/interviews/tab-heal');
const loadRule = (): Promise<Rule> =>
  Promise.all([import('../lib/interviews/tab-merge'), import('../lib/interviews/tab-heal')]).then(([merge, heal]) => ({
    ...merge,
    ...heal,
  }));

/**
 * Puts back this tab's recent edits of `store` (kept as `value`) that another tab's write undoes. Returns
 * the one way to write a field so that it is defended: `write(record, field, next)`, `next` being the store's
 * latest value with that field changed.
 */
export function syncFields<T>(store: WritableAtom<T>, value: StoredValue<T>, view: FieldView<T>) {
  const key = storageKey(value);
  let pending: PendingEdit[] = [];
  // This tab's changes not yet noted by the rule (it loads only when needed): the last hundred are plenty,
  // as an edit is defended for a few seconds.
  let notes: { change: Parameters<Rule['noteEdit']>[1]; at: number }[] = [];
  let rule: Rule | undefined;
  let loading: Promise<Rule> | undefined;
  const load = () => (loading ??= loadRule().then((m) => (rule = m)));
  // The last value this tab wrote: any other value the store takes came from another tab.
  let written: T | undefined;
  const set = store.set;
  store.set = (state) => {
    written = state;
    set(state);
  };

  // What storage holds now: the event's value may be older than a write made since, here or there (a tick
  // of this tab's made after the other tab's write, before the browser told of it).
  function latestThan(state: T): T {
    const raw = storage.engine[key];
    if (raw === undefined || raw === encodeValue(value.schema, state)) return state;
    const decoded = decodeValue(value.schema, raw);
    return decoded.ok ? decoded.value : state;
  }

  function receive({ heal, noteEdit }: Rule, state: T) {
    for (const { change, at } of notes) pending = noteEdit(pending, change, at);
    notes = [];
    const now = Date.now();
    const latest = latestThan(state);
    // The value has no time of writing: what storage holds is the newest word, so a value this tab never
    // had is the other tab's later choice, and wins.
    const result = heal(pending, (record) => ({ fields: { ...view.fields(latest, record) }, writtenAt: now }), now);
    pending = result.pending;
    const next = result.reapply.reduce((s, e) => view.patch(s, e.record, e.field, e.value), latest);
    if (next !== state) store.set(next);
  }

  store.listen((state) => {
    if (state === written) return;
    if (!pending.length && !notes.length) {
      const latest = latestThan(state);
      if (latest !== state) store.set(latest);
    } else if (rule) receive(rule, state);
    else void load().then((m) => receive(m, state));
  });

  return {
    write(record: string, field: string, next: T) {
      const change = { record, field, before: view.fields(store.get(), record)[field], after: view.fields(next, record)[field] };
      const at = Date.now();
      store.set(next);
      if (rule) pending = rule.noteEdit(pending, change, at);
      else notes = [...notes.slice(-99), { change, at }];
    },
  };
}
