/**
 * Whether a saved answer fits its question, on its own: the right kind, one of the options, a real date.
 * Apart from answers.ts so the data page, which checks imported answers, loads none of the quiz's rules.
 */
import { FIRST_YEAR, isIsoDate, LAST_YEAR, type IsoDate } from '../core/dates.ts';
import type { Question, QuizModel } from './quiz-schema.ts';
import type { FieldProblem } from '../interviews/timing-answers.ts';

/** What is wrong with `value` as an answer to `q`; without `today`, a date is not checked against it. */
export function valueProblem(q: Question, value: unknown, today?: IsoDate): string | undefined {
  const allowed = () => q.options!.map((o) => JSON.stringify(o.value)).join(', ');
  switch (q.kind) {
    case 'date':
      if (!isIsoDate(value)) return `expected a date between ${FIRST_YEAR} and ${LAST_YEAR} as YYYY-MM-DD`;
      if (q.notFuture && today && value > today) return `after today (${today})`;
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
 * The saved answers the model cannot use at all: unknown questions, and values of the wrong kind or
 * outside the options. Unlike `answerProblems`, it leaves out every rule that depends on today, so an
 * interview saved last year keeps its dates: this is the check for saved and imported answers.
 */
export function unusableAnswers(answers: Readonly<Record<string, unknown>>, model: Pick<QuizModel, 'questions'>): FieldProblem[] {
  return Object.entries(answers).flatMap(([field, value]) => {
    const question = model.questions.find((q) => q.id === field);
    const problem = question ? valueProblem(question, value) : 'unknown question';
    return problem ? [{ field, problem }] : [];
  });
}
