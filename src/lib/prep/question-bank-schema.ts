/**
 * The shape of the interview question bank (content/practice/questions/*.yaml): the questions each kind of
 * round tends to bring, from which a person picks the ones they expect before an interview. Checked at build
 * time through the content collection (a bad field fails the build naming the file and the field, and
 * `bankProblems` checks the bank as a whole) and here in plain Node by the unit tests.
 * Build-time only, like checklists/checklist-schema.ts: browser code imports just the types from here, and the helpers
 * from question-bank.ts.
 */
import { z } from 'zod';
import { ROUND_KINDS, type RoundKind } from '../interviews/journal-record.ts';
import { PRACTICE_LIMITS } from './practice.ts';
import { libraryCardId } from './question-library.ts';
import { COMPETENCIES } from './stories.ts';

/** The longest id a bank question may have: its library card's id (`library:<id>`) must fit the stored limit. */
const MAX_BANK_ID = PRACTICE_LIMITS.id - libraryCardId('').length;

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

/** A list in which each value appears once: a repeat is a typo, not a weight. */
const noRepeats = <T extends z.ZodType>(value: T) =>
  z.array(value).refine((list) => new Set(list).size === list.length, 'list each value once');

/** The kinds of round a question fits (in the bank, or worth asking them): one or more, each once. */
const roundKinds = noRepeats(z.enum(ROUND_KINDS)).refine((kinds) => kinds.length > 0, 'name at least one kind of round');

/**
 * What a question is about, for the question library's grouping and its search records: the kinds of
 * question a coach covers, whatever the round.
 */
const TOPICS = [
  'you',
  'motivation',
  'strengths',
  'history',
  'behavioral',
  'leadership',
  'judgment',
  'skills',
  'ways-of-working',
  'pay',
  'vision',
] as const;
export type Topic = (typeof TOPICS)[number];
export const TOPIC_LABELS: Record<Topic, string> = {
  you: 'About you',
  motivation: 'Why this job',
  strengths: 'Strengths and weaknesses',
  history: 'Gaps, moves and exits',
  behavioral: 'Past situations',
  leadership: 'Leading and influencing',
  judgment: 'Ethics, ambiguity and judgment',
  skills: 'Skills, technical and case',
  'ways-of-working': 'Ways of working',
  pay: 'Pay, notice and logistics',
  vision: 'Strategy and vision',
};

/**
 * The way to answer: a story told as STAR (Situation, Task, Action, Result), or CARL (Context, Action,
 * Result, Learning) where the point is what was learned, or the question's own shape, which `how` gives.
 */
const SHAPES = ['star', 'carl', 'direct'] as const;
export type Shape = (typeof SHAPES)[number];
export const SHAPE_LABELS: Record<Shape, string> = {
  star: 'STAR: Situation, Task, Action, Result',
  carl: 'CARL: Context, Action, Result, Learning',
  direct: 'A direct answer',
};

export const bankQuestionSchema = z.strictObject({
  /**
   * Expected questions, debrief ticks and practice cards are saved by it: never rename or reuse an id.
   * Unique across the whole bank; two questions with one id stop the build, naming both.
   */
  // A practice card made from it is named `library:<id>`, within a stored id's length.
  id: kebab.max(MAX_BANK_ID, `keep the id to ${MAX_BANK_ID} characters`),
  /**
   * The kinds of round it fits, from the journal's list (src/lib/interviews/journal-record.ts): `screen` (a recruiter's
   * first call), `hiring-manager`, `panel`, `technical` (a peer testing depth), `final`. A question shows
   * under each kind it names.
   */
  round: roundKinds,
  /** The question as an interviewer would put it, in one or two sentences. */
  text: z.string().min(10).max(200).regex(/[?.]$/, 'end the question with "?" (or "." for a request such as "Tell me about…")'),
  /** What the interviewer is really checking, in one short sentence: the point a good answer makes. */
  why: z.string().min(20).max(160),
  /** What it is about, for the library's grouping (`TOPICS`). */
  topic: z.enum(TOPICS),
  /** The way to answer (`SHAPES`). */
  shape: z.enum(SHAPES),
  /** How to build the answer, in one to three sentences. */
  how: z.string().min(30).max(420),
  /** A short example answer in the first person: a model of the shape, not a script to learn. */
  example: z.string().min(120).max(800),
  /** The mistakes to avoid, each a short sentence. */
  mistakes: z.array(z.string().min(12).max(200)).min(1).max(3),
  /**
   * The story bank's competencies (src/lib/prep/stories.ts) a good answer draws on, so a story tagged with one
   * can be suggested for the question. Leave it out for questions answered with facts (notice period, pay).
   */
  competencies: noRepeats(z.enum(COMPETENCIES)).default([]),
  /**
   * The lesson the question was written from, by its file name in content/lessons (`in-the-room`): where
   * the practice page sends a person who wants to prepare it. A name with no lesson stops the build.
   */
  lesson: kebab,
});

export type BankQuestion = z.infer<typeof bankQuestionSchema>;

/**
 * A question worth asking them (content/practice/ask-them.yaml), for the kinds of round where it fits best:
 * a person's own questions show what they weighed, and their answers are half of deciding on an offer.
 */
export const askThemSchema = z.strictObject({
  id: kebab,
  round: roundKinds,
  text: z.string().min(10).max(200).regex(/\?$/, 'end the question with "?"'),
  /** What its answer tells you, in one short sentence. */
  why: z.string().min(20).max(200),
});

/**
 * What no single entry's schema can see: ids used twice, lessons that do not exist, a kind of round with no
 * question (the practice page would offer nothing to expect). One line per problem, naming the question and
 * the field; empty when the bank is sound. `lessons` are the ids of the lessons the site has.
 */
export function bankProblems(
  questions: readonly { id: string; round: readonly RoundKind[]; lesson: string; where?: string }[],
  lessons: readonly string[],
): string[] {
  const problems: string[] = [];
  const entries = new Map<string, string[]>();
  // Where each entry is: its file and place in it when the loader says (the bank is a folder of files).
  questions.forEach((q, i) => entries.set(q.id, [...(entries.get(q.id) ?? []), q.where ?? `entry ${i + 1}`]));
  for (const [id, at] of entries)
    if (at.length > 1) problems.push(`id: "${id}" is used by more than one question (${at.join(' and ')}); give each its own`);
  const known = new Set(lessons);
  for (const q of questions)
    if (!known.has(q.lesson))
      problems.push(`${q.id} → lesson: there is no lesson "${q.lesson}" in content/lessons; use one of ${[...known].sort().join(', ')}`);
  const uncovered: RoundKind[] = ROUND_KINDS.filter((kind) => !questions.some((q) => q.round.includes(kind)));
  if (uncovered.length) problems.push(`round: no question fits ${uncovered.join(', ')}; each kind of round needs at least one`);
  return problems;
}
