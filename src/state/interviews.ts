import { EMPTY_INTERVIEWS, INTERVIEWS_NAME, interviewsSchema, type InterviewsState } from '../lib/interviews';
import { persisted } from './persisted';

/**
 * Every interview the person has saved, and the one open in the diagnostic. Its writes are in
 * interview-actions.ts, beside it: the checklists and the data page read this store without paying for
 * the quiz's step logic.
 */
export const interviews = persisted<InterviewsState>(INTERVIEWS_NAME, interviewsSchema, EMPTY_INTERVIEWS);
