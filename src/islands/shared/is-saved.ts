/**
 * Whether anything is stored under `callback:<name>`, without loading the value's schema: how an island
 * decides to load the code that shows it (the planner's interviews, the day sheet's prep). Unreadable
 * storage counts as nothing saved.
 */
import { KEY_PREFIX } from '../../lib/storage/storage-keys';

export function isSaved(name: string): boolean {
  try {
    return localStorage.getItem(KEY_PREFIX + name) !== null;
  } catch {
    return false;
  }
}
