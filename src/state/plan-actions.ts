/**
 * The writes of the post-interview planner's plan (PlanDetails): its dates and the details that fill its
 * emails. Apart from diagnostic-actions.ts so the planner, which loads this only once an interview is
 * chosen, never pays for the quiz's step logic; both write only the fields they change, through
 * interview-sync.ts, so a plan and a diagnosis edited at once in two tabs keep both edits.
 */
import type { IsoDate } from '../lib/core/dates';
import type { InterviewDetails } from '../lib/interviews/interviews';
import { timingProblems, type FieldProblem } from '../lib/interviews/timing-answers';
import { interviews } from './interviews';
import { writeFields } from './interview-sync';

/** The free-text details that name the interview and fill the emails. */
export function setPlanDetails(id: string, details: Partial<InterviewDetails>) {
  writeFields(id, details);
}

/**
 * Sets (or, with an empty value, clears) the interview date or the promised decision date, under the same
 * rules as the diagnostic's questions, so a plan made here stays a valid diagnosis there. Returns the
 * problem instead of saving when the date breaks a rule.
 */
export function setPlanDate(id: string, key: 'interviewDate' | 'promisedBy', value: string, today: IsoDate): FieldProblem | undefined {
  const record = interviews.get().interviews.find((r) => r.id === id);
  if (!record) return undefined;
  const { [key]: _, ...rest } = record.answers;
  const answers = value ? { ...rest, [key]: value } : rest;
  // A plan may start without an interview date, but one that has a date keeps it.
  const problem = timingProblems(answers, today, { upcoming: true }).find(
    (p) => p.field === key && (value || record.answers[key] !== undefined),
  );
  if (!problem) writeFields(id, { [`answer:${key}`]: value || undefined });
  return problem;
}
