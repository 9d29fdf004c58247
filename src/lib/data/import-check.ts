/**
 * Checking imported interviews for sense, not just shape. An export file may come from an older version,
 * a hand edit or another tool, so rather than refuse a whole file for one bad record, this repairs what it
 * safely can and says so: a duplicate or missing id gets a new one, text over its limit is cut, answers
 * the quiz cannot use are left out, records past the count limit are not kept. Only the data page loads it.
 */
import { unusableAnswers } from '../diagnostic/answer-values.ts';
import {
  DETAIL_KEYS,
  DETAIL_MAX,
  interviewLabel,
  isAnswerValue,
  MAX_INTERVIEWS,
  newInterviewId,
  rebuildRecord,
  type Answers,
  type InterviewDetails,
  type InterviewRecord,
  type InterviewsState,
} from '../interviews/interviews.ts';
import { plural } from '../core/dates.ts';
import {
  eventKey,
  isDebriefKey,
  isDebriefValue,
  isJournalEvent,
  isMeeting,
  isRound,
  isSource,
  JOURNAL_LIMITS,
  type Debrief,
  type JournalEvent,
  type Round,
} from '../interviews/journal-record.ts';
import type { QuizModel } from '../diagnostic/quiz-schema.ts';
import { isObject, isText } from '../core/guards.ts';

export interface CheckedValue<T> {
  value: T;
  /** What was changed to make it usable, in plain words, for the import preview. */
  notes: string[];
}

/** Past this many, a note names the first few and counts the rest. */
const NAMED_MAX = 3;
/** A name in a note is cut to this: a record's text can be 200 characters of anything. */
const NAME_MAX = 40;
const nameOf = (record: InterviewRecord) => {
  const label = interviewLabel(record);
  return label.length > NAME_MAX ? `${label.slice(0, NAME_MAX - 1)}…` : label;
};

const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

/**
 * The journal's fields of an imported item, keeping every round, event and debrief field that fits and
 * leaving out the rest (returned as `left`, counted for the note): one bad event never costs the journal.
 */
function repairJournal(item: Record<string, unknown>): {
  fields: Pick<InterviewRecord, 'source' | 'rounds' | 'events' | 'debrief'>;
  left: number;
} {
  let left = 0;
  const keep = <T>(list: unknown, ok: (x: unknown) => x is T, key: (x: T) => string, max: number): T[] => {
    const kept: T[] = [];
    const seen = new Set<string>();
    for (const x of Array.isArray(list) ? list : []) {
      if (ok(x) && !seen.has(key(x)) && kept.length < max) {
        kept.push(x);
        seen.add(key(x));
      } else left++;
    }
    return kept;
  };
  const rounds = keep<Round>(item.rounds, isRound, (r) => r.id, JOURNAL_LIMITS.rounds);
  const events = keep<JournalEvent>(item.events, isJournalEvent, eventKey, JOURNAL_LIMITS.events);
  const debrief: [string, unknown][] = [];
  for (const [key, value] of Object.entries(isObject(item.debrief) ? item.debrief : {})) {
    if (isDebriefKey(key) && isDebriefValue(key, value)) debrief.push([key, value]);
    else left++;
  }
  if (item.source !== undefined && item.source !== null && !isSource(item.source)) left++;
  const source = isSource(item.source) ? item.source : null;
  return { fields: { source, rounds, events, debrief: Object.fromEntries(debrief) as Debrief }, left };
}

function listed(names: string[]): string {
  const shown = names.slice(0, NAMED_MAX).join('; ');
  return names.length > NAMED_MAX ? `${shown}; and ${names.length - NAMED_MAX} more` : shown;
}

/**
 * The interviews in `data` (an export's `interviews` store, migrated to the current version) made fit to
 * store, with a note for each kind of change. Undefined when `data` is not a list of interviews at all.
 * `model`, when given, is the quiz the answers are checked against.
 */
export function checkInterviews(
  data: unknown,
  { model, now = new Date(), makeId = newInterviewId }: { model?: Pick<QuizModel, 'questions'>; now?: Date; makeId?: () => string } = {},
): CheckedValue<InterviewsState> | undefined {
  if (!isObject(data) || !Array.isArray(data.interviews)) return undefined;
  const stamp = now.toISOString();
  const records: InterviewRecord[] = [];
  const ids = new Set<string>();
  let notRecords = 0;
  let renamed = 0;
  const cut: string[] = [];
  const dropped: string[] = [];
  const journalLeft: string[] = [];

  for (const item of data.interviews as unknown[]) {
    if (!isObject(item)) {
      notRecords++;
      continue;
    }
    const details = Object.fromEntries(DETAIL_KEYS.map((k) => [k, text(item[k], DETAIL_MAX)])) as unknown as InterviewDetails;
    let id = typeof item.id === 'string' && item.id.length > 0 && item.id.length <= 64 ? item.id : '';
    if (!id || ids.has(id)) {
      renamed++;
      do id = makeId();
      while (ids.has(id));
    }
    ids.add(id);
    const answers: [string, Answers[string]][] = [];
    const bad: string[] = [];
    if (isObject(item.answers)) {
      const unusable = new Map(model ? unusableAnswers(item.answers, model).map((p) => [p.field, p.problem]) : []);
      for (const [question, value] of Object.entries(item.answers)) {
        if (!isAnswerValue(value)) bad.push(question);
        else if (unusable.has(question)) bad.push(`${question} (${unusable.get(question)})`);
        else answers.push([question, typeof value === 'number' ? value + 0 : value]);
      }
    }
    const journal = repairJournal(item);
    // Notes and the invite's meeting are carried as a stored record holds them; a value that fails its check is left out.
    const notes = isText(item.notes, JOURNAL_LIMITS.notes) && item.notes ? { notes: item.notes } : {};
    const meeting = isMeeting(item.meeting) ? { meeting: item.meeting } : {};
    if ((item.notes !== undefined && !notes.notes) || (item.meeting !== undefined && !meeting.meeting)) journal.left++;
    const record: InterviewRecord = rebuildRecord({
      id,
      ...details,
      // As own data keys (an answer id "__proto__" stays a key): never assigned one by one.
      answers: Object.fromEntries(answers),
      // `+ 0` turns -0 into 0 (here and for answers): JSON writes -0 as 0, so the stored copy would
      // differ from the checked one.
      step: Number.isInteger(item.step) && (item.step as number) >= 0 ? (item.step as number) + 0 : 0,
      finished: item.finished === true,
      ...journal.fields,
      ...notes,
      ...meeting,
      createdAt: text(item.createdAt, 40) || stamp,
      updatedAt: text(item.updatedAt, 40) || stamp,
    });
    if (DETAIL_KEYS.some((k) => typeof item[k] === 'string' && (item[k] as string).length > DETAIL_MAX)) cut.push(nameOf(record));
    if (bad.length) dropped.push(`${nameOf(record)}: ${bad.join(', ')}`);
    if (journal.left) journalLeft.push(`${nameOf(record)} (${journal.left})`);
    records.push(record);
  }

  const notes: string[] = [];
  if (notRecords) notes.push(`${plural(notRecords, 'item')} that ${notRecords === 1 ? 'is' : 'are'} not an interview will be left out.`);
  if (renamed) notes.push(`${plural(renamed, 'interview')} without an id of ${renamed === 1 ? 'its' : 'their'} own will get a new one.`);
  if (cut.length) notes.push(`Text longer than ${DETAIL_MAX} characters will be cut in ${listed(cut)}.`);
  if (dropped.length) notes.push(`Answers the questions can't use will be left out: ${listed(dropped)}.`);
  if (journalLeft.length) notes.push(`Journal entries that can't be used will be left out: ${listed(journalLeft)}.`);
  if (records.length > MAX_INTERVIEWS) {
    notes.push(
      `Only the first ${MAX_INTERVIEWS} of the file's ${records.length} interviews will be kept: that is the most this browser keeps.`,
    );
    records.length = MAX_INTERVIEWS;
  }
  const currentId = typeof data.currentId === 'string' && records.some((r) => r.id === data.currentId) ? data.currentId : null;
  return { value: { interviews: records, currentId }, notes };
}
