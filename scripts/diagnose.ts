/**
 * npm run diagnose -- FILE [--today YYYY-MM-DD]
 *
 * Runs the diagnostic engine on FILE with the model in content/quiz/*.yaml and prints the result as JSON:
 * the same engine, YAML and texts as the site, so a result can be reviewed from a terminal. FILE holds one
 * item or an array of items; an item is an object of answers by question id, or
 * `{ "answers": {…}, "details": { "company", "role", "interviewer", "detail" } }` to fill the email.
 * Invalid items are all named (item number, field, problem) and the run exits 1 without printing results.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isIsoDate, localToday } from '../src/lib/dates.ts';
import { diagnose, InvalidAnswersError } from '../src/lib/diagnose.ts';
import type { InterviewDetails } from '../src/lib/interviews.ts';
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

/** An item is answers alone, or answers with the details that fill the email. */
function split(item: unknown): { answers: unknown; details?: Partial<InterviewDetails> } {
  if (typeof item === 'object' && item !== null && 'answers' in item) {
    const { answers, details } = item as { answers: unknown; details?: unknown };
    return { answers, details: typeof details === 'object' && details !== null ? (details as Partial<InterviewDetails>) : undefined };
  }
  return { answers: item };
}

const model = loadQuizModel();
const items = Array.isArray(input) ? input : [input];
const errors: string[] = [];
const results = items.map((item, i) => {
  const { answers, details } = split(item);
  try {
    return diagnose(answers, { today, model, details });
  } catch (error) {
    if (!(error instanceof InvalidAnswersError)) throw error;
    const where = Array.isArray(input) ? `item ${i}: ` : '';
    errors.push(...error.fields.map((f) => `${where}${f.field}: ${f.problem}`));
    return undefined;
  }
});
if (errors.length) fail(`invalid answers:\n  ${errors.join('\n  ')}`);
console.log(JSON.stringify(Array.isArray(input) ? results : results[0], null, 2));
