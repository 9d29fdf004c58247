/**
 * Where a person is in the diagnostic, as a pure function of the model, their answers and one stored
 * number (`step`: how many questions they have moved past). Answer first: the timing questions come
 * first, and once they are passed the result shows, with the other questions asked one at a time below it
 * to refine the reasons. Stopping at any point is fine; the result is always complete.
 */
import { answerProblems, askedQuestions } from './answers.ts';
import type { Answers } from '../interviews/interviews.ts';
import type { IsoDate } from '../core/dates.ts';
import type { Question, QuizModel } from './quiz-schema.ts';
import { isTimingId } from '../interviews/timing-answers.ts';

/** The questions in the order the quiz asks them: the timing ones (they decide the next step), then the rest. */
export function quizOrder(model: QuizModel, answers: Answers): Question[] {
  const asked = askedQuestions(model, answers);
  return [...asked.filter((q) => isTimingId(q.id)), ...asked.filter((q) => !isTimingId(q.id))];
}

interface Asking {
  question: Question;
  /** 1-based, within its part of the quiz. */
  index: number;
  total: number;
}

export type QuizView =
  /** A timing question: the next step is not known yet. */
  | ({ kind: 'timing' } & Asking)
  /** The result, and the next question that refines the reasons, while any is left. */
  | { kind: 'result'; refine?: Asking };

/** What to show at `step`. */
export function quizView(model: QuizModel, answers: Answers, step: number): QuizView {
  const order = quizOrder(model, answers);
  const timing = order.filter((q) => isTimingId(q.id)).length;
  const at = Math.max(0, Math.min(Math.trunc(step), order.length));
  if (at < timing) return { kind: 'timing', question: order[at], index: at + 1, total: timing };
  if (at === order.length) return { kind: 'result' };
  return { kind: 'result', refine: { question: order[at], index: at - timing + 1, total: order.length - timing } };
}

/** Why the answer at `step` cannot be used (and the quiz cannot move on), if it cannot. */
export function stepProblem(model: QuizModel, answers: Answers, step: number, today: IsoDate): string | undefined {
  const view = quizView(model, answers, step);
  const question = view.kind === 'timing' ? view.question : view.refine?.question;
  return question && answerProblems(answers, model, today).find((p) => p.field === question.id)?.problem;
}

/** The step after `step`, or `step` itself while its answer cannot be used. */
export function nextStep(model: QuizModel, answers: Answers, step: number, today: IsoDate): number {
  if (stepProblem(model, answers, step, today)) return step;
  return Math.min(step + 1, quizOrder(model, answers).length);
}

/** The step before: within the timing questions, or within the refining ones (the result stays in view). */
export function previousStep(model: QuizModel, answers: Answers, step: number): number {
  const view = quizView(model, answers, step);
  if (view.kind === 'result' && view.refine?.index === 1) return step;
  return Math.max(0, step - 1);
}

/** Whether the result is shown at `step`: every timing question has been passed. */
export function hasResult(model: QuizModel, answers: Answers, step: number): boolean {
  return quizView(model, answers, step).kind === 'result';
}

/**
 * The step that keeps a person where they were after their answers changed from `before` to `after`
 * elsewhere than in the quiz (the journal's "Mark as sent" sets the last follow-up's date, which asks one
 * more timing question): the same question stays on screen, or the result with everything passed. A step
 * is a place in the order of questions asked, so a question asked or dropped before it moves it.
 */
export function placeAfter(model: QuizModel, before: Answers, after: Answers, step: number): number {
  const old = quizOrder(model, before);
  const now = quizOrder(model, after);
  if (step >= old.length) return Math.max(step, now.length);
  const at = now.findIndex((q) => q.id === old[step].id);
  if (at !== -1) return at;
  // The question on screen is no longer asked: stay after those passed (and those newly asked: answered elsewhere).
  const passed = new Set(old.slice(0, step).map((q) => q.id));
  const known = new Set(old.map((q) => q.id));
  return now.filter((q) => passed.has(q.id) || !known.has(q.id)).length;
}
