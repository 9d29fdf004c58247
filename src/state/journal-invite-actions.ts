/**
 * Adding an interview from a calendar invite: read the chosen file (nothing changes), then, once the person
 * has checked the preview, store what it adds in one write. The rules are src/lib/journal/invite.ts (reading)
 * and invite-merge.ts (what it does to the journal); this runs them on the saved interviews. The journal
 * page loads this module only when a file comes, and ical.js only as the file is read.
 */
import type { IsoDate } from '../lib/core/dates';
import { INTERVIEWS } from '../lib/interviews/interviews';
import { readInvite, sizeProblem, type InviteEvent, type InviteRead } from '../lib/journal/invite';
import { cancelInvite, mergeInvite, type InviteChoice, type InviteMerge } from '../lib/journal/invite-merge';
import { interviews } from './interviews';
import { writeFields, writeState } from './interview-sync';
import { keptInBrowser, notKeptReason } from './persisted';

/** The person's own time zone, as the browser knows it. */
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Reads a chosen or dropped file into the one event it describes, as of `today`; nothing changes. A file too
 * large to be an invite is refused before it is read; a canceled invite that no interview came from is said
 * to change nothing.
 */
export async function readInviteFile(file: Pick<Blob, 'size' | 'arrayBuffer'>, today: IsoDate, zone = localZone()): Promise<InviteRead> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, problem: tooLarge };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problem: "The file can't be opened (it may have been moved or deleted meanwhile). Choose it again." };
  }
  const read = await readInvite(bytes, { today, zone });
  if (read.ok && read.event.canceled) {
    const off = cancelInvite(interviews.get(), read.event, today, new Date());
    if ('problem' in off) return { ok: false, problem: off.problem };
  }
  return read;
}

/**
 * Stores `event` as `choice` says (or, for a canceled invite, takes its meeting off the interview it made), on
 * the latest journal (another tab may have written since the preview), in one write: a new interview whole,
 * or only the fields that change on one already there. Then checks that the browser kept it; if not, the
 * journal is put back and the person told, so "Added" is never said of data that is not kept.
 */
export function saveInvite(
  event: InviteEvent,
  choice: InviteChoice,
  today: IsoDate,
  now = new Date(),
): { ok: true; text: string; id: string } | { ok: false; error: string } {
  const before = interviews.get();
  const merge: InviteMerge = event.canceled ? cancelInvite(before, event, today, now) : mergeInvite(before, event, choice, today, now);
  if ('problem' in merge) return { ok: false, error: merge.problem };
  if (!merge.changed) return { ok: true, text: merge.text, id: merge.id };
  if (merge.added) writeState((state) => ({ ...state, interviews: [...state.interviews, merge.added!] }));
  else writeFields(merge.id, merge.patch!);
  if (!keptInBrowser(INTERVIEWS, interviews.get())) {
    writeState(() => before);
    return { ok: false, error: `Nothing was added: ${notKeptReason()}` };
  }
  return { ok: true, text: merge.text, id: merge.id };
}
