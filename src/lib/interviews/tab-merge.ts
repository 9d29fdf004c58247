/**
 * Two tabs editing one stored value. Each write stores the whole value as the writing tab knows it, and the
 * browser tells the other tabs a little later, so two tabs typing at once can each write over the other's
 * newest edit with a stale copy. Each tab therefore keeps the fields it changed in the last few seconds, and
 * when another tab's write arrives, puts back those of its edits that the write undid. This file is that
 * rule, over plain data, and its use on the saved interviews; src/state/interview-sync.ts runs it in a tab, and
 * src/state/tab-sync.ts for any other value of records and fields (the checklists' ticks).
 * This half is what a write notes; src/lib/interviews/tab-heal.ts is what a tab does when another tab's write arrives,
 * loaded only once this tab has written.
 */
import { patchRecord, readField, type InterviewsState, type RecordField, type RecordPatch } from './interviews.ts';

/** A field this tab changed recently. */
export interface PendingEdit {
  record: string;
  field: string;
  /** The value this tab gave the field. */
  value: unknown;
  /** The values the field had before this tab's edits: seeing one again means a write from a stale copy. */
  stale: unknown[];
  /** When this tab last changed the field (ms since the epoch). */
  at: number;
  /** How many times this tab has put the value back. */
  putBack?: number;
}

/**
 * What a tab tells the others of one of its edits, apart from its write (src/state/interview-sync.ts): the
 * field, the value it set, and when (ms). tab-heal.ts's `toldBy` reads it.
 */
export interface EditNews {
  record: string;
  field: string;
  value: unknown;
  at: number;
}

/** The news of the edits a write at `at` made to `record`, from the tab's recent edits once noted. */
export const editNews = (pending: readonly PendingEdit[], record: string, at: number): EditNews[] =>
  pending.filter((e) => e.at === at && e.record === record).map(({ field, value }) => ({ record, field, value, at }));

/**
 * How long an edit is defended (ms): far longer than a browser takes to tell the other tabs, short enough
 * that a deliberate change made later in another tab is never undone.
 */
export const EDIT_WINDOW = 5000;

/**
 * `news` with `added` kept, and what is older than an edit is defended dropped. Here, with the sending half,
 * because a tab takes in news from its first edit on, before the receiving half has loaded.
 */
export function keepNews(news: readonly EditNews[], added: readonly EditNews[], now: number): EditNews[] {
  return [...news, ...added].filter((n) => now - n.at < EDIT_WINDOW);
}

/** Equal as stored (answers can be lists). */
export const sameValue = (a: unknown, b: unknown) => a === b || text(a) === text(b);
const text = (v: unknown) => JSON.stringify(v) ?? '';

/** A value that holds nothing: a field cleared, a list emptied, a mark taken off. */
export const cleared = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Which of two values wins when nothing else tells (written in the same millisecond, or put back as many
 * times as an edit is): an order both tabs share, so they settle on the same value. A deletion first: two
 * tabs fight that long only when one set the field back to what the other had typed over (cleared it, on
 * purpose), and the longer value winning brought back what the person had just deleted. Then the longer as
 * stored, then the greater: by text alone, "Analyst" (its closing quote) outranked "Analyst 11", and a stale
 * copy taken as the person typed the space won over what they typed after it.
 */
export function outranks(a: unknown, b: unknown): boolean {
  if (cleared(a) !== cleared(b)) return cleared(a);
  const [x, y] = [text(a), text(b)];
  return x.length === y.length ? x > y : x.length > y.length;
}

/** `pending` with this tab's change of one field noted, and edits older than the window dropped. */
export function noteEdit(
  pending: PendingEdit[],
  change: { record: string; field: string; before: unknown; after: unknown },
  now: number,
): PendingEdit[] {
  const live = pending.filter((e) => now - e.at < EDIT_WINDOW);
  const earlier = live.find((e) => e.record === change.record && e.field === change.field);
  if (sameValue(change.before, change.after)) return live;
  // Every value typed over counts as stale: a write from a copy taken at any keystroke must not win.
  const stale = [...(earlier?.stale ?? []), change.before].filter(
    (v, i, all) => !sameValue(v, change.after) && all.findIndex((w) => sameValue(v, w)) === i,
  );
  return [...live.filter((e) => e !== earlier), { record: change.record, field: change.field, value: change.after, stale, at: now }];
}

/**
 * A tab's write of `patch` on the interview `id`: the new state, built on `state` (the latest this tab
 * has), and the tab's recent edits with these fields noted.
 */
export function editInterview(state: InterviewsState, pending: PendingEdit[], id: string, patch: RecordPatch, now: number) {
  const before = state.interviews.find((r) => r.id === id);
  const changed = before ? Object.keys(patch).filter((field) => !sameValue(readField(before, field), patch[field as RecordField])) : [];
  // Nothing written when nothing changes: a write is how the other tab learns what this one saw.
  if (!changed.length) return { state, pending };
  for (const field of changed) {
    pending = noteEdit(pending, { record: id, field, before: readField(before!, field), after: patch[field as RecordField] }, now);
  }
  return { state: patchRecord(state, id, patch, new Date(now)), pending };
}
