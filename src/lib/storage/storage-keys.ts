/** Every key the site writes starts with this, so its data can be found (and exported) as a whole. */
export const KEY_PREFIX = 'callback:';

/**
 * The saved interviews' name (see INTERVIEWS in interviews/interviews.ts), here on its own so the planner can see
 * whether any are saved without loading their schema.
 */
export const INTERVIEWS_NAME = 'interviews';

/** The question loop's name (see PRACTICE in prep/practice.ts), for the day sheet: is there prep to load? */
export const PRACTICE_NAME = 'practice';

/**
 * How much localStorage a browser keeps for one site, in characters of keys and values. MDN ("Storage
 * quotas and eviction criteria") gives 5 MiB of localStorage per origin in every browser; measured on
 * Chromium, it holds 5,242,880 characters and throws QuotaExceededError past them.
 */
export const STORAGE_LIMIT_CHARS = 5 * 1024 * 1024;
