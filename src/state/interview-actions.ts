/**
 * The writes to the saved interviews: one action per thing a person does in the diagnostic, so no island
 * spells out a store update.
 */
import { pruneAnswers, unusableAnswers, type AnswerValue, type Answers } from '../lib/answers';
import type { IsoDate } from '../lib/dates';
import { deleteRecord, newInterview, newInterviewId, saveRecord, type InterviewDetails, type InterviewRecord } from '../lib/interviews';
import { hasResult, nextStep, previousStep } from '../lib/quiz-flow';
import type { QuizModel } from '../lib/quiz-model';
import { interviews } from './interviews';

const find = (id: string) => interviews.get().interviews.find((r) => r.id === id);

function save(record: InterviewRecord, currentId: string | null = interviews.get().currentId) {
  interviews.set({ ...saveRecord(interviews.get(), record, new Date()), currentId });
}

/** Moves `record` to `step`, marking it finished once the result is reached. */
function moveTo(model: QuizModel, record: InterviewRecord, step: number) {
  save({ ...record, step, finished: record.finished || hasResult(model, record.answers, step) });
}

/** Starts a new interview with its first answers (the interview date), past them, and opens it. */
export function startInterview(model: QuizModel, answers: Answers, today: IsoDate): string {
  const record = { ...newInterview(newInterviewId(), new Date()), answers: pruneAnswers(model, answers) };
  save(record, record.id);
  moveTo(model, record, nextStep(model, record.answers, 0, today));
  return record.id;
}

/** Records an answer (undefined: "not sure"), dropping answers to questions it no longer asks. */
export function answer(model: QuizModel, id: string, questionId: string, value: AnswerValue | undefined) {
  const record = find(id);
  if (!record) return;
  const { [questionId]: _, ...rest } = record.answers;
  save({ ...record, answers: pruneAnswers(model, value === undefined ? rest : { ...rest, [questionId]: value }) });
}

/** Moves on from the current question, if its answer can be used; returns whether it moved. */
export function next(model: QuizModel, id: string, today: IsoDate): boolean {
  const record = find(id);
  if (!record) return false;
  const step = nextStep(model, record.answers, record.step, today);
  if (step !== record.step) moveTo(model, record, step);
  return step !== record.step;
}

/** Records an answer and moves on: one tap for a choice. */
export function answerAndNext(model: QuizModel, id: string, questionId: string, value: AnswerValue | undefined, today: IsoDate) {
  answer(model, id, questionId, value);
  return next(model, id, today);
}

export function back(model: QuizModel, id: string) {
  const record = find(id);
  if (record) moveTo(model, record, previousStep(model, record.answers, record.step));
}

/** The free-text details that fill the email and name the interview. */
export function setDetails(id: string, details: Partial<InterviewDetails>) {
  const record = find(id);
  if (record) save({ ...record, ...details });
}

/** Opens a saved interview where it was left, or from its first question to change the answers. */
export function openInterview(id: string, { edit = false } = {}) {
  const record = find(id);
  if (record) save(edit ? { ...record, step: 0 } : record, id);
}

export function closeInterview() {
  interviews.set({ ...interviews.get(), currentId: null });
}

export function removeInterview(id: string) {
  interviews.set(deleteRecord(interviews.get(), id));
}

/** Drops the answers the questions can't use (saved by another version, or edited by hand) and opens the
 * interview from its first question, so they are asked again. */
export function fixInterview(model: QuizModel, id: string) {
  const record = find(id);
  if (!record) return;
  const unusable = new Set(unusableAnswers(record.answers, model).map((p) => p.field));
  const answers = Object.fromEntries(Object.entries(record.answers).filter(([question]) => !unusable.has(question)));
  save({ ...record, answers: pruneAnswers(model, answers), step: 0 }, id);
}
