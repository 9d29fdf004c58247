/**
 * The five answers the follow-up rules read: when the interview was, the date they promised, whether a
 * thank-you went out, and how many follow-ups (and when the last). Their one typed home: the timeline,
 * the diagnosis, the email and the planner read them through `readTiming`, never by casting an answer,
 * and `timingProblems` is the one set of date rules for both the quiz and the planner.
 */
import { addDays, FIRST_YEAR, isIsoDate, LAST_YEAR, parseIsoDate, type IsoDate } from '../core/dates.ts';

const THANK_YOU_VALUES = ['sent', 'not-sent'] as const;
export const FOLLOW_UP_VALUES = [0, 1, 2] as const;

/**
 * Each timing answer's id in content/quiz/questions.yaml, with the kind and values it must have there.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const TIMING_QUESTIONS = {
  interviewDate: { kind: 'date' },
  promisedBy: { kind: 'date' },
  thankYou: { kind: 'choice', values: THANK_YOU_VALUES },
  followUps: { kind: 'choice', values: FOLLOW_UP_VALUES },
  lastFollowUp: { kind: 'date' },
} as const;
export type TimingId = keyof typeof TIMING_QUESTIONS;
export const TIMING_IDS = Object.keys(TIMING_QUESTIONS) as TimingId[];

export interface TimingAnswers {
  /** The last interview for this job; the plan counts from it. Required for a diagnosis. */
  interviewDate?: IsoDate;
  /** The date they said they would decide by. */
  promisedBy?: IsoDate;
  thankYou?: (typeof THANK_YOU_VALUES)[number];
  /** Follow-ups sent so far; 2 means two or more. */
  followUps?: (typeof FOLLOW_UP_VALUES)[number];
  lastFollowUp?: IsoDate;
}

/** How far back an interview may be, and how far after it a promised date may fall. */
export const MAX_INTERVIEW_AGE_DAYS = 365;
export const MAX_PROMISE_AFTER_INTERVIEW_DAYS = 365;
/**
 * How far ahead an interview may be scheduled where an upcoming one makes sense (the journal, the planner, an
 * import): a year. The diagnostic is about one that happened, so it asks for a date not after today.
 */
export const MAX_DAYS_AHEAD = 365;

/** Where a date rule is applied: `upcoming` accepts an interview date up to MAX_DAYS_AHEAD after today. */
export interface TimingRules {
  upcoming?: boolean;
}

/** The answers without which there is no plan: the quiz offers no "Not sure" for them. */
const REQUIRED_TIMING: Partial<Record<TimingId, string>> = { interviewDate: 'the date of your last interview' };
export const isRequired = (id: string) => id in REQUIRED_TIMING;

/** The timing answers that are dates. */
const TIMING_DATE_IDS = TIMING_IDS.filter((id) => TIMING_QUESTIONS[id].kind === 'date') as (
  'interviewDate' | 'promisedBy' | 'lastFollowUp'
)[];

/** Whether `id` is one of the answers the follow-up rules read. */
export const isTimingId = (id: string): id is TimingId => id in TIMING_QUESTIONS;

/** The timing answers in `answers`, typed; a value of the wrong kind is left out, as if not given. */
export function readTiming(answers: Readonly<Record<string, unknown>>): TimingAnswers {
  // Only the keys with a value, so the typed answers compare and print like the stored ones; key by key
  // rather than by filtering entries, as the journal reads every interview's timing several times as it opens.
  const timing: TimingAnswers = {};
  const interviewDate = parseIsoDate(answers.interviewDate);
  if (interviewDate) timing.interviewDate = interviewDate;
  const promisedBy = parseIsoDate(answers.promisedBy);
  if (promisedBy) timing.promisedBy = promisedBy;
  const thankYou = THANK_YOU_VALUES.find((v) => v === answers.thankYou);
  if (thankYou) timing.thankYou = thankYou;
  const followUps = FOLLOW_UP_VALUES.find((v) => v === answers.followUps);
  if (followUps !== undefined) timing.followUps = followUps;
  const lastFollowUp = parseIsoDate(answers.lastFollowUp);
  if (lastFollowUp) timing.lastFollowUp = lastFollowUp;
  return timing;
}

export interface FieldProblem {
  field: string;
  problem: string;
}

/**
 * The date rules, for the quiz, the planner and the CLI alike: an interview date is required, not after
 * today (up to a year ahead with `upcoming`) and at most a year back; a promised date falls between the interview and a year after it; the
 * last follow-up falls between the interview and today. Values of the wrong kind are the caller's to report.
 */
export function timingProblems(answers: Readonly<Record<string, unknown>>, today: IsoDate, rules: TimingRules = {}): FieldProblem[] {
  const { interviewDate, promisedBy, lastFollowUp } = readTiming(answers);
  const problems: FieldProblem[] = [];
  // A value that is not a usable date is refused by name, rather than ignored as if not given.
  for (const id of TIMING_DATE_IDS) {
    if (answers[id] !== undefined && !isIsoDate(answers[id])) {
      problems.push({ field: id, problem: `expected a date between ${FIRST_YEAR} and ${LAST_YEAR} as YYYY-MM-DD` });
    }
  }
  for (const [id, what] of Object.entries(REQUIRED_TIMING)) {
    if (answers[id] === undefined) problems.push({ field: id, problem: `required: ${what}` });
  }
  const latest = rules.upcoming ? addDays(today, MAX_DAYS_AHEAD) : today;
  if (interviewDate && interviewDate > latest) {
    problems.push({ field: 'interviewDate', problem: rules.upcoming ? 'more than a year ahead' : `after today (${today})` });
  }
  if (interviewDate && interviewDate < addDays(today, -MAX_INTERVIEW_AGE_DAYS)) {
    problems.push({ field: 'interviewDate', problem: 'more than a year ago: this plan is for a recent interview' });
  }
  if (interviewDate && promisedBy && promisedBy < interviewDate) {
    problems.push({ field: 'promisedBy', problem: `before the interview date (${interviewDate})` });
  }
  if (interviewDate && promisedBy && promisedBy > addDays(interviewDate, MAX_PROMISE_AFTER_INTERVIEW_DAYS)) {
    problems.push({ field: 'promisedBy', problem: 'more than a year after the interview' });
  }
  if (interviewDate && lastFollowUp && lastFollowUp < interviewDate) {
    problems.push({ field: 'lastFollowUp', problem: `before the interview date (${interviewDate})` });
  }
  if (lastFollowUp && lastFollowUp > today) problems.push({ field: 'lastFollowUp', problem: `after today (${today})` });
  return problems;
}

/** The range a date field may take, for the inputs' min and max (so a person cannot pick a refused date). */
export function dateRange(
  id: string,
  answers: Readonly<Record<string, unknown>>,
  today: IsoDate,
  rules: TimingRules = {},
): { min?: IsoDate; max?: IsoDate } {
  // Other date questions have no range of their own.
  if (!(TIMING_DATE_IDS as string[]).includes(id)) return {};
  const { interviewDate } = readTiming(answers);
  if (id === 'interviewDate')
    return { min: addDays(today, -MAX_INTERVIEW_AGE_DAYS), max: rules.upcoming ? addDays(today, MAX_DAYS_AHEAD) : today };
  if (id === 'promisedBy')
    return interviewDate ? { min: interviewDate, max: addDays(interviewDate, MAX_PROMISE_AFTER_INTERVIEW_DAYS) } : {};
  return { min: interviewDate, max: today };
}

/** What content/quiz/questions.yaml must hold for these rules to work; the model check fails the build otherwise. */
export function timingModelProblems(questions: readonly { id: string; kind: string; options?: { value: string | number }[] }[]): string[] {
  return TIMING_IDS.flatMap((id) => {
    const spec = TIMING_QUESTIONS[id];
    const question = questions.find((q) => q.id === id);
    if (!question) return [`questions: ${id} is missing (the follow-up rules read it)`];
    if (question.kind !== spec.kind) return [`question ${id}: kind must be ${spec.kind}, not ${question.kind}`];
    if ('values' in spec) {
      const values = question.options?.map((o) => o.value) ?? [];
      const expected = spec.values as readonly (string | number)[];
      if (values.length !== expected.length || !expected.every((v) => values.includes(v))) {
        return [`question ${id}: options must have the values ${expected.map((v) => JSON.stringify(v)).join(', ')}`];
      }
    }
    return [];
  });
}
