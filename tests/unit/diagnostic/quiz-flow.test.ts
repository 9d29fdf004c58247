/** The diagnostic's step logic: timing questions first, the result right after them, refining questions below it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { hasResult, nextStep, placeAfter, previousStep, quizOrder, quizView, stepProblem } from '../../../src/lib/diagnostic/quiz-flow';
import type { Answers } from '../../../src/lib/interviews/interviews';
import { isTimingId, TIMING_IDS } from '../../../src/lib/interviews/timing-answers';

const model = loadQuizModel();
const TODAY = '2026-11-20';

describe('quizOrder', () => {
  it('asks the timing questions first, then every other question, each once', () => {
    const order = quizOrder(model, { followUps: 1 }).map((q) => q.id);
    const firstOther = order.findIndex((id) => !isTimingId(id));
    expect(order.slice(0, firstOther).sort()).toEqual([...TIMING_IDS].sort());
    expect(order.slice(firstOther).every((id) => !isTimingId(id))).toBe(true);
    expect(new Set(order).size).toBe(model.questions.length);
  });
  it('leaves out the date of the last follow-up until there was one', () => {
    expect(quizOrder(model, { followUps: 0 }).map((q) => q.id)).not.toContain('lastFollowUp');
  });
});

describe('quizView', () => {
  it('opens on the interview date, and shows the result as soon as the timing questions are passed', () => {
    expect(quizView(model, {}, 0)).toMatchObject({ kind: 'timing', index: 1, question: { id: 'interviewDate' } });
    const answers = { interviewDate: '2026-11-10', thankYou: 'sent', followUps: 0 };
    const timing = quizOrder(model, answers).filter((q) => isTimingId(q.id)).length;
    expect(quizView(model, answers, timing - 1).kind).toBe('timing');
    const view = quizView(model, answers, timing);
    expect(view.kind).toBe('result');
    expect(view.kind === 'result' && view.refine).toMatchObject({ index: 1, total: quizOrder(model, answers).length - timing });
  });
  it('keeps the result, with nothing left to ask, past the last question (stop at any point)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (step) => {
        const answers = { interviewDate: '2026-11-10' };
        const view = quizView(model, answers, step);
        const timing = quizOrder(model, answers).filter((q) => isTimingId(q.id)).length;
        expect(view.kind).toBe(step < timing ? 'timing' : 'result');
        if (step >= quizOrder(model, answers).length) expect(view).toEqual({ kind: 'result' });
      }),
    );
  });
});

describe('moving', () => {
  it('does not pass the interview date without a usable one', () => {
    expect(nextStep(model, {}, 0, TODAY)).toBe(0);
    expect(stepProblem(model, {}, 0, TODAY)).toMatch(/required/);
    expect(nextStep(model, { interviewDate: '2030-01-01' }, 0, TODAY)).toBe(0);
    expect(nextStep(model, { interviewDate: '2026-11-10' }, 0, TODAY)).toBe(1);
  });
  it('goes back within the timing questions, and never from the first refining question out of the result', () => {
    const answers = { interviewDate: '2026-11-10', followUps: 0 };
    const timing = quizOrder(model, answers).filter((q) => isTimingId(q.id)).length;
    expect(previousStep(model, answers, 2)).toBe(1);
    expect(previousStep(model, answers, 0)).toBe(0);
    expect(previousStep(model, answers, timing)).toBe(timing);
    expect(hasResult(model, answers, previousStep(model, answers, timing + 1))).toBe(true);
  });
});

describe('placeAfter', () => {
  const before = { interviewDate: '2026-11-10', thankYou: 'sent', followUps: 0 };
  const after = { ...before, followUps: 1, lastFollowUp: '2026-11-20' };
  const timing = (answers: Answers) => quizOrder(model, answers).filter((q) => isTimingId(q.id)).length;

  it('keeps the result (and its refining question) on screen when "Mark as sent" brings a question in', () => {
    const step = timing(before);
    expect(quizView(model, after, step).kind).toBe('timing');
    const kept = placeAfter(model, before, after, step);
    expect(kept).toBe(step + 1);
    expect(quizView(model, after, kept)).toEqual(quizView(model, before, step));
  });

  it('and steps back with it when Undo takes the question away again', () => {
    const step = timing(after) + 2;
    const back = placeAfter(model, after, before, step);
    expect(quizView(model, before, back)).toEqual(quizView(model, after, step));
  });

  it('leaves a step past every question past every question', () => {
    expect(placeAfter(model, before, after, 1000)).toBe(1000);
    const all = quizOrder(model, before).length;
    expect(placeAfter(model, before, after, all)).toBe(quizOrder(model, after).length);
  });

  it('shows the same question (or the full result) for any step and any follow-up count', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.constantFrom(0, 1, 2), fc.constantFrom(0, 1, 2), (step, from, to) => {
        const a = { interviewDate: '2026-11-10', followUps: from, ...(from ? { lastFollowUp: '2026-11-17' } : {}) };
        const b = { interviewDate: '2026-11-10', followUps: to, ...(to ? { lastFollowUp: '2026-11-18' } : {}) };
        const was = quizView(model, a, step);
        const is = quizView(model, b, placeAfter(model, a, b, step));
        if (was.kind === 'timing') {
          if (was.question.id !== 'lastFollowUp' || to) expect(is).toMatchObject({ kind: 'timing', question: { id: was.question.id } });
        } else {
          expect(is).toEqual({
            kind: 'result',
            ...(was.refine ? { refine: expect.objectContaining({ question: was.refine.question }) } : {}),
          });
        }
      }),
    );
  });
});
