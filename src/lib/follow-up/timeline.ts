/**
 * When to thank, follow up and move on after an interview: the one source of these dates and of "what is
 * due now" for the diagnostic, the planner and the CLI.
 *
 * The rules, from the guidance (content brief, sources 002 and 003), made strict so a result never
 * contradicts itself:
 * - a thank-you goes out by the next working day; a late one still beats none, for a few days;
 * - the first follow-up comes a week after the last interview, or on the first working day after the date
 *   they promised; a promised date still ahead holds every follow-up until it passes;
 * - if no answer, a second and last follow-up a week after the first; after two, nothing more is sent;
 * - a week after the last follow-up, assume they have moved on;
 * - one message at a time: a thank-you not sent by the time a follow-up is due becomes a line in it;
 * - every planned date is a working day where the person is (no weekend, no public holiday: work-calendar.ts)
 *   outside the year's quiet days, December 24 to January 1; a date that would fall on one moves to the next;
 * - the message due now is dated today, or the next working day when today is not one; on a day off, a
 *   message planned for that next working day is due now too, so a person preparing on a Sunday leaves with it;
 * - before a scheduled interview nothing is due: its plan is dated from the interview, which is the next step.
 * Each date carries its cause (`DateCause`): what it counts from and how far, so the words can say why.
 */
import { addDays, daysBetween, earlier, later, type IsoDate } from '../core/dates.ts';
import type { TimingAnswers } from '../interviews/timing-answers.ts';
import { nextPlanDay, type WorkCalendar } from './work-calendar.ts';

/** @internal The tests state the rule by this name rather than copying its value. */
export const STATUSES = ['send-thank-you', 'wait', 'follow-up', 'final-follow-up', 'move-on'] as const;
export type Status = (typeof STATUSES)[number];

/** The messages the plan can ask a person to send, one at a time. */
export const MESSAGE_KINDS = ['thank-you', 'follow-up', 'final-follow-up'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The first follow-up comes this many days after the interview (the start of the 1-to-2-week window). */
const FIRST_FOLLOW_UP_AFTER = 7;
/** Between the first and the second (last) follow-up, and between the last one and moving on. */
const FOLLOW_UP_GAP = 7;
/**
 * A separate thank-you still makes sense up to this many days after the interview; later, it goes into the follow-up.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const THANK_YOU_LATEST = 5;
/** Days past the promised date after which the silence counts as a missed promise. */
export const PROMISE_MISSED_AFTER = 3;
/** Days since the interview after which the silence counts as long. */
export const LONG_SILENCE_AFTER = 28;

/** The figures the content may quote, by name: `{longSilenceDays}` in YAML prose reads the constant. */
export const FIGURES = {
  firstFollowUpDays: FIRST_FOLLOW_UP_AFTER,
  followUpGapDays: FOLLOW_UP_GAP,
  thankYouLatestDays: THANK_YOU_LATEST,
  promiseMissedDays: PROMISE_MISSED_AFTER,
  longSilenceDays: LONG_SILENCE_AFTER,
} as const;

/**
 * Where things stand, finer than the status: each has its own words in content/quiz/statuses.yaml.
 * The status is what the person does; the situation is why, and what comes next.
 */
const SITUATIONS = {
  'thank-you-due': 'send-thank-you',
  'thank-you-late': 'send-thank-you',
  'wait-promised': 'wait',
  'wait-first': 'wait',
  'wait-between': 'wait',
  'wait-after-last': 'wait',
  'follow-up': 'follow-up',
  'follow-up-with-thanks': 'follow-up',
  'final-follow-up': 'final-follow-up',
  'move-on': 'move-on',
  // Scheduled, not yet held: nothing to send; the plan's dates are what will follow it.
  'before-interview': 'wait',
} as const satisfies Record<string, Status>;
export type Situation = keyof typeof SITUATIONS;
export const SITUATION_IDS = Object.keys(SITUATIONS) as Situation[];

/**
 * What each status sends, if anything: one message at most.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const STATUS_SENDS: Record<Status, MessageKind | undefined> = {
  'send-thank-you': 'thank-you',
  wait: undefined,
  'follow-up': 'follow-up',
  'final-follow-up': 'final-follow-up',
  'move-on': undefined,
};

export const PLAN_KEYS = ['thankYouBy', 'firstFollowUp', 'secondFollowUp', 'moveOn'] as const;
export type PlanKey = (typeof PLAN_KEYS)[number];
export type PlanDates = Partial<Record<PlanKey, IsoDate>>;

/**
 * One step of the plan as of today:
 * - done: the person did it (sent is the day, when they said);
 * - due: to do now, on `Timeline.due`; its plan date may be past;
 * - upcoming: on its date, still ahead;
 * - folded: a thank-you that now goes into the follow-up as a line of thanks;
 * - past: a date that has gone by and needs nothing more (moving on, once it is time).
 */
export interface PlanStep {
  key: PlanKey;
  state: 'done' | 'due' | 'upcoming' | 'folded' | 'past';
  /** The plan's date: absent for a follow-up already sent. */
  date?: IsoDate;
  /** When a sent follow-up went out, if the person said. */
  sent?: IsoDate;
}

export interface Timeline {
  status: Status;
  situation: Situation;
  /** The message due now, if any; it matches the status. */
  sends?: MessageKind;
  /** The day of the next step: the message due (today, or the first plan day from today: a working day outside the quiet days), or the next date to wait for. */
  next?: IsoDate;
  /** The plan's dates, each a weekday, in order; a follow-up already sent has none. Empty without an interview date. */
  dates: PlanDates;
  steps: PlanStep[];
  /** A promised date is today or still ahead: nothing is chased before it passes. */
  promisePending: boolean;
  /** Why each date is what it is, by plan key. */
  causes: Partial<Record<PlanKey, DateCause>>;
  /** The calendar the dates were planned in. */
  calendar: WorkCalendar;
}

/**
 * What a plan date counts from: `aimed` is the day the rule gives (`days` calendar days after `anchor`), and
 * the date itself is the first day a plan may use from there.
 * - interview: the interview's day; promise: the date they said they would decide by;
 * - thank-you: the day the thank-you note is due by (when the quiet days pushed it late);
 * - first-follow-up / last-follow-up: the day that follow-up went out (or goes out);
 * - today: counted from the day the message due now goes out.
 */
export interface DateCause {
  from: 'interview' | 'promise' | 'thank-you' | 'first-follow-up' | 'last-follow-up';
  anchor: IsoDate;
  aimed: IsoDate;
}

/** The follow-up plan for an interview as of `today`, in the person's working calendar. */
export function planFollowUps(input: TimingAnswers, today: IsoDate, calendar: WorkCalendar): Timeline {
  const { interviewDate, promisedBy, thankYou, lastFollowUp } = input;
  const followUps = input.followUps ?? 0;
  const promisePending = promisedBy !== undefined && promisedBy >= today;
  if (!interviewDate) {
    // Without the interview date only the count of follow-ups says where things stand, and nothing is dated.
    const situation: Situation = followUps >= 2 ? 'wait-after-last' : followUps === 1 ? 'wait-between' : 'wait-first';
    return { status: 'wait', situation, dates: {}, steps: [], promisePending, causes: {}, calendar };
  }

  const causes: Partial<Record<PlanKey, DateCause>> = {};
  /** The first day a plan may use from `days` after `anchor`, with its cause kept for the words. */
  const plan = (key: PlanKey, from: DateCause['from'], anchor: IsoDate, days: number): IsoDate => {
    const aimed = addDays(anchor, days);
    causes[key] = { from, anchor, aimed };
    return nextPlanDay(aimed, calendar);
  };
  // A message due now goes out today, or on the next working day when today is not one. On such a day off,
  // whatever is planned up to that day is due now: its email is ready, dated for that day.
  const dueDay = nextPlanDay(today, calendar);
  const thankYouBy = plan('thankYouBy', 'interview', interviewDate, 1);
  // A week after the interview, or the first working day after the date they said they would decide by.
  let firstPlan = promisedBy
    ? plan('firstFollowUp', 'promise', promisedBy, 1)
    : plan('firstFollowUp', 'interview', interviewDate, FIRST_FOLLOW_UP_AFTER);
  // Never before the thank-you's day: a date they gave can come before it (then it is that day), and the year-end
  // quiet days can push the thank-you as late as the week's follow-up (then the follow-up waits a week more).
  if (promisedBy && firstPlan < thankYouBy) firstPlan = plan('firstFollowUp', 'promise', promisedBy, daysBetween(promisedBy, thankYouBy));
  if (!promisedBy && firstPlan <= thankYouBy) firstPlan = plan('firstFollowUp', 'thank-you', thankYouBy, FOLLOW_UP_GAP);
  // A promised date that has passed still sets a floor: nothing is chased before the day after it.
  const beforePromise = (date: IsoDate) => promisedBy !== undefined && date <= promisedBy;

  let dates: PlanDates;
  let situation: Situation;
  if (followUps === 0) {
    // Counted from the day the first follow-up goes out: its plan date, or the day it is sent when it is due now.
    const firstSent = later(firstPlan, dueDay);
    const secondFollowUp = plan('secondFollowUp', 'first-follow-up', firstSent, FOLLOW_UP_GAP);
    const moveOn = plan('moveOn', 'last-follow-up', secondFollowUp, FOLLOW_UP_GAP);
    dates = { thankYouBy, firstFollowUp: firstPlan, secondFollowUp, moveOn };
    const thanked = thankYou === 'sent';
    // A separate thank-you still makes sense for a few days, and always until its own date.
    const thankYouLast = later(thankYouBy, addDays(interviewDate, THANK_YOU_LATEST));
    // On a day off, a follow-up planned for the next working day is due now, unless their date still holds it.
    if (firstPlan <= (promisePending ? today : dueDay)) situation = thanked ? 'follow-up' : 'follow-up-with-thanks';
    else if (!thanked && today <= thankYouLast) situation = dueDay <= thankYouBy ? 'thank-you-due' : 'thank-you-late';
    else situation = promisePending ? 'wait-promised' : 'wait-first';
  } else if (followUps === 1) {
    // Counted from the day the follow-up went out; if unknown, its plan date (or today, if it went early).
    const sent = lastFollowUp ?? earlier(firstPlan, today);
    let secondFollowUp =
      promisePending || beforePromise(addDays(sent, FOLLOW_UP_GAP))
        ? plan('secondFollowUp', 'promise', promisedBy!, 1)
        : plan('secondFollowUp', 'first-follow-up', sent, FOLLOW_UP_GAP);
    if (secondFollowUp < thankYouBy) secondFollowUp = thankYouBy;
    const moveOn = plan('moveOn', 'last-follow-up', later(secondFollowUp, dueDay), FOLLOW_UP_GAP);
    dates = { thankYouBy, secondFollowUp, moveOn };
    situation = secondFollowUp <= (promisePending ? today : dueDay) ? 'final-follow-up' : promisePending ? 'wait-promised' : 'wait-between';
  } else {
    const sent = lastFollowUp ?? earlier(nextPlanDay(addDays(firstPlan, FOLLOW_UP_GAP), calendar), today);
    let moveOn = beforePromise(addDays(sent, FOLLOW_UP_GAP))
      ? plan('moveOn', 'promise', promisedBy!, 1)
      : plan('moveOn', 'last-follow-up', sent, FOLLOW_UP_GAP);
    if (moveOn < thankYouBy) moveOn = thankYouBy;
    dates = { thankYouBy, moveOn };
    situation = moveOn <= today ? 'move-on' : 'wait-after-last';
  }
  if (interviewDate > today) situation = 'before-interview';

  const status = SITUATIONS[situation];
  const sends = STATUS_SENDS[status];
  const steps = planSteps(input, dates, situation, today);
  const next = situation === 'before-interview' ? interviewDate : sends ? dueDay : steps.find((step) => step.state === 'upcoming')?.date;
  return { status, situation, sends, next, dates, steps, promisePending, causes, calendar };
}

function planSteps(input: TimingAnswers, dates: PlanDates, situation: Situation, today: IsoDate): PlanStep[] {
  const followUps = input.followUps ?? 0;
  const dueKey: PlanKey | undefined = {
    'send-thank-you': 'thankYouBy' as const,
    'follow-up': 'firstFollowUp' as const,
    'final-follow-up': 'secondFollowUp' as const,
    wait: undefined,
    'move-on': undefined,
  }[SITUATIONS[situation]];
  const sentCount = { firstFollowUp: 1, secondFollowUp: 2 } as const;
  return PLAN_KEYS.flatMap((key): PlanStep[] => {
    const date = dates[key];
    if (key === 'thankYouBy') {
      if (input.thankYou === 'sent') return [{ key, state: 'done', date }];
      return [{ key, state: key === dueKey ? 'due' : date! > today ? 'upcoming' : followUps === 0 ? 'folded' : 'past', date }];
    }
    if (key !== 'moveOn' && followUps >= sentCount[key]) {
      const isLast = followUps === sentCount[key];
      return [{ key, state: 'done', ...(isLast && input.lastFollowUp ? { sent: input.lastFollowUp } : {}) }];
    }
    if (!date) return [];
    if (key === dueKey) return [{ key, state: 'due', date }];
    return [{ key, state: date > today ? 'upcoming' : 'past', date }];
  });
}
