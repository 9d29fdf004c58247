/**
 * The writes to an interview's journal: one action per thing a person does on the journal or after the
 * diagnostic's result. The rules are src/lib/journal/journal.ts; each action runs one on the latest state and
 * writes only the fields it changes (see interview-sync.ts), so a debrief typed in one tab and an event
 * recorded in another both stay. Each returns why nothing changed, or nothing when it was written and read back
 * from the browser's storage (so "Saved." or "Recorded" is never said of a write kept in this tab's memory only).
 */
import {
  addProblem,
  INTERVIEWS,
  interviewLabel,
  newInterview,
  newInterviewId,
  saveRecord,
  type Answers,
  type InterviewRecord,
} from '../lib/interviews/interviews';
import type { IsoDate } from '../lib/core/dates';
import {
  addRoundPatch,
  closeAsGhostedPatch,
  debriefPatch,
  markSentPatch,
  recordEventPatch,
  removeEventPatch,
  removeRoundPatch,
  type DebriefInput,
  type JournalWrite,
  type RoundInput,
} from '../lib/journal/journal';
import { unmarkSentPatch } from '../lib/journal/loop';
import { calendar } from './calendar';
import { JOURNAL_LIMITS, type EventKind, type JournalEvent, type Source } from '../lib/interviews/journal-record';
import { quickAddRecord, type QuickAddInput, type QuickAddProblem } from '../lib/journal/quick-add';
import type { MessageKind } from '../lib/follow-up/timeline';
import { interviews } from './interviews';
import { writeFields, writeState } from './interview-sync';
import { readBack } from './persisted';

export type ActionResult = { problem: string } | undefined;

const GONE = { problem: 'This interview is no longer saved (deleted here or in another tab).' };

/** Runs `write` on the interview `id` as it is now, and stores its fields. */
function run(id: string, write: (record: InterviewRecord) => JournalWrite): ActionResult {
  const record = interviews.get().interviews.find((r) => r.id === id);
  if (!record) return GONE;
  const result = write(record);
  if ('problem' in result) return { problem: result.problem };
  writeFields(id, result.patch);
  return readBack(INTERVIEWS);
}

/** How the interview came about (null: not said). */
export function setSource(id: string, source: Source | null) {
  writeFields(id, { source });
}

/** Records something that happened: a message sent, a reply, an invitation, an outcome. */
export function recordEvent(id: string, event: JournalEvent, today: IsoDate): ActionResult {
  return run(id, (record) => recordEventPatch(record, event, today));
}

export function removeEvent(id: string, kind: EventKind, date: IsoDate): ActionResult {
  return run(id, (record) => removeEventPatch(record, kind, date));
}

/**
 * "Mark as sent" on the diagnostic's next step: records the thank-you or follow-up due today as sent
 * today, and the plan moves on at once. Returns which message it recorded.
 */
export function markFollowUpSent(id: string, today: IsoDate): { sent: MessageKind } | { problem: string } {
  const record = interviews.get().interviews.find((r) => r.id === id);
  if (!record) return GONE;
  // The islands that offer "Mark as sent" show it only once the working calendar is loaded.
  const plan = calendar.get();
  if (!plan) return { problem: 'The plan is still loading: try again in a moment.' };
  const result = markSentPatch(record, today, plan);
  if ('problem' in result) return { problem: result.problem };
  writeFields(id, result.patch);
  return readBack(INTERVIEWS) ?? { sent: result.sent! };
}

/**
 * Undo of "Mark as sent", right after it: removes the event and puts back the answers it moved (`before`,
 * taken just before marking), so the plan steps back too. See unmarkSentPatch.
 */
export function undoMarkSent(id: string, event: Pick<JournalEvent, 'kind' | 'date'>, before: Partial<Answers>): ActionResult {
  return run(id, (record) => unmarkSentPatch(record, event, before));
}

/** "Close as ghosted", once the plan's move-on date has passed, with a short closure note. */
export function closeAsGhosted(id: string, today: IsoDate, note?: string): ActionResult {
  return run(id, (record) => closeAsGhostedPatch(record, today, note));
}

/** Saves debrief fields as typed (autosave): only the fields in `patch` change. */
export function setDebrief(id: string, patch: DebriefInput, today: IsoDate): ActionResult {
  return run(id, (record) => debriefPatch(record, patch, today));
}

export function addRound(id: string, round: RoundInput, today: IsoDate): ActionResult {
  return run(id, (record) => addRoundPatch(record, round, today));
}

export function removeRound(id: string, roundId: string): ActionResult {
  return run(id, (record) => removeRoundPatch(record, roundId));
}

/** The interview's own notes, saved as typed (cut at their limit); an empty text removes them. */
export function setNotes(id: string, notes: string): ActionResult {
  writeFields(id, { notes: notes.slice(0, JOURNAL_LIMITS.notes) });
  return readBack(INTERVIEWS);
}

/**
 * Quick add: a past (or coming) interview from one row of the journal, its ending an event on its date, stored
 * whole in one write. Returns its id and label, or every reason it was not added (then nothing changes; at
 * the count limit that is the only reason given, as fixing the fields would not help).
 */
export function quickAdd(input: QuickAddInput, today: IsoDate): { id: string; label: string } | { problems: QuickAddProblem[] } {
  const limit = addProblem(interviews.get());
  if (limit) return { problems: [{ problem: limit }] };
  const now = new Date();
  const built = quickAddRecord(input, newInterview(newInterviewId(), now), today, now);
  if ('problems' in built) return built;
  writeState((state) => saveRecord(state, built.record, now));
  const notKept = readBack(INTERVIEWS);
  return notKept ? { problems: [notKept] } : { id: built.record.id, label: interviewLabel(built.record, today) };
}
