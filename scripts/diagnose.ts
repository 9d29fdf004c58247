/**
 * npm run diagnose -- FILE [--today YYYY-MM-DD] [--country CODE]
 *
 * Runs the diagnostic engine on FILE with the model in content/quiz/*.yaml and prints the result as JSON:
 * the same engine, YAML and texts as the site, so a result can be reviewed from a terminal. An item is an
 * object of answers by question id, or `{ "answers": {…}, "details": { "company", "role", "interviewer",
 * "detail" }, "country": "GB-SCT" }` to fill the email and plan in that place's working calendar.
 *
 * The calendar: an item's "country" (ISO 3166-1 alpha-2, or with a region: "US", "GB-SCT", "CA-QC",
 * "AU-NSW"), else --country, else "US", the site's own default. The result's `calendar.country` says which was
 * used, and `calendar.holidays` the public holidays that moved a date.
 *
 * - FILE ending in .ndjson or .jsonl: one item per line, streamed (any length of batch); one result per
 *   line on stdout, as each line is read.
 * - Any other FILE: one JSON item or an array of items, at most LIMITS.cliFile.input; the result (or array of
 *   results) is printed only if every item is valid.
 * Every bad item is named on stderr (item index, field, problem), and the run then exits 1.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isIsoDate, localToday } from '../src/lib/core/dates.ts';
import { DEFAULT_PLACE, normalizePlace, workCalendar, type WorkCalendar } from '../src/lib/follow-up/work-calendar.ts';
import { holidayList } from './lib/holidays.ts';
import { diagnose, InvalidAnswersError, type Diagnosis } from '../src/lib/diagnostic/diagnose.ts';
import type { InterviewDetails } from '../src/lib/interviews/interviews.ts';
import { loadQuizModel } from './lib/quiz-files.ts';
import { depthWithin, LIMITS, sizeWords } from '../src/lib/core/limits.ts';

// A whole-file JSON input is read at once (LIMITS.cliFile): past it, line-delimited input streams, each line
// within LIMITS.cliLine (far more than any real set of answers).
const FILE = LIMITS.cliFile;
const LINE = LIMITS.cliLine;

function fail(message: string): never {
  console.error(`diagnose: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { today: { type: 'string' }, country: { type: 'string' } }, allowPositionals: true });
if (positionals.length !== 1) fail('usage: npm run diagnose -- FILE [--today YYYY-MM-DD] [--country CODE]');
const [file] = positionals;
const today = values.today ?? localToday();
if (!isIsoDate(today)) fail(`--today must be a date as YYYY-MM-DD, not "${today}"`);

/** The working calendar of a place code, or a sentence saying why the code is not one. */
const calendars = new Map<string, WorkCalendar>();
function calendarFor(value: unknown): WorkCalendar | string {
  const code = normalizePlace(value);
  const list = code && holidayList(code);
  if (!code || !list) {
    return `${JSON.stringify(value)} is not a country or region code the site knows (ISO 3166-1 alpha-2, with a region where holidays differ: "US", "GB-SCT", "CA-QC", "AU-NSW")`;
  }
  if (!calendars.has(code)) calendars.set(code, workCalendar(list));
  return calendars.get(code)!;
}
const defaultCalendar = calendarFor(values.country ?? DEFAULT_PLACE);
if (typeof defaultCalendar === 'string') fail(`--country: ${defaultCalendar}`);

let size: number;
try {
  size = statSync(file).size;
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}

const model = loadQuizModel();
const errors: string[] = [];

/** An item is answers alone, or answers with the details that fill the email and the place to plan in. */
function split(item: unknown): { answers: unknown; details?: Partial<InterviewDetails>; country?: unknown } {
  if (typeof item === 'object' && item !== null && 'answers' in item) {
    const { answers, details, country } = item as { answers: unknown; details?: unknown; country?: unknown };
    return {
      answers,
      details: typeof details === 'object' && details !== null ? (details as Partial<InterviewDetails>) : undefined,
      ...(country !== undefined ? { country } : {}),
    };
  }
  return { answers: item };
}

/** The result for one item, or undefined after recording what is wrong with it. */
function run(item: unknown, where: string): Diagnosis | undefined {
  const { answers, details, country } = split(item);
  const calendar = country === undefined ? defaultCalendar : calendarFor(country);
  // An unknown country is named, and the answers are still checked with the default, so every problem of the
  // item is named at once; such an item gives no result.
  const known = typeof calendar !== 'string';
  if (!known) errors.push(`${where}country: ${calendar}`);
  try {
    const result = diagnose(answers, { today, model, details, calendar: known ? calendar : (defaultCalendar as WorkCalendar) });
    return known ? result : undefined;
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
    if (Buffer.byteLength(line) > LINE.input) {
      errors.push(`item ${i}: longer than ${sizeWords(LINE.input)}`);
      continue;
    }
    if (!depthWithin(line, LINE.depth)) {
      errors.push(`item ${i}: nested more than ${LINE.depth} levels deep`);
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
  if (size > FILE.input) {
    fail(
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; a JSON file may be at most ${sizeWords(FILE.input)}. Put one item per line in a .ndjson file to stream a larger batch.`,
    );
  }
  let input: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    if (!depthWithin(text, FILE.depth)) fail(`${file} is nested more than ${FILE.depth} levels deep, which no set of answers is.`);
    input = JSON.parse(text);
  } catch (error) {
    fail(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const items = Array.isArray(input) ? input : [input];
  const results = items.map((item, i) => run(item, Array.isArray(input) ? `item ${i}: ` : ''));
  if (errors.length) fail(`invalid answers:\n  ${errors.join('\n  ')}`);
  console.log(JSON.stringify(Array.isArray(input) ? results : results[0], null, 2));
}
