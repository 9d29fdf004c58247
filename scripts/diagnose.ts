/**
 * npm run diagnose -- FILE [--today YYYY-MM-DD]
 *
 * Runs the diagnostic engine on the answers in FILE (a JSON object, or an array of them) with the model in
 * content/quiz/*.yaml, and prints the result (or array of results) as JSON. For authors tuning the model
 * and for tests: the same engine and the same YAML as the site. Invalid answers print the error and exit 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isIsoDate, localToday } from '../src/lib/dates.ts';
import { diagnose, InvalidAnswersError } from '../src/lib/diagnose.ts';
import { loadQuizModel } from './lib/quiz-files.ts';

function fail(message: string): never {
  console.error(`diagnose: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { today: { type: 'string' } }, allowPositionals: true });
if (positionals.length !== 1) fail('usage: npm run diagnose -- FILE [--today YYYY-MM-DD]');
const today = values.today ?? localToday();
if (!isIsoDate(today)) fail(`--today must be a date as YYYY-MM-DD, not "${today}"`);

let input: unknown;
try {
  input = JSON.parse(readFileSync(positionals[0], 'utf8'));
} catch (error) {
  fail(`cannot read ${positionals[0]} as JSON: ${(error as Error).message}`);
}

const model = loadQuizModel();
const run = (answers: unknown, label: string) => {
  try {
    return diagnose(answers, { today, model });
  } catch (error) {
    if (error instanceof InvalidAnswersError) fail(`${label}${error.message}`);
    throw error;
  }
};
const output = Array.isArray(input) ? input.map((answers, i) => run(answers, `item ${i}: `)) : run(input, '');
console.log(JSON.stringify(output, null, 2));
