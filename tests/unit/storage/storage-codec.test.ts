import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue, type ValueSchema } from '../../../src/lib/storage/storage-codec';

interface Notes {
  items: string[];
  pinned: boolean;
}

const isNotes = (d: unknown): d is Notes =>
  typeof d === 'object' &&
  d !== null &&
  Array.isArray((d as Notes).items) &&
  (d as Notes).items.every((i) => typeof i === 'string') &&
  typeof (d as Notes).pinned === 'boolean';

// Version 1 stored a bare list; version 2 a list with a comma-joined string; version 3 the current shape.
const schema: ValueSchema<Notes> = {
  version: 3,
  parse: (d) => (isNotes(d) ? d : undefined),
  migrations: {
    1: (d) => ({ joined: (d as string[]).join(',') }),
    2: (d) => ({ items: String((d as { joined: string }).joined).split(','), pinned: false }),
  },
};

describe('encodeValue / decodeValue', () => {
  it('round-trips a value in a versioned envelope', () => {
    const raw = encodeValue(schema, { items: ['a', 'b'], pinned: true });
    expect(JSON.parse(raw)).toEqual({ v: 3, data: { items: ['a', 'b'], pinned: true } });
    expect(decodeValue(schema, raw)).toEqual({ ok: true, value: { items: ['a', 'b'], pinned: true }, migrated: false });
  });

  it('migrates an old version step by step', () => {
    expect(decodeValue(schema, JSON.stringify({ v: 1, data: ['x', 'y'] }))).toEqual({
      ok: true,
      value: { items: ['x', 'y'], pinned: false },
      migrated: true,
    });
    expect(decodeValue(schema, JSON.stringify({ v: 2, data: { joined: 'z' } }))).toMatchObject({
      ok: true,
      value: { items: ['z'] },
    });
  });

  it.each([
    ['truncated JSON', '{"v":3,"data":{"items":["a"', 'corrupt'],
    ['not JSON at all', 'hello', 'corrupt'],
    ['an empty string', '', 'corrupt'],
    ['JSON that is not an envelope', '["a","b"]', 'wrong-shape'],
    ['an envelope without data', '{"v":3}', 'wrong-shape'],
    ['a version that is not a whole number', '{"v":"3","data":{}}', 'wrong-shape'],
    ['version zero', '{"v":0,"data":{}}', 'wrong-shape'],
    ['data of the wrong shape', '{"v":3,"data":{"items":"a","pinned":true}}', 'wrong-shape'],
    ['null data', '{"v":3,"data":null}', 'wrong-shape'],
    ['a newer version', '{"v":4,"data":{"items":[],"pinned":false}}', 'newer-version'],
  ])('reports %s without throwing', (_, raw, problem) => {
    expect(decodeValue(schema, raw)).toEqual({ ok: false, problem });
  });

  it('reports an old version it has no migration for', () => {
    const noHistory: ValueSchema<Notes> = { version: 3, parse: schema.parse };
    expect(decodeValue(noHistory, JSON.stringify({ v: 1, data: [] }))).toEqual({ ok: false, problem: 'old-version' });
  });

  it('treats a migration or a parser that throws as a wrong shape', () => {
    // Version-1 data that is not a list makes the first migration throw.
    expect(decodeValue(schema, JSON.stringify({ v: 1, data: 42 }))).toEqual({ ok: false, problem: 'wrong-shape' });
    const throwing: ValueSchema<number> = {
      version: 1,
      parse: () => {
        throw new Error('bad');
      },
    };
    expect(decodeValue(throwing, '{"v":1,"data":1}')).toEqual({ ok: false, problem: 'wrong-shape' });
  });
});
