import { describe, expect, it } from 'vitest';
import { inOrder, orderClashes } from '../../../src/lib/core/content-order';

describe('inOrder', () => {
  it('sorts entries by the place each gives itself, 1 first', () => {
    const entries = [3, 1, 2].map((order) => ({ id: `e${order}`, data: { order } }));
    expect(inOrder(entries).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });
});

describe('orderClashes', () => {
  it('is empty when each file has its own place', () => {
    expect(
      orderClashes([
        { file: 'a.mdx', order: 1 },
        { file: 'b.mdx', order: 2 },
      ]),
    ).toEqual([]);
  });

  it('names every file that claims a place, one line per place', () => {
    expect(
      orderClashes([
        { file: 'content/lessons/d.mdx', order: 4 },
        { file: 'content/lessons/c.mdx', order: 4 },
        { file: 'content/lessons/a.mdx', order: 2 },
        { file: 'content/lessons/b.mdx', order: 2 },
        { file: 'content/lessons/e.mdx', order: 2 },
        { file: 'content/lessons/f.mdx', order: 9 },
      ]),
    ).toEqual([
      'order 2 is taken by content/lessons/a.mdx, content/lessons/b.mdx and content/lessons/e.mdx',
      'order 4 is taken by content/lessons/c.mdx and content/lessons/d.mdx',
    ]);
  });
});
