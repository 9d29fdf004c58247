/**
 * npm run diagnose -- FILE [--today YYYY-MM-DD]
 *
 * Runs the diagnostic engine on FILE with the model in content/quiz/*.yaml and prints the result as JSON:
 * the same engine, YAML and texts as the site, so a result can be reviewed from a terminal. An item is an
 * object of answers by question id, or `{ "answers": {…}, "details": { "company", "role", "interviewer",
 * "detail" } }` to fill the email.
 *
 * - FILE ending in .ndjson or .jsonl: one item per line, streamed (any length of batch); one result per
 *   line on stdout, as each line is read.
 * - Any other FILE: one JSON item or an array of items, at most MAX_JSON_BYTES; the result (or array of
 *   results) is printed only if every item is valid.
 * Every bad item is named on stderr (item index, field, problem), and the run then exits 1.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isIsoDate, localToday } from '../src/lib/core/dates.ts';
import { diagnose, InvalidAnswersError, type Diagnosis } from '../src/lib/diagnostic/diagnose.ts';
import type { InterviewDetails } from '../src/lib/interviews/interviews.ts';
import { loadQuizModel } from './lib/quiz-files.ts';

/** A whole-file JSON input is read at once: past this, use line-delimited input, which streams. */
export const MAX_JSON_BYTES = 10 * 1024 * 1024;
/** One line of line-delimited input: far more than any real set of answers. */
export const MAX_LINE_BYTES = 100 * 1024;

function fail(message: string): never {
  console.error(`diagnose: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { today: { type: 'string' } }, allowPositionals: true });
if (positionals.length !== 1) fail('usage: npm run diagnose -- FILE [--today YYYY-MM-DD]');
const [file] = positionals;
const today = values.today ?? localToday();
if (!isIsoDate(today)) fail(`--today must be a date as YYYY-MM-DD, not "${today}"`);

let size: number;
try {
  size = statSync(file).size;
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}

const model = loadQuizModel();
const errors: string[] = [];

/** An item is answers alone, or answers with the details that fill the email. */
function split(item: unknown): { answers: unknown; details?: Partial<InterviewDetails> } {
  if (typeof item === 'object' && item !== null && 'answers' in item) {
    const { answers, details } = item as { answers: unknown; details?: unknown };
    return { answers, details: typeof details === 'object' && details !== null ? (details as Partial<InterviewDetails>) : undefined };
  }
  return { answers: item };
}

/** The result for one item, or undefined after recording what is wrong with it. */
function run(item: unknown, where: string): Diagnosis | undefined {
  const { answers, details } = split(item);
  try {
    return diagnose(answers, { today, model, details });
  } catch (error) {
    if (!(error instanceof InvalidAnswersError)) throw error;
    errors.push(...error.fields.map((f) => `${where}${f.field}: ${f.problem}`));
    return undefined;
  }
}

if (/\.(ndjson|jsonl)$/i.test(file)) {
  let index = 0;
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    const i = index++;
    if (!line.trim()) continue;
    if (Buffer.byteLength(line) > MAX_LINE_BYTES) {
      errors.push(`item ${i}: longer than ${MAX_LINE_BYTES / 1024} kB`);
      continue;
    }
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (error) {
      errors.push(`item ${i}: not JSON (${(error as Error).message})`);
      continue;
    }
    const result = run(item, `item ${i}: `);
    if (result) process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  // Not process.exit: results already written to a pipe must drain first.
  if (errors.length) {
    console.error(`diagnose: invalid items:\n  ${errors.join('\n  ')}`);
    process.exitCode = 1;
  }
} else {
  if (size > MAX_JSON_BYTES) {
    fail(
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; a JSON file may be at most ${MAX_JSON_BYTES / 1024 / 1024} MB. Put one item per line in a .ndjson file to stream a larger batch.`,
    );
  }
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const items = Array.isArray(input) ? input : [input];
  const results = items.map((item, i) => run(item, Array.isArray(input) ? `item ${i}: ` : ''));
  if (errors.length) fail(`invalid answers:\n  ${errors.join('\n  ')}`);
  console.log(JSON.stringify(Array.isArray(input) ? results : results[0], null, 2));
}
