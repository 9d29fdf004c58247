/**
 * The diagnostic's model read straight from content/quiz/*.yaml, for plain Node (the CLI and tests): the
 * same files and the same schemas as the site's build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parseModel, type QuizModel } from '../../src/lib/diagnostic/quiz-schema.ts';

const QUIZ_DIR = join(import.meta.dirname, '../../content/quiz');

export function loadQuizModel(dir = QUIZ_DIR): QuizModel {
  const read = (name: string) => yaml.load(readFileSync(join(dir, `${name}.yaml`), 'utf8'));
  return parseModel({
    questions: read('questions'),
    reasons: read('reasons'),
    statuses: read('statuses'),
    timing: read('timing'),
  });
}
