/** The host headers in public/_headers, and the README's nginx and Caddy versions of them, say the same thing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const file = readFileSync(join(root, 'public/_headers'), 'utf8');
const headers = new Map([...file.matchAll(/^\s+([A-Za-z-]+): (.+)$/gm)].map(([, name, value]) => [name.toLowerCase(), value.trim()]));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const block = (lang: string) => readme.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'))?.[1] ?? '';

describe('public/_headers', () => {
  it('keeps other sites from embedding or reading what this site serves', () => {
    expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('x-frame-options')).toBe('DENY');
  });
  it('sends no obsolete directive', () => {
    expect(file).not.toContain('interest-cohort');
  });
  it.each(['nginx', 'caddy'])('matches the README for %s, header by header', (lang) => {
    const text = block(lang);
    for (const [name, value] of headers) {
      expect(text.toLowerCase(), name).toContain(name);
      expect(text, name).toContain(value);
    }
  });
});
