import { describe, expect, it } from 'vitest';
import { parseScreensArgs, pathSlug } from '../../../scripts/lib/screens.ts';

describe('parseScreensArgs', () => {
  it('takes everything when given nothing', () => {
    expect(parseScreensArgs([])).toEqual({ paths: [], kinds: ['pages', 'states', 'print'] });
  });

  it('limits to pages when given paths', () => {
    expect(parseScreensArgs(['/guides/', '/'])).toEqual({ paths: ['/guides/', '/'], kinds: ['pages'] });
  });

  it('reads --only, repeated or comma-separated, without duplicates', () => {
    expect(parseScreensArgs(['--only=states,print', '--only=print']).kinds).toEqual(['states', 'print']);
  });

  it('refuses what it does not know, naming it', () => {
    expect(() => parseScreensArgs(['--only=pdf'])).toThrow('--only takes pages, states, print; got "pdf"');
    expect(() => parseScreensArgs(['guides'])).toThrow('Unknown argument "guides"');
  });
});

describe('pathSlug', () => {
  it.each([
    ['/', 'home'],
    ['/404', '404'],
    ['/guides/', 'guides'],
    ['/checklists/pre-interview/', 'checklists-pre-interview'],
  ])('%s is %s', (path, slug) => expect(pathSlug(path)).toBe(slug));
});
