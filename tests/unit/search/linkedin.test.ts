/**
 * Search finds the LinkedIn items of the online-presence audit and the LinkedIn section of its lesson by the
 * words people use (content/search/vocabulary.yaml), over an index built from the real content as the site
 * builds it (see site-search.ts).
 */
import { describe, expect, it } from 'vitest';
import { firstUrl, topUrls } from './site-search';

const AUDIT = '/checklists/online-audit/';
const SECTION = '/guides/your-online-presence/#linkedin';

describe('LinkedIn in search', () => {
  it.each([
    ['linkedin', AUDIT],
    ['my linkedin profile', AUDIT],
    ['linkedin headline', AUDIT],
    ['linkedin photo', AUDIT],
    ['open to work', `${AUDIT}#item-open-to-work`],
    ['opentowork', `${AUDIT}#item-open-to-work`],
    ['should i turn on open to work', `${AUDIT}#item-open-to-work`],
    ['open to work banner', `${AUDIT}#item-open-to-work`],
    ['hide open to work from my boss', `${AUDIT}#item-open-to-work`],
    ['recruiters only', `${AUDIT}#item-open-to-work`],
  ])('"%s" finds %s first', (query, url) => {
    expect(firstUrl(query)).toBe(url);
  });

  it.each(['linkedin', 'open to work', 'linkedin recommendations', 'linkedin activity'])(
    '"%s" shows the lesson\'s LinkedIn section among the first five',
    (query) => {
      expect(topUrls(query, 5)).toContain(SECTION);
    },
  );

  it.each([
    ['linkedin recommendations', 'linkedin-recommendations'],
    ['linkedin activity', 'linkedin-activity'],
    ['linkedin headline', 'linkedin-headline-dates'],
    ['linkedin photo', 'linkedin-photo'],
  ])('"%s" shows its audit item among the first five', (query, item) => {
    expect(topUrls(query, 5)).toContain(`${AUDIT}#item-${item}`);
  });
});
