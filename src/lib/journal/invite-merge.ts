/**
 * What adding a calendar invite does to the journal: one interview per invite, never two. The invite's
 * digest ties it to what it made (the interview's `meeting.uid` and the id of the round it added), so the
 * same invite imported again, or rescheduled, updates that interview and that round. A new invite for an
 * interview already there (the next round with Acme) can be added to it as a round instead. Each function
 * returns the new state (and the fields it changed) without storing anything:
 * src/state/journal-invite-actions.ts stores it once the person confirms.
 */
import { formatDate, type IsoDate } from '../core/dates.ts';
import {
  addProblem,
  DETAIL_MAX,
  interviewLabel,
  newInterview,
  newInterviewId,
  patchRecord,
  type Answers,
  type InterviewRecord,
  type InterviewsState,
  type RecordPatch,
} from '../interviews/interviews.ts';
import { JOURNAL_LIMITS, ROUND_KINDS, ROUND_LABELS, type Meeting, type Round, type RoundKind } from '../interviews/journal-record.ts';
import { addRoundPatch, restartPlan } from './journal.ts';
import { upcomingText } from './view.ts';
import { clockText, type InviteEvent } from './invite.ts';

/** Where an invite goes: a new interview, the interview it came from, or a new round of another. */
export type InviteTarget = { to: 'new' } | { to: 'update'; id: string } | { to: 'round'; id: string };

/** What the person settles in the preview: where it goes, the names, the kind of round. */
export interface InviteChoice {
  target: InviteTarget;
  company: string;
  role: string;
  kind: RoundKind;
}

/** The interview this invite made before: its meeting or one of its rounds carries the invite's digest. */
export function inviteMatch(state: InterviewsState, uid: string): InterviewRecord | undefined {
  return state.interviews.find((r) => r.meeting?.uid === uid || r.rounds.some((round) => round.id === uid));
}

/** A company's name as compared: no case, punctuation or legal form ("Acme, Inc." is "Acme"). */
function companyKey(company: string): string {
  return company
    .toLowerCase()
    .replace(/\b(inc|llc|ltd|limited|corp|corporation|co|company|gmbh|plc|sa|ag|bv)\b\.?/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The latest day an interview has: its interview date or a round's. */
const latestDay = (r: InterviewRecord) =>
  r.rounds.reduce((latest, round) => (round.date > latest ? round.date : latest), String(r.answers.interviewDate ?? ''));

/** How many interviews of the same company "Add as the next round of…" offers. */
const SAME_COMPANY_SHOWN = 3;

/** The interviews with `company`'s name, the latest first: where "Add as the next round of…" can put an invite. */
export function sameCompany(state: InterviewsState, company: string, except?: string): InterviewRecord[] {
  const key = companyKey(company);
  if (!key) return [];
  return state.interviews
    .filter((r) => r.id !== except && companyKey(r.company) === key)
    .sort((a, b) => (latestDay(a) < latestDay(b) ? 1 : latestDay(a) > latestDay(b) ? -1 : 0))
    .slice(0, SAME_COMPANY_SHOWN);
}

const byDate = <T extends { date: IsoDate }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The round after an interview's latest one (a screen, then the hiring manager…); a screen for a first interview. */
function nextKind(record: InterviewRecord): RoundKind {
  const last = [...record.rounds].sort(byDate).at(-1);
  if (!last) return record.answers.interviewDate ? 'hiring-manager' : 'screen';
  return ROUND_KINDS[Math.min(ROUND_KINDS.indexOf(last.kind) + 1, ROUND_KINDS.length - 1)];
}

/**
 * Where the preview starts for `target` (by default: the interview the invite made, or a new one). Names
 * already on an interview are kept, so an unchanged title never overwrites a company or role the person
 * edited; the title's fill only what is empty. The kind is the title's, or the round's as it was, or the
 * one after the interview's latest round.
 */
export function firstChoice(state: InterviewsState, event: InviteEvent, target?: InviteTarget): InviteChoice {
  const match = inviteMatch(state, event.uid);
  const to: InviteTarget = target ?? (match ? { to: 'update', id: match.id } : { to: 'new' });
  const record = to.to === 'new' ? undefined : state.interviews.find((r) => r.id === to.id);
  if (!record) return { target: { to: 'new' }, company: event.company, role: event.role, kind: event.kind ?? 'screen' };
  const round = record.rounds.find((r) => r.id === event.uid);
  return {
    target: to,
    company: record.company || event.company,
    role: record.role || event.role,
    kind: (to.to === 'update' ? round?.kind : undefined) ?? event.kind ?? nextKind(record),
  };
}

/** What an invite's merge gives: the new state and what it changed, or why it can't be made. */
export type InviteMerge =
  | { problem: string }
  | {
      state: InterviewsState;
      /** The interview added or changed. */
      id: string;
      /** A new interview, whole; or, for one already there, the fields that changed (written field by field). */
      added?: InterviewRecord;
      patch?: RecordPatch;
      /** False when the journal already says all the invite says. */
      changed: boolean;
      /** What was done, in words, for the status line. */
      text: string;
    };

/** `choice`'s text for a name, or what the record has when the field was left empty (an empty field deletes nothing). */
const nameOr = (typed: string, kept: string) => typed.trim().slice(0, DETAIL_MAX) || kept;

/** The answer fields of a patch that turn `before` into `after`. */
function answerFields(before: Answers, after: Answers): RecordPatch {
  const patch: RecordPatch = {};
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[id]) !== JSON.stringify(after[id])) patch[`answer:${id}`] = after[id];
  }
  return patch;
}

/**
 * When the event is, as the journal's list says it ("Thursday, December 10 · in 4 days, at 2:30 PM"), and
 * whether it is ahead.
 */
function whenShort(event: Pick<InviteEvent, 'date' | 'time'>, today: IsoDate): { text: string; ahead: boolean } {
  const ahead = event.date >= today;
  const day = ahead ? upcomingText(event.date, today) : formatDate(event.date, today);
  return { text: event.time ? `${day}${ahead ? ',' : ''} at ${clockText(event.time)}` : day, ahead };
}

/**
 * `state` with `event` added as `choice` says, as of `today` and `now`: a new interview, the interview it
 * came from updated (its round moved to the new date and kind, its time and place), or a round added to
 * another. The date is the round's; a date later than the interview's becomes its interview date
 * (restartPlan), ahead of today or not, so the plan and the list follow it. The interviewer is the
 * invite's organizer when none is named yet. Importing the same invite again changes nothing more.
 * Refused, with why: a new interview past the count limit, a round past the rounds limit, an interview no
 * longer saved.
 */
export function mergeInvite(
  state: InterviewsState,
  event: InviteEvent,
  choice: InviteChoice,
  today: IsoDate,
  now: Date,
  newId: () => string = newInterviewId,
): InviteMerge {
  const { target } = choice;
  if (target.to === 'new') {
    const tooMany = addProblem(state);
    if (tooMany) return { problem: tooMany };
  }
  const base = target.to === 'new' ? newInterview(newId(), now) : state.interviews.find((r) => r.id === target.id);
  if (!base) return { problem: 'That interview is no longer saved (deleted here or in another tab). Choose another, or add a new one.' };

  // The round this invite added before moves with it; the interview date it set moves too.
  const own = base.rounds.find((r) => r.id === event.uid);
  let answers = base.answers;
  if (own && answers.interviewDate === own.date && own.date !== event.date) {
    const { interviewDate: _moved, ...rest } = answers;
    answers = restartPlan(rest, event.date, base.events);
  } else answers = restartPlan(answers, event.date, base.events);

  let rounds: Round[];
  if (own) rounds = base.rounds.map((r) => (r.id === own.id ? { ...r, date: event.date, kind: choice.kind } : r)).sort(byDate);
  else {
    const write = addRoundPatch({ ...base, answers }, { date: event.date, kind: choice.kind }, today, event.uid);
    if ('problem' in write) return { problem: `Nothing was added. ${write.problem}` };
    rounds = write.patch.rounds!;
  }

  // The meeting is the next one: an invite for an earlier day than the one it already has leaves it.
  const meeting: Meeting = { uid: event.uid, ...(event.time ? { time: event.time } : {}), ...(event.place ? { place: event.place } : {}) };
  const current = base.meeting && base.meeting.uid !== event.uid ? rounds.find((r) => r.id === base.meeting!.uid) : undefined;
  const keepsMeeting = current !== undefined && current.date > event.date;

  const fields = {
    company: nameOr(choice.company, base.company),
    role: nameOr(choice.role, base.role),
    interviewer: base.interviewer || (event.contact ?? '').slice(0, DETAIL_MAX),
    rounds,
    meeting: keepsMeeting ? base.meeting! : meeting,
  };
  const kind = ROUND_LABELS[choice.kind].toLowerCase();
  const when = whenShort(event, today);
  const is = when.ahead ? 'is' : 'was';

  if (target.to === 'new') {
    const added: InterviewRecord = { ...base, ...fields, answers };
    const label = interviewLabel(added, today);
    return {
      state: { ...state, interviews: [...state.interviews, added] },
      id: added.id,
      added,
      changed: true,
      text: `Added “${label}” to your journal: its ${kind} round ${is} ${when.text}.`,
    };
  }

  // Only what changes, so a field another tab edits meanwhile is not written back as it was here.
  const patch: RecordPatch = answerFields(base.answers, answers);
  for (const [field, value] of Object.entries(fields)) {
    if (JSON.stringify(value) !== JSON.stringify(base[field as keyof typeof fields])) Object.assign(patch, { [field]: value });
  }
  const next = patchRecord(state, base.id, patch, now);
  const after = next.interviews.find((r) => r.id === base.id)!;
  const changed = JSON.stringify({ ...after, updatedAt: '' }) !== JSON.stringify({ ...base, updatedAt: '' });
  const label = interviewLabel(after, today);
  if (!changed) return { state, id: base.id, changed, text: `“${label}” already has this invite as it is: nothing changed.` };
  return {
    state: next,
    id: base.id,
    patch,
    changed,
    text: own ? `Updated “${label}”: its ${kind} round ${is} ${when.text}.` : `Added a ${kind} round to “${label}”: ${when.text}.`,
  };
}

/**
 * `state` with a canceled invite's meeting taken off the interview it made: its round (which will not
 * happen) and its time and place, with the interview date it set put back to the latest round held, and a
 * note saying so. Refused when no interview came from this invite.
 */
export function cancelInvite(state: InterviewsState, event: InviteEvent, today: IsoDate, now: Date): InviteMerge {
  const record = inviteMatch(state, event.uid);
  if (!record) {
    return { problem: 'This invite was canceled, and no interview in your journal came from it: there is nothing to add or change.' };
  }
  const own = record.rounds.find((r) => r.id === event.uid);
  const rounds = record.rounds.filter((r) => r !== own);
  let answers = record.answers;
  if (own && answers.interviewDate === own.date) {
    const { interviewDate: _off, ...rest } = answers;
    const held = rounds
      .filter((r) => r.date <= today)
      .sort(byDate)
      .at(-1);
    answers = held ? restartPlan(rest, held.date, record.events) : rest;
  }
  const line = `Canceled: the meeting of ${formatDate(event.date, today)}.`;
  const notes = record.notes ? `${record.notes} ${line}` : line;
  const patch: RecordPatch = {
    rounds,
    ...answerFields(record.answers, answers),
    ...(record.meeting?.uid === event.uid ? { meeting: null } : {}),
    ...(notes.length <= JOURNAL_LIMITS.notes && !record.notes?.includes(line) ? { notes } : {}),
  };
  const next = patchRecord(state, record.id, patch, now);
  const label = interviewLabel(
    next.interviews.find((r) => r.id === record.id)!,
    today,
  );
  return {
    state: next,
    id: record.id,
    patch,
    changed: true,
    text: `Marked the meeting of ${formatDate(event.date, today)} as canceled: it is off “${label}”.`,
  };
}
