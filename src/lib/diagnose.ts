/**
 * The "why no callback?" engine: answers in, likely reasons (ranked, explained), a status and dated next
 * steps out. Pure and deterministic: the model (content/quiz/*.yaml) and today's date are passed in.
 *
 * Scoring is transparent on purpose. Each reason starts from its prior (a probability from the model) in
 * log-odds; every answer adds the effects the model gives it; the sum goes back through the logistic
 * function to a score in (0, 1). "Because" lists the answers whose effects raised a reason.
 */
import { daysBetween, formatDate, isIsoDate, type IsoDate } from './dates.ts';
import type { Question, QuizModel, TimingSignal } from './quiz-model.ts';
import type { ReasonId } from './reasons.ts';
import { planFollowUps, type Status, type Timeline, type TimelineInput } from './timeline.ts';

export type AnswerValue = string | number | string[];
/** Answers by question id; a question answered "not sure" is simply absent. */
export type Answers = Record<string, AnswerValue>;

export interface RankedReason {
  id: ReasonId;
  /** Likelihood in [0, 1], relative to the other reasons: not a probability that this is the one. */
  score: number;
  control: 'yours' | 'theirs';
  /** Ids of the answers that raised it, in question order. */
  because: string[];
}

export interface Action {
  when: 'now' | 'next-time';
  text: string;
  /** The reason the action answers, if any. */
  reason?: ReasonId;
  /** The day to do it, if it has one. */
  date?: IsoDate;
}

export interface Diagnosis {
  status: Status;
  dates: Timeline['dates'];
  reasons: RankedReason[];
  actions: Action[];
  /** Share of the questions asked that were answered (not "not sure"), in [0, 1]. */
  confidence: number;
}

export interface FieldProblem {
  field: string;
  problem: string;
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

/** Reasons are shown to this many decimal places, so the output is stable to read and compare. */
const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Whether `question` is asked, given the other answers (its showIf condition). */
export function isAsked(question: Question, answers: Answers): boolean {
  if (!question.showIf) return true;
  const value = answers[question.showIf.question];
  return value !== undefined && !Array.isArray(value) && question.showIf.in.includes(value);
}

/** The questions asked for these answers, in order. */
export function askedQuestions(model: QuizModel, answers: Answers): Question[] {
  return model.questions.filter((q) => isAsked(q, answers));
}

/** `answers` without answers to questions that are no longer asked (after an earlier answer changed). */
export function pruneAnswers(model: QuizModel, answers: Answers): Answers {
  const asked = new Set(askedQuestions(model, answers).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => asked.has(id)));
}

function valueProblem(q: Question, value: unknown, today: IsoDate): string | undefined {
  const allowed = () => q.options!.map((o) => JSON.stringify(o.value)).join(', ');
  switch (q.kind) {
    case 'date':
      if (!isIsoDate(value)) return 'expected a date as YYYY-MM-DD';
      if (q.notFuture && value > today) return `after today, ${today}`;
      return undefined;
    case 'choice':
      return q.options!.some((o) => o.value === value) ? undefined : `expected one of ${allowed()}`;
    case 'multi':
      if (!Array.isArray(value)) return `expected a list of ${allowed()}`;
      if (value.some((v) => !q.options!.some((o) => o.value === v))) return `expected only ${allowed()}`;
      if (new Set(value).size !== value.length) return 'lists a value twice';
      return undefined;
    case 'number':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'expected a whole number';
      if (q.min !== undefined && value < q.min) return `expected at least ${q.min}`;
      if (q.max !== undefined && value > q.max) return `expected at most ${q.max}`;
      return undefined;
  }
}

/**
 * Every problem with `input` as answers: not an object, unknown ids, wrong types or values, dates in the
 * future, dates out of order, answers to questions that are not asked. Empty when the answers are usable.
 */
export function answerProblems(input: unknown, model: QuizModel, today: IsoDate): FieldProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ field: 'answers', problem: 'expected an object of answers by question id' }];
  }
  const answers = input as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(answers)) {
    const question = model.questions.find((q) => q.id === field);
    if (!question) problems.push({ field, problem: 'unknown question' });
    else if (value === undefined) continue;
    else {
      const problem = valueProblem(question, value, today);
      if (problem) problems.push({ field, problem });
      else if (!isAsked(question, answers as Answers)) {
        problems.push({ field, problem: `only asked when ${question.showIf!.question} is ${question.showIf!.in.join(' or ')}` });
      }
    }
  }
  const date = (id: string) => (isIsoDate(answers[id]) ? (answers[id] as IsoDate) : undefined);
  const interview = date('interviewDate');
  for (const field of ['promisedBy', 'lastFollowUp']) {
    const value = date(field);
    if (interview && value && value < interview && !problems.some((p) => p.field === field)) {
      problems.push({ field, problem: `before the interview date (${interview})` });
    }
  }
  return problems;
}

/** The timing signals that hold for these answers today, each with the answer it comes from. */
function timingSignals(answers: Answers, timeline: Timeline, today: IsoDate): { id: TimingSignal['id']; from: string }[] {
  const interview = answers.interviewDate as IsoDate | undefined;
  const promised = answers.promisedBy as IsoDate | undefined;
  const signals: { id: TimingSignal['id']; from: string }[] = [];
  const beforePromised = promised !== undefined && today <= promised;
  if (beforePromised) signals.push({ id: 'before-promised-date', from: 'promisedBy' });
  const first = timeline.dates.firstFollowUp;
  if (!beforePromised && first && today < first) signals.push({ id: 'early', from: 'interviewDate' });
  if (promised && daysBetween(promised, today) > 3) signals.push({ id: 'promise-missed', from: 'promisedBy' });
  if (interview && daysBetween(interview, today) >= 28) signals.push({ id: 'long-silence', from: 'interviewDate' });
  return signals;
}

function fillDates(text: string, dates: Timeline['dates'], today: IsoDate): string {
  return text.replace(/\{(\w+)\}/g, (match, key: keyof Timeline['dates']) => {
    const date = dates[key];
    return date ? formatDate(date, today) : match;
  });
}

/** The day the status's step belongs to: today when it is due, else the next date in the plan. */
function statusDate(status: Status, timeline: Timeline, answers: Answers, today: IsoDate): IsoDate | undefined {
  const { dates } = timeline;
  if (status === 'wait') {
    const followUps = (answers.followUps as number | undefined) ?? 0;
    return followUps >= 2 ? dates.moveOn : followUps === 1 ? dates.secondFollowUp : dates.firstFollowUp;
  }
  if (status === 'send-thank-you' || status === 'follow-up' || status === 'final-follow-up') return today;
  return undefined;
}

/**
 * Diagnoses one interview. Throws InvalidAnswersError, listing every offending field, for answers it
 * cannot use; missing answers only lower `confidence`.
 */
export function diagnose(input: unknown, { today, model }: { today: IsoDate; model: QuizModel }): Diagnosis {
  if (!isIsoDate(today)) throw new Error(`today must be a date as YYYY-MM-DD, not ${JSON.stringify(today)}`);
  const problems = answerProblems(input, model, today);
  if (problems.length) throw new InvalidAnswersError(problems);
  const answers = input as Answers;

  const timeline = planFollowUps(answers as TimelineInput, today);

  // Log-odds per reason, and which answers pushed each one up.
  const logOdds = new Map(model.reasons.map((r) => [r.id, logit(r.prior)]));
  const raisedBy = new Map(model.reasons.map((r) => [r.id, new Set<string>()]));
  const apply = (effects: Partial<Record<ReasonId, number>>, from: string) => {
    for (const [id, weight] of Object.entries(effects) as [ReasonId, number][]) {
      logOdds.set(id, logOdds.get(id)! + weight);
      if (weight > 0) raisedBy.get(id)!.add(from);
    }
  };
  for (const q of model.questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    for (const option of q.options ?? []) {
      if (Array.isArray(value) ? value.includes(option.value as string) : value === option.value) apply(option.effects, q.id);
    }
    for (const band of q.bands ?? []) {
      if (typeof value === 'number' && value >= band.min && value <= (band.max ?? Infinity)) apply(band.effects, q.id);
    }
  }
  for (const signal of timingSignals(answers, timeline, today)) {
    const effects = model.timing.find((t) => t.id === signal.id)?.effects;
    if (effects) apply(effects, signal.from);
  }

  const questionOrder = model.questions.map((q) => q.id);
  const reasons: RankedReason[] = model.reasons
    .map((r) => ({
      id: r.id,
      score: round(logistic(logOdds.get(r.id)!)),
      control: r.control,
      because: [...raisedBy.get(r.id)!].sort((a, b) => questionOrder.indexOf(a) - questionOrder.indexOf(b)),
    }))
    // A stable sort: equal scores keep the model's order.
    .sort((a, b) => b.score - a.score);

  const statusText = model.statuses.find((s) => s.id === timeline.status)!;
  const actions: Action[] = [
    { when: 'now', text: fillDates(statusText.text, timeline.dates, today), date: statusDate(timeline.status, timeline, answers, today) },
  ];
  for (const ranked of reasons.filter((r) => r.score >= 0.4).slice(0, 3)) {
    actions.push({ when: 'now', text: model.reasons.find((r) => r.id === ranked.id)!.now, reason: ranked.id });
  }
  for (const ranked of reasons.filter((r) => r.control === 'yours' && r.score >= 0.3).slice(0, 4)) {
    actions.push({ when: 'next-time', text: model.reasons.find((r) => r.id === ranked.id)!.nextTime!, reason: ranked.id });
  }

  const asked = askedQuestions(model, answers);
  const answered = asked.filter((q) => answers[q.id] !== undefined).length;
  return {
    status: timeline.status,
    dates: timeline.dates,
    reasons,
    actions,
    confidence: round(asked.length ? answered / asked.length : 0, 2),
  };
}
