/**
 * The interview question bank as the practice page, the debrief and the day-of sheet read it: the questions
 * for one kind of round, the bank grouped by round, and the questions a person picked, by id. Plain data in,
 * plain data out; the shape and its checks are in question-bank-schema.ts (build-time only, with zod).
 */
import type { BankQuestion } from './question-bank-schema.ts';
import { ROUND_KINDS, ROUND_LABELS, type RoundKind } from '../interviews/journal-record.ts';

/** A question as the journal's debrief and the day-of sheet need it: no `why`, no lesson (page weight). */
export type BankLine = Pick<BankQuestion, 'id' | 'text' | 'round' | 'competencies'>;
export const bankLine = ({ id, text, round, competencies }: BankLine): BankLine => ({ id, text, round, competencies });

/**
 * One kind of round with its words and its questions, as the practice page lists them.
 * @internal The tests name this shape.
 */
export interface RoundQuestions {
  kind: RoundKind;
  label: string;
  questions: BankQuestion[];
}

/**
 * The bank, or the questions to ask them, in the order of its file. A content collection comes back sorted by
 * id, so each entry keeps its `position` in the file (src/content.config.ts); the order authors chose (usual
 * questions first) is this one.
 */
export function inBankOrder<T extends { position: number }>(entries: readonly { data: T }[]): T[] {
  return entries.map((entry) => entry.data).sort((a, b) => a.position - b.position);
}

/**
 * The questions that fit a kind of round, in bank order.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function questionsFor<T extends BankQuestion>(bank: readonly T[], round: RoundKind): T[] {
  return bank.filter((q) => q.round.includes(round));
}

/**
 * The bank grouped by kind of round, in the journal's order (screen first, final last), each group in bank
 * order. A question that fits several kinds appears in each; a kind with no question is left out.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function bankByRound<T extends BankQuestion>(bank: readonly T[]): (RoundQuestions & { questions: T[] })[] {
  return ROUND_KINDS.map((kind) => ({ kind, label: ROUND_LABELS[kind], questions: questionsFor(bank, kind) })).filter(
    (group) => group.questions.length > 0,
  );
}

/**
 * The questions with these ids, in the order given (the order a person picked them), each once. Ids the
 * bank no longer has are skipped: a saved pick may outlive a question taken out of the bank.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function questionsById<T extends BankQuestion>(bank: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(bank.map((q) => [q.id, q]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}
