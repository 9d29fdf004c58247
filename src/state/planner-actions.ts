/**
 * Adding an interview from the post-interview planner. Apart from the checklists' actions so lists without
 * a planner never load the saved interviews (the planner loads it with planner-live.ts).
 */
import type { IsoDate } from '../lib/core/dates';
import { addProblem, DETAIL_MAX, newInterview, newInterviewId, saveRecord } from '../lib/interviews/interviews';
import { interviewDateProblem } from '../lib/journal/quick-add';
import { interviews } from './interviews';
import { writeState } from './interview-sync';

/** What the planner asks for before it adds an interview: a name (company, role or both) and its date. */
export interface NewPlan {
  company: string;
  role: string;
  interviewDate: string;
}

/** A reason the interview was not added: about one field, or (the count limit) about none. */
export interface AddPlanProblem {
  field?: 'name' | 'interviewDate';
  problem: string;
}

/**
 * Adds an interview the planner can date at once (the diagnostic lists it too): named, so that no
 * "Unnamed interview" is ever made by the way, and with its interview date, under the diagnostic's date
 * rules. Returns its id, for the planner to open, or every reason it was not added, in which case nothing
 * changes; at the count limit that is the only reason given, as fixing the fields would not help.
 * It leaves the checklists alone: importing their store here would make the lazily loaded planner depend
 * on the list's own chunk, whose stylesheet the build folds into the page, and loading would fail on the
 * missing file.
 */
export function addPlannerInterview(plan: NewPlan, today: IsoDate): { id: string } | { problems: AddPlanProblem[] } {
  const limit = addProblem(interviews.get());
  if (limit) return { problems: [{ problem: limit }] };
  const company = plan.company.trim();
  const role = plan.role.trim();
  const problems: AddPlanProblem[] = [];
  if (!company && !role)
    problems.push({ field: 'name', problem: 'Enter the company, the role or both, to tell this interview from others.' });
  else if (company.length > DETAIL_MAX || role.length > DETAIL_MAX)
    problems.push({ field: 'name', problem: `Keep the company and the role to ${DETAIL_MAX} characters each.` });
  const dateProblem = interviewDateProblem(plan.interviewDate, today);
  if (dateProblem) problems.push({ field: 'interviewDate', problem: dateProblem });
  if (problems.length) return { problems };

  const now = new Date();
  const record = { ...newInterview(newInterviewId(), now), company, role, answers: { interviewDate: plan.interviewDate } };
  writeState((state) => saveRecord(state, record, now));
  return { id: record.id };
}
