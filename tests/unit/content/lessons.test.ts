import { describe, expect, it } from 'vitest';
import { groupByMoment, neighbors, readingMinutes, tableOfContents, type Moment } from '../../../src/lib/content/lessons';

describe('readingMinutes', () => {
  it('counts the words a reader reads, not frontmatter, tags or heading ids', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const source = `---\ntitle: ${words(500)}\n---\n## Heading {#some-id}\n<Callout kind="tip" title="${words(50)}">${words(440)}</Callout>`;
    expect(readingMinutes(source)).toBe(2); // 441 words at 220 a minute
  });

  it('never says zero minutes', () => {
    expect(readingMinutes('')).toBe(1);
  });
});

const lesson = (id: string, moment: Moment, order: number) => ({ id, moment, order });

describe('groupByMoment', () => {
  it('groups in the order of a job search and sorts by reading order, skipping empty moments', () => {
    const groups = groupByMoment([
      lesson('o', 'offer', 4),
      lesson('c', 'called-back', 5),
      lesson('b2', 'before', 2),
      lesson('w', 'waiting', 3),
      lesson('b1', 'before', 1),
    ]);
    expect(groups.map((g) => [g.moment, g.lessons.map((l) => l.id)])).toEqual([
      ['before', ['b1', 'b2']],
      ['waiting', ['w']],
      ['called-back', ['c']],
      ['offer', ['o']],
    ]);
  });
});

describe('neighbors', () => {
  const all = [lesson('b', 'before', 2), lesson('a', 'before', 1), lesson('c', 'waiting', 3)];
  it.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
  ])('%s sits between %s and %s', (id, prev, next) => {
    const result = neighbors(all, id);
    expect(result.prev?.id).toBe(prev);
    expect(result.next?.id).toBe(next);
  });
  it('has no neighbors for an unknown lesson', () => {
    expect(neighbors(all, 'zzz')).toEqual({});
  });
});

describe('tableOfContents', () => {
  it('nests h3 headings under the h2 before them and drops deeper ones', () => {
    const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });
    expect(tableOfContents([h(3, 'intro'), h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(3, 'a2'), h(2, 'b')])).toEqual([
      { slug: 'intro', text: 'INTRO', children: [] },
      {
        slug: 'a',
        text: 'A',
        children: [
          { slug: 'a1', text: 'A1', children: [] },
          { slug: 'a2', text: 'A2', children: [] },
        ],
      },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});
