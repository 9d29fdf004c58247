/**
 * Answers to the diagnostic's questions, checked against the model: which questions are asked, and every
 * problem with a set of answers. Light on purpose: the quiz loads this before any result, and the engine
 * (diagnostic/diagnose.ts) only when a result is shown.
 */
import { unusableAnswers, valueProblem } from './answer-values.ts';
import type { IsoDate } from '../core/dates.ts';
import type { Question, QuizModel } from './quiz-schema.ts';
import type { Answers } from '../interviews/interviews.ts';
import { timingProblems, type FieldProblem } from '../interviews/timing-answers.ts';

/** Whether `question` is asked, given the other answers (its showIf condition). */
function isAsked(question: Question, answers: Answers): boolean {
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

/**
 * Why a saved interview needs fixing before it can be used, in plain words ("the answer to … can't be
 * used"), or undefined when every answer can be. Fixing it drops those answers, to be asked again.
 */
export function needsFixing(answers: Readonly<Record<string, unknown>>, model: Pick<QuizModel, 'questions'>): string | undefined {
  const [first, ...more] = unusableAnswers(answers, model);
  if (!first) return undefined;
  const question = model.questions.find((q) => q.id === first.field);
  const which = question ? `The answer to “${question.prompt}”` : 'An answer to a question the site no longer asks';
  return `${which} can't be used${more.length ? `, nor ${more.length === 1 ? 'one other' : `${more.length} others`}` : ''}.`;
}

/**
 * Every problem with `input` as answers: not an object, unknown ids, wrong types or values, answers to
 * questions that are not asked, and the date rules of timing-answers.ts (a missing interview date, one
 * more than a year back, a promised date more than a year after it…). Empty when the answers are usable.
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
  // One problem per field: a value of the wrong kind says so, rather than also breaking a date rule.
  for (const p of timingProblems(answers, today)) if (!problems.some((q) => q.field === p.field)) problems.push(p);
  return problems;
}
