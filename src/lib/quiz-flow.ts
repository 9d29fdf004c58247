/**
 * Where a person is in the diagnostic, as a pure function of the model, their answers and one stored
 * number (`step`: how many questions they have moved past). Answer first: the timing questions come
 * first, and once they are passed the result shows, with the other questions asked one at a time below it
 * to refine the reasons. Stopping at any point is fine; the result is always complete.
 */
import { answerProblems, askedQuestions, type Answers } from './answers.ts';
import type { IsoDate } from './dates.ts';
import type { Question, QuizModel } from './quiz-model.ts';
import { isTimingId } from './timing-answers.ts';

/** The questions in the order the quiz asks them: the timing ones (they decide the next step), then the rest. */
export function quizOrder(model: QuizModel, answers: Answers): Question[] {
  const asked = askedQuestions(model, answers);
  return [...asked.filter((q) => isTimingId(q.id)), ...asked.filter((q) => !isTimingId(q.id))];
}

export interface Asking {
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
