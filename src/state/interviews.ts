import { EMPTY_INTERVIEWS, INTERVIEWS_NAME, interviewsSchema, type InterviewsState } from '../lib/interviews';
import { persisted } from './persisted';

/** Every interview the person has saved in the diagnostic, and the one open now. */
export const interviews = persisted<InterviewsState>(INTERVIEWS_NAME, interviewsSchema, EMPTY_INTERVIEWS);
