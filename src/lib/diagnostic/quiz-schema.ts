/**
 * The shape of the diagnostic's content (content/quiz/*.yaml): questions, reasons, statuses and timing
 * signals. Changing the model means editing YAML; these schemas check it at build time (through the
 * content collections) and in `npm run diagnose` (through `parseModel`), with the same rules.
 */
import { z } from 'zod';
import { REASON_IDS, REASONS_WITHIN_CONTROL, type ReasonId } from './reasons.ts';
import { FIGURES, PLAN_KEYS, SITUATION_IDS } from '../follow-up/timeline.ts';
import { timingModelProblems } from '../interviews/timing-answers.ts';

const reasonId = z.enum(REASON_IDS);

/**
 * How an answer moves each reason, in log-odds: +1 roughly triples the odds, -1 divides them by three.
 * Keys are reason ids.
 */
const effects = z.partialRecord(reasonId, z.number().min(-5).max(5)).default({});

const option = z.strictObject({
  /** What is stored in the answers (a fixed id from the contract, or a number for counts). */
  value: z.union([z.string().regex(/^[a-z0-9-]+$/), z.number().int().min(0)]),
  /** What the person sees. */
  label: z.string().min(1),
  /** One line under the label, when the label alone could be misread. */
  hint: z.string().optional(),
  /** A lesson that explains what this answer suggests (a site path, e.g. /guides/red-flags/). */
  guide: z
    .string()
    .regex(/^\/[a-z0-9/#-]*$/)
    .optional(),
  effects,
});

/** For number questions: effects that apply when the answer is within [min, max]. */
const band = z.strictObject({
  min: z.number().int(),
  max: z.number().int().optional(),
  effects,
});

const showIf = z.strictObject({
  /** Another question's id. */
  question: z.string(),
  /** Ask this question only when that one's answer is one of these. */
  in: z.array(z.union([z.string(), z.number()])).min(1),
});

export const questionSchema = z.strictObject({
  /** The answer's id in the engine's contract (e.g. thankYou). */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  /** date: YYYY-MM-DD; choice: one option; multi: any number of options; number: a whole number. */
  kind: z.enum(['date', 'choice', 'multi', 'number']),
  prompt: z.string().min(5),
  /** Shown under the prompt: why it matters or how to answer. */
  help: z.string().optional(),
  /** The words of the choice that leaves the answer out, when "Not sure" would not fit. */
  skipLabel: z.string().min(3).optional(),
  /** Required for choice and multi. */
  options: z.array(option).optional(),
  /** For date questions: the answer may not be after today. */
  notFuture: z.boolean().default(false),
  /** For number questions. */
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  bands: z.array(band).optional(),
  showIf: showIf.optional(),
});

export const reasonSchema = z.strictObject({
  id: reasonId,
  /** Whether the candidate could have changed it (`yours`) or not (`theirs`). */
  control: z.enum(['yours', 'theirs']),
  /** How likely the reason is before any answer, as a probability. */
  prior: z.number().gt(0).lt(1),
  title: z.string().min(5),
  /** What the reason is, in a sentence or two. */
  explanation: z.string().min(20),
  /** What to do about it today, with no message to the employer: shown when nothing is due to send. */
  now: z.string().min(10).optional(),
  /** The point to make in the message due, with {message} for its name ("follow-up"). */
  inMessage: z.string().includes('{message}').optional(),
  /** What to do differently next time (required for reasons within your control). */
  nextTime: z.string().min(10).optional(),
});

/** The words for one situation of the follow-up plan (src/lib/follow-up/timeline.ts), in content/quiz/statuses.yaml. */
export const statusSchema = z.strictObject({
  id: z.enum(SITUATION_IDS),
  /** The next step's headline. */
  title: z.string().min(5),
  /** Why, and what comes after. Placeholders: see SITUATION_PLACEHOLDERS. */
  text: z.string().min(20),
});

/** What a situation's text may name in braces, besides the timeline's FIGURES. */
const SITUATION_PLACEHOLDERS = ['date', 'promisedBy', 'sinceInterview', ...PLAN_KEYS, ...PLAN_KEYS.map((key) => `${key}Why`)];

/** Facts the engine derives from dates (not asked directly), with their effects. */
const TIMING_SIGNALS = ['before-promised-date', 'early', 'promise-missed', 'long-silence'] as const;
export const timingSchema = z.strictObject({
  id: z.enum(TIMING_SIGNALS),
  /** When the engine sets it, in words, for authors. */
  description: z.string(),
  effects,
});

export type Question = z.infer<typeof questionSchema>;
type Reason = z.infer<typeof reasonSchema>;
type StatusText = z.infer<typeof statusSchema>;
export type TimingSignal = z.infer<typeof timingSchema>;

export interface QuizModel {
  questions: Question[];
  reasons: Reason[];
  statuses: StatusText[];
  timing: TimingSignal[];
}

/** Checks what no single entry's schema can: references between entries and completeness. */
export function modelProblems(model: QuizModel): string[] {
  const problems: string[] = [];
  const ids = new Set(model.questions.map((q) => q.id));
  for (const q of model.questions) {
    if ((q.kind === 'choice' || q.kind === 'multi') && !q.options?.length)
      problems.push(`question ${q.id}: options are required for ${q.kind}`);
    if (q.showIf && !ids.has(q.showIf.question)) problems.push(`question ${q.id}: showIf names unknown question ${q.showIf.question}`);
  }
  if (ids.size !== model.questions.length) problems.push('questions: an id is used twice');
  for (const id of REASON_IDS) if (!model.reasons.some((r) => r.id === id)) problems.push(`reasons: ${id} is missing`);
  for (const r of model.reasons) {
    const yours = (REASONS_WITHIN_CONTROL as readonly ReasonId[]).includes(r.id);
    if (yours !== (r.control === 'yours')) problems.push(`reason ${r.id}: control should be ${yours ? 'yours' : 'theirs'}`);
    if (r.control === 'yours' && !r.nextTime) problems.push(`reason ${r.id}: nextTime is required`);
  }
  for (const s of SITUATION_IDS) if (!model.statuses.some((t) => t.id === s)) problems.push(`statuses: ${s} is missing`);
  for (const r of model.reasons) if (!r.now && !r.inMessage) problems.push(`reason ${r.id}: needs now, inMessage or both`);
  problems.push(...timingModelProblems(model.questions));
  // Figures come from the timeline's constants, so the prose can never disagree with the rules.
  const figures = Object.keys(FIGURES);
  const unknown = (where: string, text: string, allowed: readonly string[]) => {
    for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
      if (!allowed.includes(name) && !figures.includes(name)) problems.push(`${where}: unknown placeholder {${name}}`);
    }
  };
  for (const s of model.statuses) unknown(`status ${s.id}`, `${s.title} ${s.text}`, SITUATION_PLACEHOLDERS);
  for (const t of model.timing) unknown(`timing ${t.id}`, t.description, []);
  for (const r of model.reasons) unknown(`reason ${r.id}`, `${r.now ?? ''} ${r.inMessage ?? ''}`, ['message']);
  return problems;
}

/**
 * Parses raw YAML data into a model, throwing one error that names every problem.
 * @internal Also read by `npm run diagnose` (scripts/lib/quiz-files.ts), which is not shipped.
 */
export function parseModel(raw: { questions: unknown; reasons: unknown; statuses: unknown; timing: unknown }): QuizModel {
  const problems: string[] = [];
  const list = <T>(name: string, schema: z.ZodType<T>, data: unknown): T[] => {
    const result = z.array(schema).safeParse(data);
    if (result.success) return result.data;
    for (const { path, message } of result.error.issues) {
      const [index, ...rest] = path;
      problems.push(`${name}[${String(index)}]${rest.map((p) => `.${String(p)}`).join('')}: ${message}`);
    }
    return [];
  };
  const model = {
    questions: list('questions', questionSchema, raw.questions),
    reasons: list('reasons', reasonSchema, raw.reasons),
    statuses: list('statuses', statusSchema, raw.statuses),
    timing: list('timing', timingSchema, raw.timing),
  };
  if (!problems.length) problems.push(...modelProblems(model));
  if (problems.length) throw new Error(`The quiz model is invalid:\n  ${problems.join('\n  ')}`);
  return model;
}
