import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createSearch, highlight, rank, search, snippet, tokenize, type SearchRecord } from '../../../src/lib/search/search';
import { conceptSchema } from '../../../src/lib/search/vocabulary-schema';

describe('tokenize', () => {
  it('drops stop words and cuts common endings, alike for index and query', () => {
    expect(tokenize('Should I follow up with the recruiters?')).toEqual(['follow', 'up', 'recruiter']);
    expect(tokenize('Following-up emails')).toEqual(['follow', 'up', 'email']);
    expect(tokenize('You did well')).toEqual(['did', 'well']);
  });
});

describe('highlight and snippet', () => {
  it('marks matched ranges as parts, never as markup, and skips two-letter fragments', () => {
    expect(
      highlight('Thank-you notes', [
        [0, 4],
        [10, 14],
      ]),
    ).toEqual([
      { text: 'Thank', match: true },
      { text: '-you ', match: false },
      { text: 'notes', match: true },
    ]);
    expect(highlight('<b>x</b>', [[0, 2]])).toEqual([
      { text: '<b>', match: true },
      { text: 'x</b>', match: false },
    ]);
    expect(highlight('ab cd', [[0, 1]])).toEqual([{ text: 'ab cd', match: false }]);
  });

  it('centres a long text on its first match', () => {
    const text = `${'lorem '.repeat(60)}the match is here ${'ipsum '.repeat(60)}`;
    const start = text.indexOf('match');
    const parts = snippet(text, [[start, start + 4]]);
    expect(parts[0].text).toBe('… ');
    expect(parts.some((p) => p.match && p.text === 'match')).toBe(true);
    expect(parts.at(-1)!.text).toBe(' …');
  });
});

describe('search', () => {
  const records: SearchRecord[] = [
    { kind: 'section', title: 'Thank-you notes', context: 'Guide', text: 'Send one to each interviewer.', url: '/a/' },
    { kind: 'reason', title: 'No thank-you note', context: 'Reasons', text: 'A missing note reads as low interest.', url: '/b/#r' },
    { kind: 'item', title: 'Send thank-you notes', context: 'Checklist', text: '', url: '/c/#i' },
    { kind: 'section', title: 'Hiring freezes', context: 'Guide', text: 'Budgets change.', url: '/d/#f' },
  ];
  const fuse = createSearch(records);

  it('groups hits by kind and tolerates typos', () => {
    const groups = search(fuse, 'thnak you note');
    expect(groups.map((g) => g.kind).sort()).toEqual(['item', 'reason', 'section']);
    expect(groups.flatMap((g) => g.hits).map((h) => h.record.url)).not.toContain('/d/#f');
  });

  it('returns nothing for an empty query', () => {
    expect(search(fuse, '   ')).toEqual([]);
  });
});

describe('the vocabulary (content/search/vocabulary.yaml)', () => {
  const concepts = (yaml.load(readFileSync(join(import.meta.dirname, '../../../content/search/vocabulary.yaml'), 'utf8')) as unknown[]).map(
    (c) => conceptSchema.parse(c),
  );
  const index = createSearch(
    [{ kind: 'section', title: 'Following up', context: 'Guide', text: 'Send one short follow-up email.', url: '/f/' }],
    concepts,
  );

  it('names each idea once, and keeps every phrase to words a query keeps', () => {
    expect(new Set(concepts.map((c) => c.id)).size).toBe(concepts.length);
    for (const concept of concepts)
      for (const phrase of concept.phrases) expect(tokenize(phrase), `${concept.id}: "${phrase}"`).not.toEqual([]);
  });

  it('a phrase leads to the idea, and a longer phrase wins over a shorter one inside it', () => {
    expect(index.records[rank(index, 'should I ring them')[0]?.id]?.url).toBe('/f/');
    const as = (text: string) => tokenize(text).join(' ');
    const phone = index.phrases.find(({ phrase }) => phrase.join(' ') === as('phone interview'));
    expect(phone?.concept.id).toBe('kind-of-interview');
    expect(index.phrases.findIndex((p) => p === phone)).toBeLessThan(
      index.phrases.findIndex(({ phrase }) => phrase.join(' ') === as('phone')),
    );
  });
});
