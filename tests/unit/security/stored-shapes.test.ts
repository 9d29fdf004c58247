/**
 * Stored shapes are rebuilt, never passed through (issue 30, item 2): for every value the site keeps, what an
 * import or another writer hands the reader, with extra keys at any level (prototype-named, or holding
 * hundreds of kilobytes), is either refused whole or read back holding exactly the fields the clean value
 * holds. Each reader is the one the site uses: `readStore`, through which imports, restores and the stores'
 * own schemas pass.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, sizeWords } from '../../../src/lib/core/limits';
import { readStore } from '../../../src/lib/data/backup';
import { REGISTRY } from '../../../src/lib/data/registry';
import { encodeValue } from '../../../src/lib/storage/storage-codec';
import { STORED_SAMPLES } from '../../fixtures/stored-samples';

const CONTEXT = { places: new Set(['US', 'GB', 'GB-SCT']) };
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The objects whose keys are data, not fields (an answer per question id, ticks per sheet and item): their
 * keys show as "*" in paths and get no extra keys (any key is theirs to hold), while their values are
 * checked like the rest.
 */
const MAPS = new Set(['.interviews[].answers', '.interviews[].debrief', '.marks', '.marks.*']);

/** Every key path in a value, with list positions as "[]": "interviews[].rounds[].kind". */
function paths(value: unknown, at = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => paths(v, `${at}[]`, out));
  else if (isPlain(value))
    for (const [key, v] of Object.entries(value)) {
      const path = `${at}.${MAPS.has(at) ? '*' : key}`;
      out.add(path);
      paths(v, path, out);
    }
  return out;
}

/** Whether every object in `value` has the plain prototype: a key named `__proto__` never became one. */
function plainAll(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(plainAll);
  if (typeof value !== 'object' || value === null) return true;
  return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plainAll);
}

/** `value` with `extras[i]`'s keys added to its i-th plain object (in walk order), as own keys, `__proto__` too. */
function inject(value: unknown, extras: Record<string, unknown>[], at = '', count = { n: 0 }): unknown {
  if (Array.isArray(value)) return value.map((v) => inject(v, extras, `${at}[]`, count));
  if (!isPlain(value)) return value;
  const extra = MAPS.has(at) ? {} : (extras[count.n++ % extras.length] ?? {});
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = inject(v, extras, `${at}.${MAPS.has(at) ? '*' : key}`, count);
  for (const [key, v] of Object.entries(extra))
    if (!Object.hasOwn(value, key)) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'hidden'),
  fc.string({ minLength: 1 }),
);
// Far past every field's limit (the longest, a story's or an answer's text, is 20,000 characters).
const big = 'x'.repeat(40_000);
const junk = fc.oneof(fc.constant(big), fc.integer(), fc.constant({ hidden: { deeper: 'y' } }), fc.constant([big]));
const extrasArb = fc.array(fc.dictionary(key, junk, { maxKeys: 3 }), { minLength: 1, maxLength: 6 });

describe('every stored value', () => {
  it('has a sample that its reader keeps as it is', () => {
    // A map's key named "__proto__" is a key like any other, and never the object's prototype.
    expect(plainAll(JSON.parse('{"a":{"__proto__":{"b":1}}}'))).toBe(true);
    for (const entry of REGISTRY) {
      expect(STORED_SAMPLES, entry.name).toHaveProperty(entry.name);
      const read = readStore(entry, encodeValue(entry.schema, STORED_SAMPLES[entry.name]), CONTEXT);
      expect(read, entry.name).toMatchObject({ ok: true });
      expect(paths((read as { value: unknown }).value), entry.name).toEqual(paths(STORED_SAMPLES[entry.name]));
    }
  });

  for (const entry of REGISTRY) {
    it(`"${entry.name}": extra, prototype-named and oversized keys never pass the reader`, () => {
      const sample = STORED_SAMPLES[entry.name];
      const clean = readStore(entry, encodeValue(entry.schema, sample), CONTEXT);
      if (!clean.ok) throw new Error(`${entry.name}: the sample does not read`);
      const allowed = paths(clean.value);
      fc.assert(
        fc.property(extrasArb, (extras) => {
          const text = JSON.stringify({ v: entry.schema.version, data: inject(sample, extras) });
          const read = readStore(entry, text, CONTEXT);
          if (!read.ok) return;
          for (const path of paths(read.value)) expect(allowed, `${entry.name}: ${path}`).toContain(path);
          expect(JSON.stringify(read.value).length).toBeLessThanOrEqual(JSON.stringify(clean.value).length);
          expect(plainAll(read.value), entry.name).toBe(true);
        }),
        { numRuns: 200 },
      );
    }, 60_000);
  }
});

describe('a key named "__proto__" in a map of outside data', () => {
  it('stays a key: ticks on a sheet of that name are kept, and no object gets a new prototype', () => {
    const checklists = REGISTRY.find((e) => e.name === 'checklists')!;
    const text = '{"v":1,"data":{"marks":{"__proto__":{"__proto__":"done"}},"upcoming":{"name":"","date":""},"plannerId":null}}';
    const read = readStore(checklists, text, CONTEXT);
    expect(read.ok && plainAll(read.value)).toBe(true);
    expect(read.ok && JSON.stringify(read.value)).toContain('"marks":{"__proto__":{"__proto__":"done"}}');
  });
});

describe('the README', () => {
  it('lists every door of LIMITS with its input bound', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    for (const [door, limit] of Object.entries(LIMITS)) {
      const row = readme.split('\n').find((line) => line.startsWith('| `') && line.includes(`\`${door}\``));
      expect(row, door).toBeDefined();
      const unit = /characters/.test(row!) ? 'characters' : 'bytes';
      expect(row, door).toContain(sizeWords(limit.input, unit));
    }
  });
});
