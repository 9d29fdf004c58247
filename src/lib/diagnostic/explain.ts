/** Words for the diagnosis: how likely a score reads, when things happened, and what an answer was. */
import { addDays, daysBetween, formatDate, isIsoDate, plural, type IsoDate } from '../core/dates.ts';
import type { Answers } from '../interviews/interviews.ts';
import type { QuizModel } from './quiz-schema.ts';

export type Likelihood = 'Likely' | 'Possible' | 'Less likely';

/** Scores are relative likelihoods; words keep people from reading them as exact probabilities. */
export function likelihood(score: number): Likelihood {
  return score >= 0.55 ? 'Likely' : score >= 0.3 ? 'Possible' : 'Less likely';
}

/** "today", "yesterday", "9 days ago". */
export function sinceText(date: IsoDate, today: IsoDate): string {
  const days = daysBetween(date, today);
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${plural(days, 'day')} ago`;
}

/** "today, Monday, November 30", "tomorrow, Tuesday, …", or the date alone. */
export function dayText(date: IsoDate, today: IsoDate): string {
  if (date === today) return `today, ${formatDate(date, today)}`;
  if (date === addDays(today, 1)) return `tomorrow, ${formatDate(date, today)}`;
  return formatDate(date, today);
}

/** One line saying what the person answered to question `id`, e.g. "Your interview was 9 days ago (…)". */
export function answerText(model: QuizModel, answers: Answers, id: string, today: IsoDate): string {
  const value = answers[id];
  if (id === 'interviewDate' && isIsoDate(value)) {
    return value === today ? 'Your interview was today.' : `Your interview was ${sinceText(value, today)} (${formatDate(value, today)}).`;
  }
  if (id === 'promisedBy' && isIsoDate(value)) {
    return value >= today
      ? `They said they would decide by ${formatDate(value, today)}, which has not passed yet.`
      : `They said they would decide by ${formatDate(value, today)}, ${sinceText(value, today)}.`;
  }
  const question = model.questions.find((q) => q.id === id);
  if (!question) return id;
  const labels = (Array.isArray(value) ? value : [value])
    .map((v) => question.options?.find((o) => o.value === v)?.label ?? String(v))
    .join('; ');
  return `${question.prompt} ${labels}.`;
}
