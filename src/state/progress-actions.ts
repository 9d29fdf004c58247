/**
 * Marking a guide read. Lesson pages must stay tiny, so this writes with the small-page reader rather than
 * a store (as the theme control does); the data page reaches the same value through the registry.
 */
import { READ_LESSONS, setRead } from '../lib/content/progress';
import { readValue, writeValue } from './quick-storage';

/**
 * Marks a guide read (or unread again) in the list as stored now, so marks made in other tabs are kept.
 * Returns the list and whether it was saved (false: the browser refuses storage, so the mark lasts only
 * as long as the page).
 */
export function markLessonRead(id: string, isRead = true): { read: string[]; saved: boolean } {
  const read = setRead(readValue(READ_LESSONS), id, isRead);
  return { read, saved: writeValue(READ_LESSONS, read) };
}
