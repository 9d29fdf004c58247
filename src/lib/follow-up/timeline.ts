/**
 * When to thank, follow up and move on after an interview: the one source of these dates and of "what is
 * due now" for the diagnostic, the planner and the CLI.
 *
 * The rules, from the guidance (content brief, sources 002 and 003), made strict so a result never
 * contradicts itself:
 * - a thank-you goes out by the next working day; a late one still beats none, for a few days;
 * - the first follow-up comes a week after the last interview, or on the first weekday after the date
 *   they promised; a promised date still ahead holds every follow-up until it passes;
 * - if no answer, a second and last follow-up a week after the first; after two, nothing more is sent;
 * - a week after the last follow-up, assume they have moved on;
 * - one message at a time: a thank-you not sent by the time a follow-up is due becomes a line in it;
 * - every planned date is a weekday, and the message due now is dated today (or Monday, at a weekend);
 * - before a scheduled interview nothing is due: its plan is dated from the interview, which is the next step.
 */
import { addDays, daysBetween, earlier, later, onWeekday, type IsoDate } from '../core/dates.ts';
import type { TimingAnswers } from '../interviews/timing-answers.ts';

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
  /** The day of the next step: the message due (today, or the first weekday from today), or the next date to wait for. */
  next?: IsoDate;
  /** The plan's dates, each a weekday, in order; a follow-up already sent has none. Empty without an interview date. */
  dates: PlanDates;
  steps: PlanStep[];
  /** A promised date is today or still ahead: nothing is chased before it passes. */
  promisePending: boolean;
}

/** The follow-up plan for an interview as of `today`. */
export function planFollowUps(input: TimingAnswers, today: IsoDate): Timeline {
  const { interviewDate, promisedBy, thankYou, lastFollowUp } = input;
  const followUps = input.followUps ?? 0;
  const promisePending = promisedBy !== undefined && promisedBy >= today;
  if (!interviewDate) {
    // Without the interview date only the count of follow-ups says where things stand, and nothing is dated.
    const situation: Situation = followUps >= 2 ? 'wait-after-last' : followUps === 1 ? 'wait-between' : 'wait-first';
    return { status: 'wait', situation, dates: {}, steps: [], promisePending };
  }

  // A message due now goes out today, or on Monday when today is a weekend day.
  const dueDay = onWeekday(today);
  const thankYouBy = onWeekday(addDays(interviewDate, 1));
  const afterPromise = promisedBy ? onWeekday(addDays(promisedBy, 1)) : undefined;
  const firstPlan = later(afterPromise ?? onWeekday(addDays(interviewDate, FIRST_FOLLOW_UP_AFTER)), thankYouBy);
  // A promised date that has passed still sets a floor: nothing is chased before the day after it.
  const notBeforePromise = (date: IsoDate) => (promisedBy ? later(date, addDays(promisedBy, 1)) : date);

  let dates: PlanDates;
  let situation: Situation;
  if (followUps === 0) {
    const secondFollowUp = onWeekday(addDays(later(firstPlan, dueDay), FOLLOW_UP_GAP));
    dates = { thankYouBy, firstFollowUp: firstPlan, secondFollowUp, moveOn: onWeekday(addDays(secondFollowUp, FOLLOW_UP_GAP)) };
    const thanked = thankYou === 'sent';
    if (firstPlan <= today) situation = thanked ? 'follow-up' : 'follow-up-with-thanks';
    else if (!thanked && daysBetween(interviewDate, today) <= THANK_YOU_LATEST) {
      situation = today <= thankYouBy ? 'thank-you-due' : 'thank-you-late';
    } else situation = promisePending ? 'wait-promised' : 'wait-first';
  } else if (followUps === 1) {
    // Counted from the day the follow-up went out; if unknown, its plan date (or today, if it went early).
    const sent = lastFollowUp ?? earlier(firstPlan, today);
    const secondFollowUp = later(promisePending ? afterPromise! : onWeekday(notBeforePromise(addDays(sent, FOLLOW_UP_GAP))), thankYouBy);
    dates = { thankYouBy, secondFollowUp, moveOn: onWeekday(addDays(later(secondFollowUp, dueDay), FOLLOW_UP_GAP)) };
    situation = secondFollowUp <= today ? 'final-follow-up' : promisePending ? 'wait-promised' : 'wait-between';
  } else {
    const sent = lastFollowUp ?? earlier(onWeekday(addDays(firstPlan, FOLLOW_UP_GAP)), today);
    const moveOn = later(onWeekday(notBeforePromise(addDays(sent, FOLLOW_UP_GAP))), thankYouBy);
    dates = { thankYouBy, moveOn };
    situation = moveOn <= today ? 'move-on' : 'wait-after-last';
  }
  if (interviewDate > today) situation = 'before-interview';

  const status = SITUATIONS[situation];
  const sends = STATUS_SENDS[status];
  const steps = planSteps(input, dates, situation, today);
  const next = situation === 'before-interview' ? interviewDate : sends ? dueDay : steps.find((step) => step.state === 'upcoming')?.date;
  return { status, situation, sends, next, dates, steps, promisePending };
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
