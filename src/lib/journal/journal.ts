/**
 * The journal's rules: what a write to an interview's rounds, events or debrief may store, and how the
 * journal and the diagnostic's answers stay one story. Each write here returns the fields to change (a
 * RecordPatch, written field by field so another tab's edits survive) or why it cannot be made, in words
 * a person can act on; src/state/journal-actions.ts runs them on the store.
 *
 * The diagnostic's plan (follow-up/timeline.ts) reads five answers. The journal keeps them true rather than holding a
 * second copy: an event recorded after the last interview raises `thankYou`, `followUps` and
 * `lastFollowUp` (never lowers them: the person may have said more in the quiz), a later past round moves
 * `interviewDate` and starts the plan again from it, and the debrief's "date they gave" is `promisedBy`.
 * So "Mark as sent" moves the plan on at once, with no change to the engine.
 */
import { shortId } from '../core/short-id.ts';
import type { Answers, AnswerValue, InterviewRecord, RecordPatch } from '../interviews/interviews.ts';
import { addDays, isIsoDate, parseIsoDate, type IsoDate } from '../core/dates.ts';
import {
  DEBRIEF_LISTS,
  eventKey,
  isConfidence,
  isEventKind,
  isRoundKind,
  JOURNAL_LIMITS,
  isOutcome,
  REPLY_KINDS,
  type DebriefKey,
  type EventKind,
  type JournalEvent,
  type Outcome,
  type Round,
  type RoundKind,
} from '../interviews/journal-record.ts';
import { planFollowUps, type MessageKind } from '../follow-up/timeline.ts';
import type { WorkCalendar } from '../follow-up/work-calendar.ts';
import {
  FOLLOW_UP_VALUES,
  MAX_DAYS_AHEAD,
  MAX_INTERVIEW_AGE_DAYS,
  MAX_PROMISE_AFTER_INTERVIEW_DAYS,
  readTiming,
  timingProblems,
} from '../interviews/timing-answers.ts';

/**
 * At most two follow-ups after an interview (content/lessons/following-up.mdx: "More than two follow-ups
 * tends to read as pushy"): the quiz's highest answer, so the rule and the question cannot disagree.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const MAX_FOLLOW_UPS = FOLLOW_UP_VALUES[FOLLOW_UP_VALUES.length - 1];

/** What a write returns: the fields to change, or why nothing can change. */
export type JournalWrite = { patch: RecordPatch } | { problem: string };

const byDate = <T extends { date: IsoDate }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const cut = (text: string, max: number) => text.slice(0, max);

/** The events that belong to the plan: sent on or after the last interview (earlier ones answered an earlier round). */
function sinceInterview(answers: Answers, events: readonly JournalEvent[]): JournalEvent[] {
  const interviewDate = parseIsoDate(answers.interviewDate);
  return events.filter((e) => !interviewDate || e.date >= interviewDate);
}

/** How many follow-ups have gone out since the last interview, by the answers or the events, whichever says more. */
export function followUpsSent(answers: Answers, events: readonly JournalEvent[]): number {
  const recorded = sinceInterview(answers, events).filter((e) => e.kind === 'follow-up-sent').length;
  return Math.min(MAX_FOLLOW_UPS, Math.max(readTiming(answers).followUps ?? 0, recorded));
}

/**
 * `answers` with what `events` say about the messages sent since the last interview: a thank-you makes
 * `thankYou` sent, follow-ups raise `followUps` (up to two) and move `lastFollowUp` to the latest. Never
 * lowers an answer; idempotent; the answers the quiz gave for other questions are untouched.
 */
export function foldEvents(answers: Answers, events: readonly JournalEvent[]): Answers {
  const relevant = sinceInterview(answers, events);
  const timing = readTiming(answers);
  const folded: Answers = { ...answers };
  if (relevant.some((e) => e.kind === 'thank-you-sent')) folded.thankYou = 'sent';
  const followUps = relevant.filter((e) => e.kind === 'follow-up-sent').sort(byDate);
  if (followUps.length) {
    folded.followUps = followUpsSent(answers, events);
    const latest = followUps[followUps.length - 1].date;
    folded.lastFollowUp = timing.lastFollowUp && timing.lastFollowUp > latest ? timing.lastFollowUp : latest;
  }
  return folded;
}

/** The answer fields of a patch that turn `before` into `after` (removed answers as undefined). */
function answerPatch(before: Answers, after: Answers): RecordPatch {
  const patch: RecordPatch = {};
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[id], after[id]];
    if (JSON.stringify(a) !== JSON.stringify(b)) patch[`answer:${id}`] = b as AnswerValue | undefined;
  }
  return patch;
}

/**
 * The outcome so far: the latest offer, rejection, withdrawal or ghosting, unless an invitation to a next
 * round came after it (they came back). Undefined while the interview is still open.
 */
export function outcomeOf(events: readonly JournalEvent[]): Outcome | undefined {
  // The last outcome or invitation by date (the later one recorded on a tie) decides: one pass, no sorted copy,
  // as the journal asks this of every interview as it opens.
  let last: JournalEvent | undefined;
  for (const event of events) {
    if ((event.kind === 'next-round' || isOutcome(event.kind)) && (!last || event.date >= last.date)) last = event;
  }
  return last && isOutcome(last.kind) ? last.kind : undefined;
}

/** What the plan reads of a record: its answers and events, and its rounds when it has them (see answersToday). */
export type PlanRecord = Pick<InterviewRecord, 'answers' | 'events'> & { rounds?: readonly Round[] };

/**
 * The answers as of `today`: a scheduled round whose day has come is the last interview now, even if nothing
 * was written since (the clock moved, not the record), so the plan, the journal and the home page all count
 * from it. The stored answers when no such round is later than their interview date.
 */
export function answersToday(record: PlanRecord, today: IsoDate): Answers {
  return answersAfterRounds(record, record.rounds ?? [], today);
}

/**
 * The next interview still ahead of `today`: an interview date or a round after today, the earliest; undefined
 * when none is scheduled.
 */
export function nextInterview(record: Pick<InterviewRecord, 'answers' | 'rounds'>, today: IsoDate): IsoDate | undefined {
  let next: IsoDate | undefined;
  const answered = parseIsoDate(record.answers.interviewDate);
  for (const date of [answered, ...record.rounds.map((r) => r.date)]) if (date && date > today && (!next || date < next)) next = date;
  return next;
}

/**
 * The interview still to come counting today: on its day an interview is still the one to get ready for (its
 * thank-you is due by the next working day). The one reading of "coming up" for the list, practice, the day
 * sheet and the home page.
 */
export const comingInterview = (record: Pick<InterviewRecord, 'answers' | 'rounds'>, today: IsoDate) =>
  nextInterview(record, addDays(today, -1));

/**
 * Where the plan stands today, after what the journal records: the message it asks for ("Mark as sent"
 * records it) and whether to offer "Close as ghosted" (the move-on date has come, nothing has closed the
 * interview). One reckoning for both, as the journal asks them of every interview when it opens.
 * Follow-ups are for silence: once they have answered, the next move is the reply's, not the plan's.
 */
export function planState(record: PlanRecord, today: IsoDate, calendar: WorkCalendar): { due: MessageKind | undefined; canClose: boolean } {
  const answers = answersToday(record, today);
  const plan = planFollowUps(readTiming(foldEvents(answers, record.events)), today, calendar);
  const answered = heardBack(answers, record.events);
  return {
    due: plan.sends && plan.sends !== 'thank-you' && answered ? undefined : plan.sends,
    canClose: plan.status === 'move-on' && !answered && !outcomeOf(record.events),
  };
}

/**
 * The message the plan asks for today (see planState). Undefined when nothing is due (waiting, moving on,
 * or no interview date).
 */
export const dueMessage = (record: PlanRecord, today: IsoDate, calendar: WorkCalendar) => planState(record, today, calendar).due;

/** Whether a word from them (a reply, an invitation, an offer or a rejection) came since the last interview. */
function heardBack(answers: Answers, events: readonly JournalEvent[]): boolean {
  return sinceInterview(answers, events).some((e) => (REPLY_KINDS as readonly EventKind[]).includes(e.kind));
}

/** The event that sending `kind` records. */
export const SENT_EVENT: Record<MessageKind, EventKind> = {
  'thank-you': 'thank-you-sent',
  'follow-up': 'follow-up-sent',
  'final-follow-up': 'follow-up-sent',
};

/** Whether to offer "Close as ghosted" (see planState). */
export const canCloseAsGhosted = (record: PlanRecord, today: IsoDate, calendar: WorkCalendar) =>
  planState(record, today, calendar).canClose;

/**
 * Records `event` on `record` (an event of the same kind on the same day is updated: its note replaced),
 * keeping the events by date and the plan's answers in step. Refused: a date that is not a date or is
 * after `today` (events are what happened), a third follow-up, more events than a record keeps.
 */
export function recordEventPatch(record: InterviewRecord, event: JournalEvent, today: IsoDate): JournalWrite {
  if (!isEventKind(event.kind)) return { problem: 'That is not something the journal can record.' };
  if (!isIsoDate(event.date)) return { problem: 'Enter the date it happened.' };
  if (event.date > today) return { problem: 'The date is after today: record it once it has happened.' };
  const note = event.note?.trim() ? cut(event.note.trim(), JOURNAL_LIMITS.note) : undefined;
  const entry: JournalEvent = { kind: event.kind, date: event.date, ...(note ? { note } : {}) };
  const key = eventKey(entry);
  const existing = record.events.some((e) => eventKey(e) === key);
  if (!existing && event.kind === 'follow-up-sent' && sinceInterview(record.answers, [entry]).length) {
    if (followUpsSent(record.answers, record.events) >= MAX_FOLLOW_UPS) {
      return {
        problem: `You have sent ${MAX_FOLLOW_UPS} follow-ups since your last interview, the most that helps: more tends to read as pushy. Put your energy into other applications.`,
      };
    }
  }
  if (!existing && record.events.length >= JOURNAL_LIMITS.events) {
    return { problem: `An interview keeps at most ${JOURNAL_LIMITS.events} events. Delete one you no longer need first.` };
  }
  const events = [...record.events.filter((e) => eventKey(e) !== key), entry].sort(byDate);
  return { patch: { events, ...answerPatch(record.answers, foldEvents(record.answers, events)) } };
}

/**
 * Removes the event of `kind` on `date`. The answers it raised stay: they may also be what the person
 * told the quiz, and the quiz is where to lower them.
 */
export function removeEventPatch(record: InterviewRecord, kind: EventKind, date: IsoDate): JournalWrite {
  const key = eventKey({ kind, date });
  if (!record.events.some((e) => eventKey(e) === key)) return { problem: 'That event is no longer there.' };
  return { patch: { events: record.events.filter((e) => eventKey(e) !== key) } };
}

/** "Mark as sent": records the message the plan asks for today as sent today, so the plan moves on. */
export function markSentPatch(record: InterviewRecord, today: IsoDate, calendar: WorkCalendar): JournalWrite & { sent?: MessageKind } {
  const due = dueMessage(record, today, calendar);
  if (!due) return { problem: 'No message is due today.' };
  const write = recordEventPatch(record, { kind: SENT_EVENT[due], date: today }, today);
  return 'patch' in write ? { ...write, sent: due } : write;
}

/** Closes the interview as ghosted today, with an optional short note ("No reply after two follow-ups"). */
export function closeAsGhostedPatch(record: InterviewRecord, today: IsoDate, note?: string): JournalWrite {
  if (outcomeOf(record.events)) return { problem: 'This interview is already closed.' };
  return recordEventPatch(record, { kind: 'ghosted', date: today, ...(note ? { note } : {}) }, today);
}

/** What the debrief's form sends: any of its fields, and the date they gave for the next step. */
export type DebriefInput = Partial<Record<DebriefKey, unknown>> & {
  /** The date they gave: the diagnostic's promised date. null clears it. */
  nextStepDate?: IsoDate | null;
};

/**
 * The debrief fields of `input` made fit to store, as typed (autosave: no trimming mid-word), cut at their
 * limits; an empty text or list removes the field. The next-step date becomes the `promisedBy` answer,
 * checked by the diagnostic's own date rules so the plan can always use it. Refused: a confidence other
 * than a whole number from 1 to 10, a date the plan cannot use.
 */
export function debriefPatch(record: InterviewRecord, input: DebriefInput, today: IsoDate): JournalWrite {
  const patch: RecordPatch = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'nextStepDate') continue;
    if (key === 'confidence') {
      if (value === undefined || value === null) patch['debrief:confidence'] = undefined;
      else if (isConfidence(value)) patch['debrief:confidence'] = value;
      else return { problem: 'Confidence is a whole number from 1 to 10.' };
    } else if ((DEBRIEF_LISTS as readonly string[]).includes(key)) {
      const max = key === 'questions' ? JOURNAL_LIMITS.questions : JOURNAL_LIMITS.concerns;
      const items = (Array.isArray(value) ? value : [])
        .filter((x): x is string => typeof x === 'string' && x.trim() !== '')
        .slice(0, max)
        .map((x) => cut(x, JOURNAL_LIMITS.item));
      patch[`debrief:${key}`] = items.length ? items : undefined;
    } else if (key in EMPTY_TEXTS) {
      const max = key === 'salary' || key === 'nextStep' ? JOURNAL_LIMITS.short : JOURNAL_LIMITS.text;
      patch[`debrief:${key}`] = typeof value === 'string' && value.trim() ? cut(value, max) : undefined;
    } else return { problem: `The debrief has no field “${key}”.` };
  }
  if (input.nextStepDate !== undefined) {
    if (input.nextStepDate === null) patch['answer:promisedBy'] = undefined;
    else {
      const answers = { ...record.answers, promisedBy: input.nextStepDate };
      const problem = timingProblems(answers, today).find((p) => p.field === 'promisedBy');
      if (problem) return { problem: `The date they gave can't be used: ${problem.problem}.` };
      patch['answer:promisedBy'] = input.nextStepDate;
    }
  }
  return { patch };
}
const EMPTY_TEXTS: Record<Exclude<DebriefKey, 'questions' | 'concerns' | 'confidence'>, true> = {
  wentBest: true,
  fumbled: true,
  salary: true,
  nextStep: true,
  study: true,
};

/** A short random id for a round. */
export const newRoundId = shortId;

export interface RoundInput {
  date: IsoDate;
  kind: RoundKind;
  interviewers?: readonly string[];
}

function checkRound(input: RoundInput): Round | string {
  if (!isIsoDate(input.date)) return 'Enter the date of the round.';
  if (!isRoundKind(input.kind)) return 'Choose what kind of round it was.';
  const interviewers = (input.interviewers ?? [])
    .map((name) => name.trim())
    .filter(Boolean)
    .slice(0, JOURNAL_LIMITS.interviewers)
    .map((name) => cut(name, JOURNAL_LIMITS.interviewer));
  return { id: '', date: input.date, kind: input.kind, interviewers };
}

/**
 * The answers once `rounds` are what happened: a round that has taken place (today or before, within the
 * year the plan covers) and is later than the interview date is now the last interview, so the plan starts
 * again from it: its thank-you and follow-ups are the ones sent since (from the events), and a promised
 * date before it no longer holds.
 */
function answersAfterRounds(record: PlanRecord, rounds: readonly Round[], today: IsoDate): Answers {
  const held = rounds.filter((r) => r.date <= today && r.date >= addDays(today, -MAX_INTERVIEW_AGE_DAYS)).map((r) => r.date);
  const last = held.sort().at(-1);
  return last ? restartPlan(record.answers, last, record.events) : record.answers;
}

/**
 * `answers` with `date` as the last interview, when it is later than theirs: the plan starts again from
 * it (the thank-you and follow-ups are the events since; a promised date before it no longer holds), so
 * the answers stay ones the diagnostic accepts. Unchanged when `date` is not later.
 */
export function restartPlan(answers: Answers, date: IsoDate, events: readonly JournalEvent[]): Answers {
  const { interviewDate } = readTiming(answers);
  if (interviewDate && date <= interviewDate) return answers;
  const { thankYou: _t, followUps: _f, lastFollowUp: _l, promisedBy, ...rest } = answers;
  const keepPromise = isIsoDate(promisedBy) && promisedBy >= date && promisedBy <= addDays(date, MAX_PROMISE_AFTER_INTERVIEW_DAYS);
  return foldEvents({ ...rest, interviewDate: date, ...(keepPromise ? { promisedBy } : {}) }, events);
}

function roundsWrite(record: InterviewRecord, rounds: Round[], today: IsoDate): JournalWrite {
  const sorted = [...rounds].sort(byDate);
  return { patch: { rounds: sorted, ...answerPatch(record.answers, answersAfterRounds(record, sorted, today)) } };
}

/** Adds a round (a scheduled one may be ahead); `id` is the new round's (newRoundId by default). */
export function addRoundPatch(record: InterviewRecord, input: RoundInput, today: IsoDate, id = newRoundId()): JournalWrite {
  const round = checkRound(input);
  if (typeof round === 'string') return { problem: round };
  if (round.date > addDays(today, MAX_DAYS_AHEAD))
    return { problem: 'That date is more than a year ahead: add the round once it is booked.' };
  if (record.rounds.length >= JOURNAL_LIMITS.rounds) return { problem: `An interview keeps at most ${JOURNAL_LIMITS.rounds} rounds.` };
  if (record.rounds.some((r) => r.id === id)) return { problem: 'That round is already there.' };
  return roundsWrite(record, [...record.rounds, { ...round, id }], today);
}

/** Removes the round `roundId` (the interview date it may have set stays: the quiz is where to change it). */
export function removeRoundPatch(record: InterviewRecord, roundId: string): JournalWrite {
  if (!record.rounds.some((r) => r.id === roundId)) return { problem: 'That round is no longer there.' };
  return { patch: { rounds: record.rounds.filter((r) => r.id !== roundId) } };
}
