/**
 * The quiz model as the pages get it at build time, from the content collections. Rules across entries
 * (every reason present, conditions naming real questions) fail the build here, naming what is wrong.
 * Build-time only: it reads `astro:content`.
 */
import { getCollection } from 'astro:content';
import { modelProblems, type QuizModel } from './lib/diagnostic/quiz-schema';

// Back in file order (collections come sorted by id), without the position the loader added.
const data = async <C extends 'questions' | 'reasons' | 'statuses' | 'timing'>(name: C) =>
  (await getCollection(name))
    .map((entry) => entry.data)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _, ...entry }) => entry);

export async function getQuizModel(): Promise<QuizModel> {
  const model = {
    questions: await data('questions'),
    reasons: await data('reasons'),
    statuses: await data('statuses'),
    timing: await data('timing'),
  } as QuizModel;
  const problems = modelProblems(model);
  if (problems.length) throw new Error(`content/quiz is inconsistent:\n  ${problems.join('\n  ')}`);
  return model;
}
