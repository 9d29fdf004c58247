import { describe, expect, it } from 'vitest';
import { progressSchema, setRead } from '../../../src/lib/content/progress';

describe('progressSchema', () => {
  it.each([
    [
      ['a', 'b-c'],
      ['a', 'b-c'],
    ],
    [
      ['a', 'a', 'b'],
      ['a', 'b'],
    ],
    [[], []],
    [['A'], undefined],
    [['a', 3], undefined],
    ['a', undefined],
    [{ a: true }, undefined],
    [Array.from({ length: 501 }, (_, i) => `l${i}`), undefined],
  ])('%j → %j', (data, expected) => {
    expect(progressSchema.parse(data)).toEqual(expected);
  });
});

describe('setRead', () => {
  it('marks and unmarks without duplicating or touching other lessons', () => {
    const once = setRead(['x'], 'a', true);
    expect(once).toEqual(['x', 'a']);
    expect(setRead(once, 'a', true)).toEqual(['x', 'a']);
    expect(setRead(once, 'a', false)).toEqual(['x']);
    expect(setRead([], 'a', false)).toEqual([]);
  });
});
