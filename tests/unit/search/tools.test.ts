/**
 * Search finds the site's tools by their names and by the words people use for them, over an index built as
 * the site builds it (src/pages/search-index/[...file].ts) from the real lessons, reasons and checklists, the
 * tools of src/lib/content/site.ts and content/search/vocabulary.yaml. The built site's own index is checked
 * the same way in tests/e2e/tools.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { rank, search } from '../../../src/lib/search/search';
import { TOOLS } from '../../../src/lib/content/site';
import { index, records, vocabulary } from './site-search';

const first = (query: string) => records[rank(index, query)[0]?.id]?.url;

describe('the tools in search', () => {
  it.each([
    ['mentor', '/mentor/'],
    ['linkedin', '/checklists/online-audit/'],
    ['tracker', '/journal/'],
    ['spreadsheet', '/journal/'],
    ['star stories', '/stories/'],
    ['quiz', '/diagnose/'],
    ['diagnose', '/diagnose/'],
    ['prep', '/practice/'],
    ['practice questions', '/practice/'],
    ['log', '/journal/'],
    ['track my applications', '/journal/'],
    ['online presence', '/checklists/online-audit/'],
    ['social media', '/checklists/online-audit/'],
    ['my linkedin profile', '/checklists/online-audit/'],
    ['day sheet', '/checklists/pre-interview/'],
    ['tell me about a time', '/stories/'],
    ['career coach', '/mentor/'],
  ])('"%s" finds %s first', (query, url) => {
    expect(first(query)).toBe(url);
  });

  it("finds each tool first by its one name, as typed or in lower case, under 'Tools'", () => {
    for (const { name, href } of TOOLS) {
      for (const query of [name, name.toLowerCase()]) expect(first(query), query).toBe(href);
      const [group] = search(index, name);
      expect(group.label).toBe('Tools');
      expect(group.hits[0].record).toMatchObject({ title: name, url: href });
    }
  });

  it('every phrase the vocabulary gives for a tool, typed alone, finds that tool first', () => {
    const missed = vocabulary.flatMap(({ id, phrases, tools = [] }) =>
      tools.length
        ? phrases.filter((phrase) => !tools.includes(first(phrase) ?? '')).map((phrase) => `${id}: "${phrase}" → ${first(phrase)}`)
        : [],
    );
    expect(missed).toEqual([]);
  });
});

// Not a tool, but the same index and vocabulary: the words people use for a season of the year reach the
// guide's section on it, while a hiring freeze still finds the reason that names it.
describe('the calendar in search', () => {
  it.each([
    ['christmas', '/guides/hiring-calendar/#seasons'],
    ['over the holidays', '/guides/hiring-calendar/#seasons'],
    ['thanksgiving', '/guides/hiring-calendar/#seasons'],
    ['august', '/guides/hiring-calendar/#seasons'],
    ['summer holidays in france', '/guides/hiring-calendar/#seasons'],
    ['end of the fiscal year', '/guides/hiring-calendar/#seasons'],
    ['bank holiday', '/guides/hiring-calendar/#seasons'],
    ['why is no one answering in late december', '/guides/quick-answers/#late-december'],
    ['hiring freeze', '/guides/why-no-callback/#budget-or-freeze'],
  ])('"%s" finds %s first', (query, url) => {
    expect(first(query)).toBe(url);
  });
});

// After an offer, and after a no: the words people type for an offer, a negotiation, a short deadline, a
// counter-offer or a rejection reach the section that answers them, not just the lesson's top.
describe('offers and rejections in search', () => {
  it.each([
    ['they offered less than i asked', '/guides/quick-answers-later-rounds/#offered-less'],
    ['how to negotiate salary', '/guides/negotiating-an-offer/#know-your-number'],
    ['what do i say when they ask my current salary', '/guides/negotiating-an-offer/#know-your-number'],
    ['they want an answer by tomorrow', '/guides/two-offers/#deadlines-and-exploding-offers'],
    ['exploding offer', '/guides/two-offers/#deadlines-and-exploding-offers'],
    ['my boss made a counter offer', '/guides/two-offers/#counter-offers'],
    ['compare two job offers', '/guides/two-offers/#comparing-offers'],
    ['how to turn down a job offer', '/guides/weighing-an-offer/#saying-no'],
    ['email to accept a job offer', '/guides/weighing-an-offer/#saying-yes'],
    ['should i get the offer in writing', '/guides/weighing-an-offer/#in-writing'],
    ['how to ask why i didnt get the job', '/guides/after-a-no/#ask-for-feedback'],
    ['apply again to the same company', '/guides/after-a-no/#keep-the-door-open'],
    ['can i get my interview notes', '/guides/after-a-no/#what-you-will-hear'],
  ])('"%s" finds %s first', (query, url) => {
    expect(first(query)).toBe(url);
  });

  it.each([
    ['what to ask before accepting a job offer', '/guides/weighing-an-offer/'],
    ['can i negotiate a job offer', '/guides/negotiating-an-offer/'],
    ['stay in touch after rejection', '/guides/after-a-no/'],
  ])('"%s" finds the lesson %s first', (query, page) => {
    expect(first(query)).toMatch(new RegExp(`^${page}(#|$)`));
  });
});
