/**
 * Which lessons a reader has finished: a list of lesson ids, stored as `callback:read-lessons`.
 */
import type { ValueSchema } from '../storage/storage-codec.ts';
import type { StoredValue } from '../storage/stored-value.ts';

const PROGRESS_NAME = 'read-lessons';

const LESSON_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
/** Far more than the guides will ever have; a longer list is not ours. */
const MAX_IDS = 500;

/** @internal The tests read and write stored text with it directly. */
export const progressSchema: ValueSchema<string[]> = {
  version: 1,
  parse: (data) =>
    Array.isArray(data) && data.length <= MAX_IDS && data.every((id) => typeof id === 'string' && LESSON_ID.test(id))
      ? [...new Set(data as string[])]
      : undefined,
};

/** The stored list of lessons read. */
export const READ_LESSONS: StoredValue<string[]> = { name: PROGRESS_NAME, schema: progressSchema, initial: [] };

/** `read` with `id` marked read (or unread), leaving the original untouched. */
export function setRead(read: readonly string[], id: string, isRead: boolean): string[] {
  const rest = read.filter((r) => r !== id);
  return isRead ? [...rest, id] : rest;
}
