/**
 * Two tabs editing one stored value, the receiving half (src/lib/interviews/tab-merge.ts has the rule and what a write
 * notes): when another tab's write arrives, take in its news and put back this tab's recent edits that it
 * undid. Loaded with a tab's first write, since before it a tab has nothing to defend.
 */
import { patchRecord, recordFields, type InterviewsState, type RecordPatch } from './interviews.ts';
import { EDIT_WINDOW, outranks, sameValue, type EditNews, type PendingEdit } from './tab-merge.ts';

/** One record as a write holds it: its fields by name, and when it was written (ms). */
export interface SeenRecord {
  fields: Record<string, unknown>;
  writtenAt: number;
}

/**
 * How many times one edit is put back when nothing says whether the other tab set the field on purpose (see
 * `Told`): a write alone cannot tell a value set back on purpose (a deletion) from a stale copy, so the two
 * tabs settle after this many turns, on a deletion if one of them deleted (see `outranks`).
 */
export const MAX_PUT_BACK = 10;

/**
 * When another tab said it set this field of this record to `value` itself, within the last few seconds (ms
 * since the epoch); undefined when it did not. A tab says so with each edit, apart from its write
 * (src/state/interview-sync.ts), so that a value set on purpose is told from a stale copy of one: the
 * second is put back however often it comes, and the first wins when it is the later edit.
 */
export type Told = (record: string, field: string, value: unknown) => number | undefined;

/** The `Told` of the news heard from other tabs: the latest time they set that field to that value. */
export const toldBy =
  (news: readonly EditNews[]): Told =>
  (record, field, value) => {
    const times = news.filter((n) => n.record === record && n.field === field && sameValue(n.value, value)).map((n) => n.at);
    return times.length ? Math.max(...times) : undefined;
  };

/**
 * Whether a write that holds a value this tab typed over undid the edit (so it is put back). With word from
 * the other tab (`told`): unless that tab set the value itself, after this edit, it is a stale copy, however
 * many times it comes; a tab that only writes stale copies takes this tab's value in at its next hearing, so
 * the turns end. Without it: only so many turns (`MAX_PUT_BACK`), then the value that outranks.
 */
function staleUndid(edit: PendingEdit, value: unknown, told: Told | undefined): boolean {
  if (!told) return (edit.putBack ?? 0) < MAX_PUT_BACK || outranks(edit.value, value);
  const at = told(edit.record, edit.field, value);
  return at === undefined || at < edit.at || (at === edit.at && outranks(edit.value, value));
}

/**
 * What to do with this tab's recent edits when another tab's write arrives: `reapply` the ones it undid
 * (the field holds a value this tab had typed over, or a value written before this tab's edit), keep
 * watching the ones it agrees with, and drop the ones it overrode later (last writer wins) or whose record
 * it deleted. `incoming` gives the arriving write's record.
 */
export function heal(
  pending: PendingEdit[],
  incoming: (record: string) => SeenRecord | undefined,
  now: number,
  told?: Told,
): { pending: PendingEdit[]; reapply: PendingEdit[] } {
  const kept: PendingEdit[] = [];
  const reapply: PendingEdit[] = [];
  for (const edit of pending) {
    const record = incoming(edit.record);
    if (!record || now - edit.at >= EDIT_WINDOW) continue;
    const value = record.fields[edit.field];
    if (sameValue(value, edit.value)) {
      kept.push(edit);
      continue;
    }
    const undone = edit.stale.some((v) => sameValue(v, value))
      ? // A value typed over: a write from a copy older than the edit, unless the other tab set it back on purpose.
        staleUndid(edit, value, told)
      : // A value this tab never had: the later write wins, and when both were written in the same
        // millisecond, the one that outranks the other, so that both tabs pick the same one.
        record.writtenAt < edit.at || (record.writtenAt === edit.at && outranks(edit.value, value));
    if (undone) {
      kept.push({ ...edit, putBack: (edit.putBack ?? 0) + 1 });
      reapply.push(edit);
    }
  }
  return { pending: kept, reapply };
}

/**
 * The time to stamp on a write that puts edits back: no later than the edits themselves (or the write it
 * answers), so another tab that changed the same field after them still wins.
 */
export function reapplyStamp(reapply: PendingEdit[], writtenAt: number): number {
  return Math.max(writtenAt, ...reapply.map((e) => e.at));
}

const seenIn = (state: InterviewsState) => (id: string) => {
  const record = state.interviews.find((r) => r.id === id);
  return record && { fields: recordFields(record), writtenAt: Date.parse(record.updatedAt) };
};

/**
 * For each interview, when the newest write of it by another tab that this tab has taken in was made (ms):
 * a write that arrives stamped no later is old news, already overtaken by one this tab read from storage.
 */
export type Heard = Readonly<Record<string, number>>;

/** `heard` with every interview of `state` (another tab's write, now taken in) noted. */
export function hear(heard: Heard, state: InterviewsState): Heard {
  const next = { ...heard };
  for (const r of state.interviews) next[r.id] = Math.max(next[r.id] ?? 0, Date.parse(r.updatedAt));
  return next;
}

/**
 * `own` (this tab's latest write) with the news of another tab's write `incoming`: the fields it holds
 * otherwise on an interview written later than anything heard of it, except those this tab edited
 * recently. For when storage already holds a write this tab made after `incoming` (from a copy that lacked
 * it): keeping `own` whole would drop the other tab's newest fields, and this tab would write them back stale
 * with every keystroke, each costing the other tab a put-back, until it gave up. Interviews only one of the
 * two holds keep `own`'s word: a tab puts back those it added itself.
 */
export function takeTheirFields(own: InterviewsState, incoming: InterviewsState, pending: PendingEdit[], heard: Heard) {
  let state = own;
  const next = { ...heard };
  for (const theirs of incoming.interviews) {
    const mine = own.interviews.find((r) => r.id === theirs.id);
    const writtenAt = Date.parse(theirs.updatedAt);
    if (!mine || writtenAt <= (heard[theirs.id] ?? 0)) continue;
    next[theirs.id] = writtenAt;
    const [ours, their] = [recordFields(mine), recordFields(theirs)];
    const changed = Object.keys({ ...ours, ...their }).filter(
      (field) => !sameValue(ours[field], their[field]) && !pending.some((e) => e.record === theirs.id && e.field === field),
    );
    if (!changed.length) continue;
    const patch = Object.fromEntries(changed.map((field) => [field, their[field]])) as RecordPatch;
    state = patchRecord(state, theirs.id, patch, new Date(Math.max(Date.parse(mine.updatedAt), writtenAt)));
  }
  return { state, heard: next };
}

/**
 * What a tab does when another tab's write (`incoming`) arrives, `latest` being what storage holds now
 * (the event may be older) and `ownLatest` whether this tab wrote it: the state to show, and to write back
 * when it differs from `incoming` (the other tab's news taken in, this tab's edits put back).
 */
export function receiveWrite(
  incoming: InterviewsState,
  latest: InterviewsState,
  ownLatest: boolean,
  tab: { pending: PendingEdit[]; heard: Heard },
  now: number,
  told?: Told,
) {
  const taken = ownLatest ? takeTheirFields(latest, incoming, tab.pending, tab.heard) : { state: latest, heard: hear(tab.heard, latest) };
  return { ...healInterviews(taken.state, tab.pending, now, told), heard: taken.heard };
}

/**
 * `incoming` with this tab's recent edits that it undid put back, and the edits still worth defending.
 */
export function healInterviews(incoming: InterviewsState, pending: PendingEdit[], now: number, told?: Told) {
  const seen = seenIn(incoming);
  const result = heal(pending, seen, now, told);
  let state = incoming;
  for (const id of new Set(result.reapply.map((e) => e.record))) {
    const edits = result.reapply.filter((e) => e.record === id);
    const patch = Object.fromEntries(edits.map((e) => [e.field, e.value])) as RecordPatch;
    state = patchRecord(state, id, patch, new Date(reapplyStamp(edits, seen(id)!.writtenAt)));
  }
  return { state, pending: result.pending };
}
