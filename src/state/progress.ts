import { PROGRESS_NAME, progressSchema } from '../lib/progress';
import { persisted } from './persisted';

export { storageHealth } from './persisted';

/** Ids of the lessons this reader has finished. */
export const readLessons = persisted<string[]>(PROGRESS_NAME, progressSchema, []);
