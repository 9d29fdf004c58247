/**
 * Two tabs editing one stored value. Each write stores the whole value as the writing tab knows it, and the
 * browser tells the other tabs a little later, so two tabs typing at once can each write over the other's
 * newest edit with a stale copy. Each tab therefore keeps the fields it changed in the last few seconds, and
 * when another tab's write arrives, puts back those of its edits that the write undid. This file is that
 * rule, over plain data; src/state/interview-sync.ts applies it to the saved interviews.
 */

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
}

/** What another tab's write holds for one record: undefined when the record is gone. */
export type SeenRecord = { field(name: string): unknown; writtenAt: number } | undefined;

/**
 * How long an edit is defended (ms): far longer than a browser takes to tell the other tabs, short enough
 * that a deliberate change made later in another tab is never undone.
 */
export const EDIT_WINDOW = 5000;

/** Equal as stored (answers can be lists). */
export const sameValue = (a: unknown, b: unknown) => a === b || text(a) === text(b);
const text = (v: unknown) => JSON.stringify(v) ?? '';

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
 * What to do with this tab's recent edits when another tab's write arrives: `reapply` the ones it undid
 * (the field holds a value this tab had typed over, or a value written before this tab's edit), keep
 * watching the ones it agrees with, and drop the ones it overrode with a later value of its own (last
 * writer wins, so two tabs never put their values back in turn) or whose record it deleted.
 */
export function heal(
  pending: PendingEdit[],
  seen: (record: string) => SeenRecord,
  now: number,
): { pending: PendingEdit[]; reapply: PendingEdit[] } {
  const kept: PendingEdit[] = [];
  const reapply: PendingEdit[] = [];
  for (const edit of pending) {
    const record = seen(edit.record);
    if (!record || now - edit.at >= EDIT_WINDOW) continue;
    const value = record.field(edit.field);
    if (sameValue(value, edit.value)) {
      kept.push(edit);
      continue;
    }
    const older =
      edit.stale.some((v) => sameValue(v, value)) ||
      record.writtenAt < edit.at ||
      // Written in the same millisecond: both tabs must pick the same winner, so the greater value wins.
      (record.writtenAt === edit.at && text(edit.value) > text(value));
    if (older) {
      kept.push(edit);
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
