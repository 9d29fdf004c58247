/**
 * The "why no callback?" engine: answers in; the next step (what, when, the ready email, calendar
 * entries), the plan, and the likely reasons (ranked, explained) out. Pure and deterministic: the model
 * (content/quiz/*.yaml), today's date and the free-text details are passed in, and the result carries every
 * text the page shows, so a view only renders it and the CLI prints the same thing.
 *
 * Scoring is transparent on purpose. Each reason starts from its prior (a probability from the model) in
 * log-odds; every answer adds the effects the model gives it; the sum goes back through the logistic
 * function to a score in (0, 1). "Because" lists the answers whose effects raised a reason.
 */
import { calendarEntries, calendarLabel, PLAN_STEP_TEXTS, type CalendarEntry } from '../follow-up/calendar.ts';
import { daysBetween, formatDate, isIsoDate, later, type IsoDate } from '../core/dates.ts';
import { arrangerOf, composeEmail, MESSAGE_NAMES, type Email } from '../follow-up/email.ts';
import { dateWhy, dateWhyTexts } from '../follow-up/date-words.ts';
import { daysPassedOver, seasonLine, seasonOf, type WorkCalendar } from '../follow-up/work-calendar.ts';
import { answerText, dayText, likelihood, sinceText, type Likelihood } from './explain.ts';
import type { Answers, InterviewDetails } from '../interviews/interviews.ts';
import { answerProblems, askedQuestions } from './answers.ts';
import type { QuizModel, TimingSignal } from './quiz-schema.ts';
import { REASONS_LESSON, type ReasonId } from './reasons.ts';
import {
  FIGURES,
  LONG_SILENCE_AFTER,
  planFollowUps,
  PROMISE_MISSED_AFTER,
  type MessageKind,
  type PlanDates,
  type PlanKey,
  type PlanStep,
  type Situation,
  type Status,
  type Timeline,
} from '../follow-up/timeline.ts';
import { readTiming, type FieldProblem, type TimingAnswers } from '../interviews/timing-answers.ts';

export interface Because {
  /** The question whose answer (or the date signal derived from it) raised the reason. */
  id: string;
  text: string;
  /** A lesson that explains what the answer suggests. */
  href?: string;
}

export interface RankedReason {
  id: ReasonId;
  /** Likelihood in [0, 1], relative to the other reasons: not a probability that this is the one. */
  score: number;
  likelihood: Likelihood;
  control: 'yours' | 'theirs';
  title: string;
  explanation: string;
  /** The reason's section of the guide. */
  href: string;
  /** The answers that raised it, in question order. */
  because: Because[];
}

export interface Action {
  when: 'now' | 'next-time';
  text: string;
  /** The reason the action answers, if any. */
  reason?: ReasonId;
  /** The day to do it, if it has one. */
  date?: IsoDate;
  /** The message this action asks the person to send. At most one action sends, and only the status's own. */
  sends?: MessageKind;
}

/** The one next step, as the top of the result shows it. */
export interface NextStep {
  title: string;
  text: string;
  /** Its day: the message due (today, or the first plan day from today: a working day outside the quiet days), or the next date to wait for. */
  date?: IsoDate;
  /** That day in words: "Today, Monday, November 30". */
  when?: string;
  sends?: MessageKind;
  /**
   * Today is not a working day and the message is due on the next one: "Send on Monday, December 7: it is
   * ready below", so a person preparing on a Sunday or a holiday leaves with the email.
   */
  sendOn?: string;
  /** The wait runs through a slow season: "The wait includes the year-end holidays; expect it to be longer." */
  season?: string;
}

/** One line of the plan, with its words. */
export interface PlanRow extends PlanStep {
  name: string;
  text: string;
  /** Why the date is what it is: "7 calendar days after your interview". */
  why?: string;
}

/** The calendar the plan was made in, and the public holidays that moved one of its dates. */
export interface PlanCalendar {
  /** "US", "GB-SCT". */
  country: string;
  /** "United States". */
  name: string;
  holidays: { date: IsoDate; name: string; moved: PlanKey[] }[];
  /** All-day entries, each with a morning reminder, for the steps still ahead. */
  entries: CalendarEntry[];
}

export interface Diagnosis {
  status: Status;
  situation: Situation;
  next: NextStep;
  /** The plan's dates: each a weekday, in order; a follow-up already sent has none. */
  dates: PlanDates;
  plan: PlanRow[];
  reasons: RankedReason[];
  actions: Action[];
  /** The message due, drafted; absent when nothing is to be sent. */
  email?: Email & { kind: MessageKind };
  calendar: PlanCalendar;
  /** Questions asked so far and how many were answered (not "not sure"). */
  asked: number;
  answered: number;
  /** answered / asked, in [0, 1]. */
  confidence: number;
}

/** Thrown for answers the engine cannot use; lists every offending field at once. */
export class InvalidAnswersError extends Error {
  readonly fields: FieldProblem[];
  constructor(fields: FieldProblem[]) {
    super(`Invalid answers: ${fields.map((f) => `${f.field} (${f.problem})`).join('; ')}`);
    this.name = 'InvalidAnswersError';
    this.fields = fields;
  }
}

export interface DiagnoseOptions {
  today: IsoDate;
  model: QuizModel;
  /** Company, role, interviewer and one moment to recall: they fill the email and name the calendar entries. */
  details?: Partial<InterviewDetails>;
  /** Makes the calendar entries' ids stable per interview. */
  interviewId?: string;
  /** The person's working calendar: where they are, for public holidays. */
  calendar: WorkCalendar;
}

/** Reasons are shown to this many decimal places, so the output is stable to read and compare. */
const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The timing signals that hold for these answers today, each with the answer it comes from. */
function timingSignals(timing: TimingAnswers, timeline: Timeline, today: IsoDate): { id: TimingSignal['id']; from: string }[] {
  const { interviewDate, promisedBy } = timing;
  const signals: { id: TimingSignal['id']; from: string }[] = [];
  if (timeline.promisePending) signals.push({ id: 'before-promised-date', from: 'promisedBy' });
  const first = timeline.dates.firstFollowUp;
  if (!timeline.promisePending && (timing.followUps ?? 0) === 0 && first && today < first)
    signals.push({ id: 'early', from: 'interviewDate' });
  if (promisedBy && daysBetween(promisedBy, today) > PROMISE_MISSED_AFTER) signals.push({ id: 'promise-missed', from: 'promisedBy' });
  // While they have promised a date still ahead, a long wait is what they said would happen.
  if (interviewDate && !timeline.promisePending && daysBetween(interviewDate, today) >= LONG_SILENCE_AFTER) {
    signals.push({ id: 'long-silence', from: 'interviewDate' });
  }
  return signals;
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/** The public holidays between a date's aim and the date itself, each with the plan dates it moved. */
function holidaysThatMoved(timeline: Timeline, calendar: WorkCalendar): PlanCalendar['holidays'] {
  const found = new Map<IsoDate, { date: IsoDate; name: string; moved: PlanKey[] }>();
  for (const [key, cause] of Object.entries(timeline.causes) as [PlanKey, NonNullable<Timeline['causes'][PlanKey]>][]) {
    const date = timeline.dates[key];
    if (!date) continue;
    for (const { date: day, off } of daysPassedOver(cause.aimed, date, calendar)) {
      if (off.kind !== 'holiday') continue;
      const entry = found.get(day) ?? { date: day, name: off.name, moved: [] };
      entry.moved.push(key);
      found.set(day, entry);
    }
  }
  return [...found.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Fills {placeholders}: the timeline's figures, and dates by name. */
export function fillText(text: string, values: Readonly<Record<string, string | undefined>>): string {
  const figures: Record<string, number> = FIGURES;
  return text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? (key in figures ? String(figures[key]) : match));
}

function planRowText(step: PlanStep, next: IsoDate | undefined, today: IsoDate): string {
  const date = step.date ? formatDate(step.date, today) : '';
  switch (step.state) {
    case 'done':
      return step.sent ? `Sent ${formatDate(step.sent, today)}` : 'Sent';
    // A date gone by is said as what was planned, never as a fault: what counts is what to do now.
    case 'due':
      return step.date! < today ? `Send it ${dayText(next!, today)} (planned for ${date})` : `Send it ${dayText(next!, today)}`;
    case 'upcoming':
      return step.key === 'secondFollowUp' ? `${date}, if no answer` : step.key === 'moveOn' ? `${date}, if still no answer` : date;
    case 'folded':
      return `Now a line of thanks in your follow-up (planned for ${date})`;
    case 'past':
      return step.key === 'moveOn' ? `Since ${date}` : `No separate note now (planned for ${date})`;
  }
}

/**
 * Diagnoses one interview. Throws InvalidAnswersError, listing every offending field, for answers it
 * cannot use; missing answers only lower `confidence`.
 */
export function diagnose(input: unknown, { today, model, details = {}, interviewId = 'interview', calendar }: DiagnoseOptions): Diagnosis {
  if (!isIsoDate(today)) throw new Error(`today must be a date as YYYY-MM-DD, not ${JSON.stringify(today)}`);
  const problems = answerProblems(input, model, today);
  if (problems.length) throw new InvalidAnswersError(problems);
  const answers = input as Answers;
  const timing = readTiming(answers);
  const timeline = planFollowUps(timing, today, calendar);

  // Log-odds per reason, and which answers pushed each one up.
  const logOdds = new Map(model.reasons.map((r) => [r.id, logit(r.prior)]));
  const raisedBy = new Map(model.reasons.map((r) => [r.id, new Set<string>()]));
  const apply = (effects: Partial<Record<ReasonId, number>>, from: string) => {
    for (const [id, weight] of Object.entries(effects) as [ReasonId, number][]) {
      logOdds.set(id, logOdds.get(id)! + weight);
      if (weight > 0) raisedBy.get(id)!.add(from);
    }
  };
  const guides = new Map<string, string>();
  for (const q of model.questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    for (const option of q.options ?? []) {
      if (Array.isArray(value) ? value.includes(option.value as string) : value === option.value) {
        apply(option.effects, q.id);
        if (option.guide) guides.set(q.id, option.guide);
      }
    }
    for (const band of q.bands ?? []) {
      if (typeof value === 'number' && value >= band.min && value <= (band.max ?? Infinity)) apply(band.effects, q.id);
    }
  }
  for (const signal of timingSignals(timing, timeline, today)) {
    const effects = model.timing.find((t) => t.id === signal.id)?.effects;
    if (effects) apply(effects, signal.from);
  }

  const questionOrder = model.questions.map((q) => q.id);
  const reasons: RankedReason[] = model.reasons
    .map((r) => {
      const score = round(logistic(logOdds.get(r.id)!));
      const because = [...raisedBy.get(r.id)!]
        .sort((a, b) => questionOrder.indexOf(a) - questionOrder.indexOf(b))
        .map((id) => ({ id, text: answerText(model, answers, id, today), ...(guides.has(id) ? { href: guides.get(id) } : {}) }));
      return {
        id: r.id,
        score,
        likelihood: likelihood(score),
        control: r.control,
        title: r.title,
        explanation: r.explanation,
        href: `${REASONS_LESSON}#${r.id}`,
        because,
      };
    })
    // A stable sort: equal scores keep the model's order.
    .sort((a, b) => b.score - a.score);

  const { sends, next, dates } = timeline;
  const formatted = Object.fromEntries(Object.entries(dates).map(([key, date]) => [key, formatDate(date, today)]));
  const words = model.statuses.find((s) => s.id === timeline.situation)!;
  const fill = (text: string) =>
    fillText(text, {
      ...formatted,
      date: next && formatDate(next, today),
      promisedBy: timing.promisedBy && formatDate(timing.promisedBy, today),
      sinceInterview: timing.interviewDate && sinceText(timing.interviewDate, today),
      ...dateWhyTexts(timeline, today),
    });
  // Once the date they gave has passed, the next step says so first: the silence is theirs, and the note may say it.
  const promisePassed =
    timing.promisedBy && timing.promisedBy < today && !['before-interview', 'thank-you-due', 'thank-you-late'].includes(timeline.situation)
      ? `They said they would decide by ${formatDate(timing.promisedBy, today)}. That date has passed: `
      : '';
  const text = fill(words.text);
  const season =
    timing.interviewDate && timing.interviewDate <= today && ['wait', 'follow-up', 'final-follow-up'].includes(timeline.status)
      ? seasonLine(seasonOf(timing.interviewDate, later(next ?? today, today), calendar, today), today)
      : undefined;
  const nextStep: NextStep = {
    title: fill(words.title),
    text: promisePassed ? promisePassed + text.charAt(0).toLowerCase() + text.slice(1) : text,
    ...(next ? { date: next, when: capitalize(dayText(next, today)) } : {}),
    ...(sends ? { sends } : {}),
    ...(sends && next && next > today ? { sendOn: `Send on ${formatDate(next, today)}: it is ready below.` } : {}),
    ...(season ? { season } : {}),
  };

  const actions: Action[] = [{ when: 'now', text: nextStep.text, ...(next ? { date: next } : {}), ...(sends ? { sends } : {}) }];
  // A reason's point goes into the message due; with nothing to send, only what needs no message is said.
  for (const ranked of reasons.filter((r) => r.score >= 0.4).slice(0, 3)) {
    const reason = model.reasons.find((r) => r.id === ranked.id)!;
    const text = sends && reason.inMessage ? reason.inMessage.replaceAll('{message}', MESSAGE_NAMES[sends]) : reason.now;
    if (text) actions.push({ when: 'now', text, reason: ranked.id });
  }
  for (const ranked of reasons.filter((r) => r.control === 'yours' && r.score >= 0.3).slice(0, 4)) {
    actions.push({ when: 'next-time', text: model.reasons.find((r) => r.id === ranked.id)!.nextTime!, reason: ranked.id });
  }

  const plan: PlanRow[] = timeline.steps.map((step) => ({
    ...step,
    name: PLAN_STEP_TEXTS[step.key].name,
    text: planRowText(step, next, today),
    // A date still ahead says why it is that date; one due now is dated today, which needs no reason.
    ...(step.state === 'upcoming' ? optional('why', dateWhy(timeline, step.key, today)) : {}),
  }));
  const stepDate = (step: PlanStep) => (step.state === 'due' ? next : step.state === 'upcoming' ? step.date : undefined);
  const entries = calendarEntries(
    plan.map((step) => ({ key: step.key, title: step.name, description: PLAN_STEP_TEXTS[step.key].description, date: stepDate(step) })),
    calendarLabel(details),
    interviewId,
    today,
  );

  const asked = askedQuestions(model, answers);
  const answered = asked.filter((q) => answers[q.id] !== undefined).length;
  return {
    status: timeline.status,
    situation: timeline.situation,
    next: nextStep,
    dates,
    plan,
    reasons,
    actions,
    ...(sends
      ? { email: { kind: sends, ...composeEmail(sends, details, { timing, today, arrangedBy: arrangerOf(answers.recruiter) }) } }
      : {}),
    calendar: { country: calendar.code, name: calendar.name, holidays: holidaysThatMoved(timeline, calendar), entries },
    asked: asked.length,
    answered,
    confidence: round(asked.length ? answered / asked.length : 0, 2),
  };
}
