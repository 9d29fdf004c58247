/**
 * Search finds the guides on interview formats, adjustments and background checks by the words people use
 * for them (content/search/vocabulary.yaml), over an index built from the real lessons, reasons and
 * checklists as the site builds it (see site-search.ts).
 */
import { describe, expect, it } from 'vitest';
import { firstUrl } from './site-search';

describe('interview formats, adjustments and checks in search', () => {
  it.each([
    ['recorded video interview no person', '/guides/video-interviews/#recorded'],
    ['one way interview', '/guides/video-interviews/'],
    ['hirevue', '/guides/video-interviews/'],
    ['how are recorded interviews scored', '/guides/video-interviews/'],
    ['panel interview', '/guides/panel-interviews/'],
    ['interviewed by four people at once', '/guides/panel-interviews/'],
    ['take home assignment', '/guides/take-home-assignments/'],
    ['they want me to do a case study for free', '/guides/take-home-assignments/'],
    ['how to ask for accommodation interview', '/guides/asking-for-adjustments/'],
    ['reasonable adjustments for dyslexia', '/guides/asking-for-adjustments/'],
    ['can they ask about my disability', '/guides/asking-for-adjustments/'],
    ['background check found something', '/guides/quick-answers-later-rounds/#background-check-found-something'],
    ['credit check for a job', '/guides/background-checks/'],
    ['mistake on my background report', '/guides/background-checks/'],
  ])('"%s" finds %s first', (query, url) => {
    // A page without an anchor may be found at any of its sections; one with an anchor, at that section.
    const found = firstUrl(query);
    expect(url.includes('#') ? found : found?.replace(/#.*$/, '')).toBe(url);
  });
});
