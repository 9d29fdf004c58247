/**
 * Search finds the question library's questions by the words people use for them, each at its own page, over
 * the real bank and content (see site-search.ts).
 */
import { describe, expect, it } from 'vitest';
import { firstUrl, topUrls } from './site-search';

describe('the question library in search', () => {
  it.each([
    ['what is your greatest weakness', '/practice/questions/hiring-manager/greatest-weakness/'],
    ['what salary range do you have in mind', '/practice/questions/screen/salary-expectations/'],
    ['how to explain a gap in my resume', '/practice/questions/screen/gap-in-employment/'],
    ['how do i explain being laid off', '/practice/questions/screen/laid-off/'],
  ])('"%s" lists %s among the first five', (query, url) => {
    expect(topUrls(query, 5)).toContain(url);
  });

  it('"tell me about a time you failed" lists a question of the library among the first five', () => {
    expect(topUrls('tell me about a time you failed', 5).some((url) => /^\/practice\/questions\/[a-z-]+\/[a-z0-9-]+\/$/.test(url))).toBe(
      true,
    );
  });

  it.each([
    ['common interview questions', '/practice/questions/'],
    ['questions to ask the interviewer', '/practice/questions/'],
    ['question library', '/practice/questions/'],
  ])('"%s" finds the library first', (query, url) => {
    expect(firstUrl(query)).toBe(url);
  });
});
