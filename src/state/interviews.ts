import { INTERVIEWS } from '../lib/interviews/interviews';
import { persisted } from './persisted';

/**
 * Every interview the person has saved, and the one open in the diagnostic. Its writes are beside it, in
 * diagnostic-actions.ts (the diagnostic), plan-actions.ts (the planner's dates and details) and
 * checklists-actions.ts (choosing or adding the planner's interview): the checklists and the data page read this
 * store without paying for the quiz's step logic.
 */
export const interviews = persisted(INTERVIEWS);
