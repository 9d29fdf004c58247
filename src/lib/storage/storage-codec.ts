/**
 * The codec for every value the site keeps in the browser.
 *
 * A stored value is a versioned JSON envelope, `{"v":2,"data":…}`. Whatever sits under a key is untrusted
 * (another version of the site, a browser extension, a person in dev tools may have written it), so
 * decoding never throws: it returns either a valid value or the reason it could not produce one, and the
 * caller decides what to keep.
 */
import { parseJsonWithin } from '../core/limits.ts';

/** How one kind of stored value is checked and upgraded. */
export interface ValueSchema<T> {
  /** The version `encodeValue` writes. Bump it when the shape of `T` changes, and add a migration. */
  version: number;
  /** Returns the value when `data` has the right shape for the current version, otherwise `undefined`. */
  parse: (data: unknown) => T | undefined;
  /**
   * Upgrades, keyed by the version they upgrade from: `migrations[1]` turns version-1 data into
   * version-2 data. A migration may throw on data it cannot read; that counts as a wrong shape.
   */
  migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /**
   * For a value that holds many items (the saved interviews): when `parse` refuses the whole, keeps the
   * items that pass and returns the others apart, in the same shape, to be set aside. One damaged or
   * over-limit item then never costs the rest. Returns undefined when not even the outer shape holds.
   */
  salvage?: (data: unknown) => { value: T; rejected: unknown } | undefined;
}

/** Why a stored value could not be used. */
export type DecodeProblem =
  /** Not JSON at all (truncated write, hand edit). */
  | 'corrupt'
  /** JSON, but not an envelope, or the data fails the schema. */
  | 'wrong-shape'
  /** An older version with no migration path. */
  | 'old-version'
  /** Written by a newer version of the site (e.g. after going back to a cached copy). */
  | 'newer-version'
  /** Longer or more deeply nested than anything the site writes (LIMITS.stored): not parsed at all. */
  | 'too-large';

/** `rejected`: the items `salvage` took out, in the value's shape, when only part of it could be kept. */
export type Decoded<T> = { ok: true; value: T; migrated: boolean; rejected?: unknown } | { ok: false; problem: DecodeProblem };
export type Upgraded = { ok: true; data: unknown; migrated: boolean } | { ok: false; problem: DecodeProblem };

interface Envelope {
  v: number;
  data: unknown;
}

function isEnvelope(x: unknown): x is Envelope {
  return (
    typeof x === 'object' && x !== null && !Array.isArray(x) && Number.isInteger((x as Envelope).v) && (x as Envelope).v > 0 && 'data' in x
  );
}

/** Serialises `value` in the current version's envelope. */
export function encodeValue<T>(schema: ValueSchema<T>, value: T): string {
  return JSON.stringify({ v: schema.version, data: value });
}

/**
 * Reads a stored string's envelope and migrates its data, step by step, to the current version, without
 * checking its shape (an import checks and repairs it item by item instead). Never throws.
 */
export function upgradeValue(schema: ValueSchema<unknown>, raw: string): Upgraded {
  const read = parseJsonWithin(raw, 'stored');
  if (!read.ok) return { ok: false, problem: read.problem === 'not-json' ? 'corrupt' : 'too-large' };
  const parsed = read.value;
  if (!isEnvelope(parsed)) return { ok: false, problem: 'wrong-shape' };
  if (parsed.v > schema.version) return { ok: false, problem: 'newer-version' };

  let data = parsed.data;
  for (let from = parsed.v; from < schema.version; from++) {
    const migrate = schema.migrations?.[from];
    if (!migrate) return { ok: false, problem: 'old-version' };
    try {
      data = migrate(data);
    } catch {
      return { ok: false, problem: 'wrong-shape' };
    }
  }
  return { ok: true, data, migrated: parsed.v !== schema.version };
}

/** Reads a stored string: validates it, migrates old versions, salvages what it can, never throws. */
export function decodeValue<T>(schema: ValueSchema<T>, raw: string): Decoded<T> {
  const upgraded = upgradeValue(schema as ValueSchema<unknown>, raw);
  if (!upgraded.ok) return upgraded;
  const { data, migrated } = upgraded;
  try {
    const value = schema.parse(data);
    if (value !== undefined) return { ok: true, value, migrated };
    const salvaged = schema.salvage?.(data);
    if (salvaged) return { ok: true, value: salvaged.value, migrated, rejected: salvaged.rejected };
  } catch {
    // A parser that throws has met a shape it does not know.
  }
  return { ok: false, problem: 'wrong-shape' };
}
