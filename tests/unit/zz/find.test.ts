import { it } from 'vitest';
import { rank, tokenize } from '../../../src/lib/search/search';
import { loadParts } from '../../../src/lib/search/shards';
import { searchParts } from '../../e2e/helpers/site';
import { readFileSync } from 'node:fs';
it('finds', () => {
  const index = loadParts(searchParts());
  const words = (text: string) => tokenize(text.replace(/['’]/g, '')).join(' ');
  const q = words('should i call them');
  console.log('query words:', q);
  for (const r of index.records) if (words(r.title) === q) console.log('SAME', r.title, r.url);
  const queries = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8'));
  for (const [query, expected] of queries.headings) {
    const top = rank(index, query).slice(0, 3).map((h: { id: number }) => index.records[h.id].url);
    const ok = expected.endsWith('*') ? top[0]?.startsWith(expected.slice(0, -1)) : top[0] === expected;
    if (!ok) console.log('NOT FIRST', query, '→', expected, 'got', top.join(', '));
  }
});
