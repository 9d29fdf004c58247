/**
 * The guides a reader has finished. Loaded only once they mark one (src/components/LessonProgress.astro
 * reads the list with the small-page reader until then).
 */
import { READ_LESSONS, setRead } from '../lib/progress';
import { persisted } from './persisted';

export { storageHealth } from './persisted';

/** Ids of the lessons this reader has finished. */
export const readLessons = persisted(READ_LESSONS);

/** Marks a lesson read (or unread again); returns the list as it is now. */
export function markLessonRead(id: string, isRead = true): string[] {
  readLessons.set(setRead(readLessons.get(), id, isRead));
  return readLessons.get();
}
