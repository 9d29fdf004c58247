/**
 * The writes to the saved interviews: one action per thing a person does in the diagnostic, so no island
 * spells out a store update. Each changes only the fields it is about (see interview-sync.ts), so another
 * tab editing the same interview keeps its edits; which interview is open is per tab.
 */
import { unusableAnswers } from '../lib/diagnostic/answer-values';
import { pruneAnswers } from '../lib/diagnostic/answers';
import {
  addProblem,
  deleteRecord,
  newInterview,
  newInterviewId,
  saveRecord,
  type Answers,
  type AnswerValue,
  type InterviewDetails,
  type RecordPatch,
} from '../lib/interviews/interviews';
import type { IsoDate } from '../lib/core/dates';
import { hasResult, nextStep, placeAfter, previousStep } from '../lib/diagnostic/quiz-flow';
import type { QuizModel } from '../lib/diagnostic/quiz-schema';
import { interviews } from './interviews';
import { writeFields, writeState } from './interview-sync';
import { tabValue } from './tab-value';

const open = tabValue('callback:open-interview');

/** The interview open in the diagnostic in this tab (another tab can have another one open). */
export const openId = open.value;

const find = (id: string) => interviews.get().interviews.find((r) => r.id === id);

/** Opens `id` in this tab, and keeps it as the last one opened, which a new tab starts from. */
function show(id: string) {
  open.set(id);
  // Only while it exists: a stored value naming a missing interview would be set aside as damaged.
  writeState((state) => (state.interviews.some((r) => r.id === id) ? { ...state, currentId: id } : state));
}

/** Moves the interview `id` to `step`, marking it finished once the result is reached. */
function moveTo(model: QuizModel, id: string, step: number) {
  const record = find(id);
  if (!record) return;
  const reached = !record.finished && hasResult(model, record.answers, step);
  writeFields(id, reached ? { step, finished: true } : { step });
}

/** On page load: the interview this tab had open, or for a new tab the last one opened in any tab. */
export function resumeTab() {
  open.resume(interviews.get().currentId);
}

/**
 * Starts a new interview with its first answers (the interview date), past them, and opens it. Returns its
 * id, or why none can be added (the count limit), in which case nothing changes.
 */
export function startInterview(model: QuizModel, answers: Answers, today: IsoDate): { id: string } | { problem: string } {
  const problem = addProblem(interviews.get());
  if (problem) return { problem };
  const now = new Date();
  const record = { ...newInterview(newInterviewId(), now), answers: pruneAnswers(model, answers) };
  writeState((state) => saveRecord(state, record, now));
  show(record.id);
  moveTo(model, record.id, nextStep(model, record.answers, 0, today));
  return { id: record.id };
}

/** Records an answer (undefined: "not sure"), dropping answers to questions it no longer asks. */
export function answer(model: QuizModel, id: string, questionId: string, value: AnswerValue | undefined) {
  const record = find(id);
  if (!record) return;
  const { [questionId]: _, ...rest } = record.answers;
  const kept = pruneAnswers(model, value === undefined ? rest : { ...rest, [questionId]: value });
  const patch: RecordPatch = { [`answer:${questionId}`]: kept[questionId] };
  for (const dropped of Object.keys(record.answers).filter((q) => !(q in kept))) patch[`answer:${dropped}`] = undefined;
  writeFields(id, patch);
}

/** Moves on from the current question, if its answer can be used; returns whether it moved. */
export function next(model: QuizModel, id: string, today: IsoDate): boolean {
  const record = find(id);
  if (!record) return false;
  const step = nextStep(model, record.answers, record.step, today);
  if (step !== record.step) moveTo(model, id, step);
  return step !== record.step;
}

/** Records an answer and moves on: one tap for a choice. */
export function answerAndNext(model: QuizModel, id: string, questionId: string, value: AnswerValue | undefined, today: IsoDate) {
  answer(model, id, questionId, value);
  return next(model, id, today);
}

export function back(model: QuizModel, id: string) {
  const record = find(id);
  if (record) moveTo(model, id, previousStep(model, record.answers, record.step));
}

/**
 * After a write elsewhere changed the answers (the journal under the result: "Mark as sent", its Undo),
 * keeps the quiz where it was: the result stays shown rather than asking the question the new answers bring.
 */
export function keepPlace(model: QuizModel, id: string, before: Answers) {
  const record = find(id);
  if (!record) return;
  const step = placeAfter(model, before, record.answers, record.step);
  if (step !== record.step) writeFields(id, { step });
}

/** The free-text details that fill the email and name the interview. */
export function setDetails(id: string, details: Partial<InterviewDetails>) {
  writeFields(id, details);
}

/** Opens a saved interview where it was left, or from its first question to change the answers. */
export function openInterview(id: string, { edit = false } = {}) {
  if (!find(id)) return;
  if (edit) writeFields(id, { step: 0 });
  show(id);
}

/** Back to the start screen in this tab; other tabs keep what they show. */
export function closeInterview() {
  const id = openId.get();
  open.set(null);
  // A new tab starts from the start screen too, unless another tab opened one since.
  if (id && interviews.get().currentId === id) writeState((state) => ({ ...state, currentId: null }));
}

export function removeInterview(id: string) {
  writeState((state) => deleteRecord(state, id));
}

/**
 * Drops the answers the questions can't use (saved by another version, or edited by hand) and opens the
 * interview from its first question, so they are asked again.
 */
export function fixInterview(model: QuizModel, id: string) {
  const record = find(id);
  if (!record) return;
  const patch: RecordPatch = { step: 0 };
  for (const { field } of unusableAnswers(record.answers, model)) patch[`answer:${field}`] = undefined;
  writeFields(id, patch);
  show(id);
}
