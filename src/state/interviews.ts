import { INTERVIEWS } from '../lib/interviews';
import { persisted } from './persisted';

/**
 * Every interview the person has saved, and the one open in the diagnostic. Its writes are beside it, in
 * interview-actions.ts (the diagnostic), plan-actions.ts (the planner's dates and details) and
 * checklists.ts (choosing or adding the planner's interview): the checklists and the data page read this
 * store without paying for the quiz's step logic.
 */
export const interviews = persisted(INTERVIEWS);
