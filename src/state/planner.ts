/**
 * Adding an interview from the post-interview planner. Apart from the checklists' actions so lists without
 * a planner never load the saved interviews (the planner loads it with planner-live.ts).
 */
import { addProblem, newInterview, newInterviewId, saveRecord } from '../lib/interviews';
import { interviews } from './interviews';
import { writeState } from './interview-sync';

/**
 * Starts a new, empty interview (the diagnostic lists it too). Returns its id, for the planner to open, or
 * why none can be added (the count limit), in which case nothing changes. It leaves the checklists alone:
 * importing their store here would make the lazily loaded planner depend on the list's own chunk, whose
 * stylesheet the build folds into the page, and loading would fail on the missing file.
 */
export function addPlannerInterview(): { id: string } | { problem: string } {
  const problem = addProblem(interviews.get());
  if (problem) return { problem };
  const now = new Date();
  const record = newInterview(newInterviewId(), now);
  writeState((state) => saveRecord(state, record, now));
  return { id: record.id };
}
