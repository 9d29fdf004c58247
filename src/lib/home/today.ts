/**
 * "What's next" for a person who comes back: the steps due across every saved interview, in date order, each
 * with what one tap does (copy the email, open the day sheet, write the debrief, practice the cards), and one
 * calendar file of every dated step ahead.
 *
 * Nothing here keeps its own dates: the message due and "time to close it" are the journal's `planState`, the
 * dates ahead are the follow-up plan's (`planFollowUps`, on the answers as of today: `answersToday`), and an
 * interview still ahead is `nextInterview`'s. So the home page, the diagnostic and the journal never disagree.
 */
import { daysBetween, formatDate, plural, type IsoDate } from '../core/dates.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import { readTiming } from '../interviews/timing-answers.ts';
import { calendarEntries, calendarLabel, PLAN_STEP_TEXTS, type CalendarEntry, type DatedStep } from '../follow-up/calendar.ts';
import { arrangerOf, composeEmail, type Email } from '../follow-up/email.ts';
import type { WorkCalendar } from '../follow-up/work-calendar.ts';
import { planFollowUps, type MessageKind, type PlanKey, type PlanStep, type Timeline } from '../follow-up/timeline.ts';
import {
  answersToday,
  comingInterview,
  dueMessage,
  foldEvents,
  nextInterview,
  outcomeOf,
  planState,
  restartPlan,
} from '../journal/journal.ts';
import { cardCandidates, type LoopQuestion, type PracticeState } from '../prep/practice.ts';

/**
 * An interview is listed from this many days ahead: within a week, a weekday's name says which day it is
 * ("Thursday: interview at Brightwell"). Further out it waits in the calendar file.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const INTERVIEW_AHEAD_DAYS = 6;
/**
 * A follow-up is listed from this many days ahead: two weeks, time to see it coming without a crowded list.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const FOLLOW_UP_AHEAD_DAYS = 14;
/**
 * The debrief is offered for this many days after an interview, while it is fresh enough to be worth writing.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const DEBRIEF_WITHIN_DAYS = 7;

/** What one tap on a line does. */
type StepAction =
  /** Copies the ready email: the one due now, or (`ahead`) the draft for a day still to come. */
  | { kind: 'copy-email'; message: MessageKind; email: Email; ahead: boolean }
  | { kind: 'open-day-sheet' }
  | { kind: 'start-cards'; count: number }
  | { kind: 'debrief' }
  | { kind: 'close' };

export interface TodayStep {
  /** The day it is for: today, the next working day for a message due at a weekend, or a day ahead. */
  day: IsoDate;
  /** The line: "Send the thank-you to Quill & Co (due today)", "Thursday: interview at Brightwell". */
  words: string;
  /** What the tap does, in a few words: "Copy the email", "Print the day sheet". */
  hint: string;
  /** The interview it is about; none for the practice cards. */
  interviewId?: string;
  action: StepAction;
}

export interface Today {
  /** The lines to show, in date order. */
  steps: TodayStep[];
  /** The first step further out than the lines reach, for "Nothing due today. Next: …". */
  next?: TodayStep;
}

/** The message a step of the plan sends. */
const MESSAGE_OF: Partial<Record<PlanKey, MessageKind>> = {
  thankYouBy: 'thank-you',
  firstFollowUp: 'follow-up',
  secondFollowUp: 'final-follow-up',
};
const FOLLOW_UP_KEYS: readonly PlanKey[] = ['firstFollowUp', 'secondFollowUp'];

/** "today", "tomorrow", "Thursday" within the week, else "Monday, December 21". */
function dayName(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, date);
  const full = formatDate(date, today);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return days > 1 && days <= INTERVIEW_AHEAD_DAYS ? full.slice(0, full.indexOf(',')) : full;
}
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How a line names the interview: by its company, else its role, else plainly. */
function names(record: InterviewRecord) {
  const company = record.company.trim();
  const role = record.role.trim();
  const interview = role ? `the ${role} interview` : 'your interview';
  return {
    /** "Send the thank-you to Quill & Co" / "… for the Designer interview". */
    to: company ? `to ${company}` : `for ${interview}`,
    /** "Follow up with Acme" / "Follow up on the Designer interview". */
    with: company ? `with ${company}` : `on ${interview}`,
    /** "interview at Brightwell" / "Designer interview". */
    at: company ? `interview at ${company}` : role ? `${role} interview` : 'your interview',
    /** "How did Brightwell go?" / "How did the Designer interview go?". */
    subject: company || interview,
    /** "No reply from Acme" / "No reply on the Designer interview". */
    from: company ? `from ${company}` : `on ${interview}`,
  };
}

function messageWords(kind: MessageKind, record: InterviewRecord, when: string): string {
  const n = names(record);
  if (kind === 'thank-you') return `Send the thank-you ${n.to} ${when}`;
  if (kind === 'follow-up') return `Follow up ${n.with} ${when}`;
  return `Send your last follow-up ${n.to} ${when}`;
}

/** The answers the plan reads as of `today`, with what the journal recorded since. */
const timingOn = (record: InterviewRecord, day: IsoDate) => readTiming(foldEvents(answersToday(record, day), record.events));

/** The ready email for `kind`, as of `day`, filled from the record: the diagnostic's and the journal's draft. */
function emailFor(record: InterviewRecord, kind: MessageKind, day: IsoDate): Email {
  return composeEmail(kind, record, {
    timing: timingOn(record, day),
    today: day,
    arrangedBy: arrangerOf(record.answers.recruiter, record.source),
  });
}

/**
 * Whether the plan will still chase this interview with a follow-up on `day`: not once they have answered
 * (the next move is theirs), as the journal's own planState decides on that day.
 */
function chased(record: InterviewRecord, step: PlanStep, day: IsoDate, calendar: WorkCalendar): boolean {
  const due = dueMessage(record, day, calendar);
  return due !== undefined && due === MESSAGE_OF[step.key];
}

/** The lines one open interview contributes, ahead or not: its horizon is applied by the caller. */
function interviewSteps(record: InterviewRecord, today: IsoDate, calendar: WorkCalendar): TodayStep[] {
  if (outcomeOf(record.events)) return [];
  const n = names(record);
  const interviewId = record.id;
  const steps: TodayStep[] = [];
  const ahead = comingInterview(record, today);
  if (ahead) {
    const when = capitalized(dayName(ahead, today));
    steps.push({ day: ahead, words: `${when}: ${n.at}`, hint: 'Print the day sheet', interviewId, action: { kind: 'open-day-sheet' } });
  }

  const timing = timingOn(record, today);
  const plan = planFollowUps(timing, today, calendar);
  const { due, canClose } = planState(record, today, calendar);
  if (due && plan.next) {
    const by = plan.dates.thankYouBy;
    // A thank-you is due from the interview's day, and may wait until the next working day: say so.
    const when = due === 'thank-you' && by && by > plan.next ? `(by ${dayName(by, today)})` : `(due ${dayName(plan.next, today)})`;
    steps.push({
      day: plan.next,
      words: messageWords(due, record, when),
      hint: 'Copy the email',
      interviewId,
      action: { kind: 'copy-email', message: due, email: emailFor(record, due, today), ahead: false },
    });
  } else if (!ahead) {
    // Nothing to send today: the next message the plan dates, if the plan will still ask for it that day.
    // (With an interview ahead, the plan starts again from it: the interview is the next step.)
    const step = plan.steps.find((s) => s.state === 'upcoming' && s.date && MESSAGE_OF[s.key]);
    const kind = step && MESSAGE_OF[step.key];
    if (step?.date && kind && chased(record, step, step.date, calendar)) {
      steps.push({
        day: step.date,
        words: messageWords(kind, record, `on ${formatDate(step.date, today)}`),
        hint: 'Copy the draft',
        interviewId,
        action: { kind: 'copy-email', message: kind, email: emailFor(record, kind, step.date), ahead: true },
      });
    }
  }

  if (canClose && !ahead) {
    steps.push({
      day: today,
      words: `No reply ${n.from}: time to close it`,
      hint: 'Close it in your journal',
      interviewId,
      action: { kind: 'close' },
    });
  }
  // The last interview held is the plan's, as of today (a round since counts); one still ahead is not held.
  const held = timing.interviewDate;
  if (held && held < today && daysBetween(held, today) <= DEBRIEF_WITHIN_DAYS && Object.keys(record.debrief).length === 0) {
    steps.push({ day: today, words: `How did ${n.subject} go?`, hint: 'Two-minute debrief', interviewId, action: { kind: 'debrief' } });
  }
  return steps;
}

/**
 * How many practice cards are due today, as the practice page counts its deck: the cards practiced whose
 * day has come, and the questions the debriefs call for that have not been practiced yet (new, so due today).
 * @internal Exported for its own tests, which hold it to the practice page's count.
 */
export function cardsDue(practice: PracticeState, records: readonly InterviewRecord[], today: IsoDate): number {
  // Counting needs only which questions there are, not their words: every fumbled question stands for itself
  // (the bank's text stays on the practice page), the person's own with theirs.
  const index = new Map<string, LoopQuestion>(
    practice.expectations.flatMap((e) => e.fumbled).map((id) => [id, { id, text: '', round: [], competencies: [], own: false }]),
  );
  const stored = new Set(practice.cards.map((c) => c.id));
  const fresh = new Set(
    cardCandidates(practice, records, index)
      .map((c) => c.id)
      .filter((id) => !stored.has(id)),
  );
  // practice-cards.ts's dueCards, without loading the scheduler (ts-fsrs) on the home page: due on or before today.
  return practice.cards.filter((c) => c.schedule.due <= today).length + fresh.size;
}

/** Which of the lines come first on one day: the message due, the interview, then what follows from them. */
const RANK: Record<StepAction['kind'], number> = { 'open-day-sheet': 0, 'copy-email': 1, close: 2, debrief: 3, 'start-cards': 4 };

/** Whether a line is near enough to show now. */
function near(step: TodayStep, today: IsoDate): boolean {
  const days = daysBetween(today, step.day);
  if (step.action.kind === 'open-day-sheet') return days <= INTERVIEW_AHEAD_DAYS;
  if (step.action.kind === 'copy-email' && step.action.ahead) return days <= FOLLOW_UP_AHEAD_DAYS;
  return true;
}

/**
 * What is due across every saved interview and the practice cards, as of `today`: the lines in date order
 * (on one day: interviews, messages due, closing, debriefs, then cards), and the first step further out. A
 * closed interview (an outcome recorded) has none.
 */
export function todaySteps(records: readonly InterviewRecord[], practice: PracticeState, today: IsoDate, calendar: WorkCalendar): Today {
  const all = records.flatMap((record) => interviewSteps(record, today, calendar));
  const count = cardsDue(practice, records, today);
  if (count > 0) {
    all.push({
      day: today,
      words: `${plural(count, 'practice card')} due`,
      hint: 'Start practicing',
      action: { kind: 'start-cards', count },
    });
  }
  // A stable sort: lines of one day and rank keep the order of the saved interviews.
  all.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : RANK[a.action.kind] - RANK[b.action.kind]));
  const steps = all.filter((step) => near(step, today));
  const next = all.find((step) => !near(step, today));
  return { steps, ...(next ? { next } : {}) };
}

/** Where a line's tap goes, for the lines that are links; `daySheet` is the day sheet's address (from content). */
export function stepHref(step: TodayStep, daySheet: string): string | undefined {
  const id = step.interviewId && encodeURIComponent(step.interviewId);
  switch (step.action.kind) {
    case 'open-day-sheet':
      return `${daySheet}?interview=${id}`;
    case 'debrief':
    case 'close':
      // The journal opens the interview named in its address.
      return `/journal/#interview-${id}`;
    case 'start-cards':
      return '/practice/#practice-title';
    case 'copy-email':
      return undefined;
  }
}

/** The plan as it will stand: counted from the last interview booked ahead, if any, else from today's answers. */
function planAhead(record: InterviewRecord, today: IsoDate, calendar: WorkCalendar): Timeline {
  const answers = answersToday(record, today);
  let latest: IsoDate | undefined;
  for (let day = nextInterview(record, today); day; day = nextInterview(record, day)) latest = day;
  const base = latest ? restartPlan(answers, latest, record.events) : answers;
  return planFollowUps(readTiming(foldEvents(base, record.events)), today, calendar);
}

const INTERVIEW_TEXT = 'Print the day sheet the night before: what to bring, the questions you expect, your best stories.';

/**
 * Calendar entries for every dated step ahead across the open interviews, in date order: each interview
 * still to come, and each step of its follow-up plan (the plan after the last interview booked, when one
 * is). Their ids are the diagnostic's and the planner's for the same step, so importing the file again, or
 * after one of theirs, updates the entries rather than doubling them.
 */
export function allStepsCalendar(records: readonly InterviewRecord[], today: IsoDate, calendar: WorkCalendar): CalendarEntry[] {
  const entries = records.flatMap((record) => {
    if (outcomeOf(record.events)) return [];
    const interviews: DatedStep[] = [];
    for (let day = comingInterview(record, today); day; day = nextInterview(record, day)) {
      interviews.push({ key: `interview-${day}`, title: 'Interview', description: INTERVIEW_TEXT, date: day });
    }
    const plan = planAhead(record, today, calendar);
    const dated = plan.steps.map((step) => ({
      step,
      date: step.state === 'due' ? plan.next : step.state === 'upcoming' ? step.date : undefined,
    }));
    // Once they have answered, no follow-up is chased and nobody moves on: only a thank-you may remain. The
    // first follow-up ahead says which (the plan asks for it on its day, or not); with none left, the day to move on.
    const firstChase = dated.find(({ step, date }) => date && FOLLOW_UP_KEYS.includes(step.key));
    const moveOn = dated.find(({ step, date }) => date && step.key === 'moveOn')?.date;
    const chasing = firstChase
      ? chased(record, firstChase.step, firstChase.date!, calendar)
      : !moveOn || planState(record, moveOn, calendar).canClose;
    const steps: DatedStep[] = dated
      .filter(({ step }) => chasing || step.key === 'thankYouBy')
      .map(({ step, date }) => ({
        key: step.key,
        title: PLAN_STEP_TEXTS[step.key].name,
        description: PLAN_STEP_TEXTS[step.key].description,
        date,
      }));
    return calendarEntries([...interviews, ...steps], calendarLabel(record), record.id, today);
  });
  return entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
