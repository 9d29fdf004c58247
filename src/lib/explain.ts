/** Words for the diagnosis: how likely a score reads, and what an answer was, in the person's terms. */
import { daysBetween, formatDate, isIsoDate, type IsoDate } from './dates.ts';
import type { Answers } from './diagnose.ts';
import type { QuizModel } from './quiz-model.ts';

/** Scores are relative likelihoods; words keep people from reading them as exact probabilities. */
export function likelihood(score: number): 'Likely' | 'Possible' | 'Less likely' {
  return score >= 0.55 ? 'Likely' : score >= 0.3 ? 'Possible' : 'Less likely';
}

/** One line saying what the person answered to question `id`, e.g. "Thank-you note: No, or only to some". */
export function answerText(model: QuizModel, answers: Answers, id: string, today: IsoDate): string {
  const value = answers[id];
  if (id === 'interviewDate' && isIsoDate(value)) {
    return `Your interview was ${daysBetween(value, today)} days ago (${formatDate(value, today)}).`;
  }
  if (id === 'promisedBy' && isIsoDate(value)) {
    return value >= today
      ? `They said they would decide by ${formatDate(value, today)}, which has not passed yet.`
      : `They said they would decide by ${formatDate(value, today)}, ${daysBetween(value, today)} days ago.`;
  }
  const question = model.questions.find((q) => q.id === id);
  if (!question) return id;
  const labels = (Array.isArray(value) ? value : [value])
    .map((v) => question.options?.find((o) => o.value === v)?.label ?? String(v))
    .join('; ');
  return `${question.prompt} ${labels}.`;
}
