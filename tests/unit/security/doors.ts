/**
 * The rules every door's fuzz test holds a reader to (issue 30): it returns (never throws), within its door's
 * stated time (LIMITS in core/limits.ts), and a refusal leaves the browser's storage as it was.
 */
import { expect } from 'vitest';
import { LIMITS, type Door } from '../../../src/lib/core/limits';

/** Generated inputs per door. */
export const RUNS = 2000;

/** Everything in storage (where the test environment has one), to compare before and after a refusal. */
const snapshot = () => (typeof localStorage === 'undefined' ? '' : JSON.stringify(Object.entries(localStorage).sort()));

/** Runs `read`, holding it to the door's rules; a result for which `refused` holds must have written nothing. */
export async function through<R>(door: Door, read: () => R | Promise<R>, refused: (result: R) => boolean): Promise<R> {
  const before = snapshot();
  const start = performance.now();
  const result = await read();
  const took = performance.now() - start;
  expect(took, `${door}: one read took ${Math.round(took)} ms`).toBeLessThanOrEqual(LIMITS[door].ms);
  if (refused(result)) expect(snapshot(), `${door}: a refusal wrote to storage`).toBe(before);
  return result;
}

export const bytes = (text: string) => new TextEncoder().encode(text);
