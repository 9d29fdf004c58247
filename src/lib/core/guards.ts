/**
 * The small checks every reader of outside data starts from (stored values, imports, links a mentor sends):
 * whether a value is a plain object, a string within its limit, a list of such strings, or one of a fixed set.
 * One home, so every reader draws the line in the same place.
 */

/** A plain object (not null, not an array), whose fields are still to be checked. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string of at most `max` characters. */
export const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** At most `count` strings of at most `max` characters each. */
export const isTextList = (v: unknown, count: number, max: number): v is string[] =>
  Array.isArray(v) && v.length <= count && v.every((x) => isText(x, max));

/** One of `values`. */
export const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => values.includes(v as T);

/**
 * A new object holding only `fields` of `v` (those it has), nothing else: how every reader of outside data
 * rebuilds what it checked, so that extra keys (of any size, or named `__proto__`) never reach storage.
 * `fields` lists every field of T (a Record over its keys), so adding a field to T without listing it here
 * does not compile.
 */
export function pick<T extends object>(v: Record<string, unknown>, fields: Record<keyof T, true>): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) if (Object.hasOwn(v, key) && v[key] !== undefined) out[key] = v[key];
  return out as T;
}

/** A map of outside data (ids to values) copied as own data keys: `__proto__` stays a plain key, never a prototype. */
export const copyMap = <V>(v: Record<string, V>): Record<string, V> => Object.fromEntries(Object.entries(v));
