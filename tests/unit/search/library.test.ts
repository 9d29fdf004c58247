/**
 * Search finds the question library's questions by the words people use for them, at each question's place
 * on its kind of round's page, over the real bank and content (see site-search.ts).
 */
import { describe, expect, it } from 'vitest';
import { firstUrl, topUrls } from './site-search';

describe('the question library in search', () => {
  it.each([
    ['what is your greatest weakness', '/practice/questions/hiring-manager/#q-greatest-weakness'],
    ['what salary range do you have in mind', '/practice/questions/screen/#q-salary-expectations'],
    ['how to explain a gap in my resume', '/practice/questions/screen/#q-gap-in-employment'],
    ['how do i explain being laid off', '/practice/questions/screen/#q-laid-off'],
    ['tell me about a time you failed', '/practice/questions/'],
  ])('"%s" lists %s among the first five', (query, url) => {
    const found = topUrls(query, 5);
    expect(url.includes('#') ? found : found.map((u) => u.replace(/#.*$/, '').replace(/[a-z-]+\/$/, ''))).toContain(url);
  });

  it.each([
    ['common interview questions', '/practice/questions/'],
    ['questions to ask the interviewer', '/practice/questions/'],
    ['question library', '/practice/questions/'],
  ])('"%s" finds the library first', (query, url) => {
    expect(firstUrl(query)).toBe(url);
  });
});
