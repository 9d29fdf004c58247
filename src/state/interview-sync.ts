/**
 * How this tab writes the saved interviews so that another tab editing the same interview never loses an
 * edit: a write changes only the fields it names, on the store's latest value, and the fields this tab
 * changed in the last few seconds are put back when another tab's write (built from a copy taken before
 * them) undoes them. The rule is src/lib/tab-merge.ts; this applies it to the store. Loaded only by the
 * modules that edit interviews, so pages that only read them (the checklists, the data page) don't pay.
 */
import { patchRecord, readField, type InterviewsState, type RecordPatch } from '../lib/interviews';
import { heal, noteEdit, reapplyStamp, type PendingEdit, type SeenRecord } from '../lib/tab-merge';
import { interviews } from './interviews';

let pending: PendingEdit[] = [];
// The last value this tab wrote, by any module: any other value the store takes came from another tab.
let written: InterviewsState | undefined;
const set = interviews.set;
interviews.set = (state) => {
  written = state;
  set(state);
};

/** Changes the fields named by `patch` on the interview `id`, and remembers them for a few seconds. */
export function writeFields(id: string, patch: RecordPatch, now = Date.now()) {
  const state = interviews.get();
  const before = state.interviews.find((r) => r.id === id);
  if (!before) return;
  const next = patchRecord(state, id, patch, new Date(now));
  const after = next.interviews.find((r) => r.id === id)!;
  for (const field of Object.keys(patch)) {
    pending = noteEdit(pending, { record: id, field, before: readField(before, field), after: readField(after, field) }, now);
  }
  interviews.set(next);
}

/** Any other write (adding, deleting, which interview was opened last), made on the latest value. */
export function writeState(update: (state: InterviewsState) => InterviewsState) {
  const state = interviews.get();
  const next = update(state);
  if (next !== state) interviews.set(next);
}

function seenIn(state: InterviewsState) {
  return (id: string): SeenRecord => {
    const record = state.interviews.find((r) => r.id === id);
    return record && { field: (name) => readField(record, name), writtenAt: Date.parse(record.updatedAt) };
  };
}

// Listening also keeps the store following the storage event, as long as this tab can edit interviews.
interviews.listen((state) => {
  if (state === written || !pending.length) return;
  const seen = seenIn(state);
  const result = heal(pending, seen, Date.now());
  pending = result.pending;
  let next = state;
  for (const id of new Set(result.reapply.map((e) => e.record))) {
    const edits = result.reapply.filter((e) => e.record === id);
    const patch = Object.fromEntries(edits.map((e) => [e.field, e.value])) as RecordPatch;
    next = patchRecord(next, id, patch, new Date(reapplyStamp(edits, seen(id)!.writtenAt)));
  }
  if (next !== state) interviews.set(next);
});
