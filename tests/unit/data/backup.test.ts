/** The export file: what it holds, the round trip, and every kind of bad file refused with a clear message. */
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_VERSION, parseImport } from '../../../src/lib/data/backup';
import { LIMITS, limitMessage, sizeWords } from '../../../src/lib/core/limits';
import { newInterview } from '../../../src/lib/interviews/interviews';
import { REGISTRY, type SiteData } from '../../../src/lib/data/registry';
import { encodeValue } from '../../../src/lib/storage/storage-codec';
import type { StoredValue } from '../../../src/lib/storage/stored-value';

const at = new Date('2026-11-20T10:00:00Z');
const data: SiteData = {
  theme: 'dark',
  'read-lessons': ['following-up', 'why-no-callback'],
  interviews: { interviews: [{ ...newInterview('a', at), company: 'Acme', answers: { interviewDate: '2026-11-10' } }], currentId: 'a' },
  checklists: { marks: { 'pre-interview': { 'company-basics': 'done' } }, upcoming: { name: 'Acme', date: '2026-12-01' }, plannerId: 'a' },
};
/** What localStorage holds for `data`: each value's encoded envelope, by name. */
const stored = (d: SiteData): Record<string, string | null> =>
  Object.fromEntries(REGISTRY.map((entry) => [entry.name, encodeValue(entry.schema, d[entry.name])]));
const reader = (raw: Record<string, string | null>) => (entry: StoredValue<unknown>) => raw[entry.name] ?? null;
const importText = (text: string) => parseImport(text, new TextEncoder().encode(text).length);

describe('export then import', () => {
  it('gives back exactly the same values', () => {
    const parsed = importText(JSON.stringify(buildExport(reader(stored(data)), at)));
    expect(parsed).toEqual({ ok: true, values: data, notes: [], setAside: {} });
  });

  it('names its format and version, and holds each value as stored', () => {
    const file = buildExport(reader(stored(data)), at);
    expect(file).toMatchObject({ format: 'callback-data', version: EXPORT_VERSION, exportedAt: at.toISOString() });
    expect(Object.keys(file.stores).sort()).toEqual(['checklists', 'interviews', 'read-lessons', 'theme']);
    expect(file.stores.theme).toEqual({ v: 1, data: 'dark' });
  });

  it('leaves out what is absent or unreadable rather than exporting junk', () => {
    const file = buildExport(reader({ theme: null, 'read-lessons': 'not json', interviews: stored(data).interviews }), at);
    expect(Object.keys(file.stores)).toEqual(['interviews']);
  });

  it('reads an export written before the registry: stores in another order, interviews at version 1', () => {
    const old = {
      format: 'callback-data',
      version: 1,
      exportedAt: '2026-11-01T09:00:00.000Z',
      stores: {
        theme: { v: 1, data: 'dark' },
        'read-lessons': { v: 1, data: ['following-up'] },
        interviews: { v: 1, data: { currentId: null, interviews: [{ ...newInterview('old', at), step: 3, finished: true }] } },
        checklists: { v: 1, data: { marks: {}, upcoming: { name: '', date: '' }, plannerId: null } },
      },
    };
    const parsed = importText(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.values.theme).toBe('dark');
    // Migrated like any stored value: a finished interview keeps its result.
    expect(parsed.values.interviews).toMatchObject({ interviews: [{ id: 'old', finished: true, step: 1000 }] });
  });
});

describe('a bad file is refused with a clear message', () => {
  const good = buildExport(reader(stored(data)), at);
  const variant = (patch: object) => JSON.stringify({ ...good, ...patch });
  it.each([
    ['malformed JSON', '{"format":"callback-data",', /not valid JSON/],
    ['a foreign file', JSON.stringify({ name: 'something else' }), /not a Callback export/],
    ['a JSON array', '[1,2,3]', /not a Callback export/],
    ['a newer export version', variant({ version: EXPORT_VERSION + 1 }), /newer version of Callback/],
    ['no version', variant({ version: undefined }), /no readable version/],
    ['no data', variant({ stores: null }), /holds no data/],
    ['an unknown store', variant({ stores: { ...good.stores, wishlist: { v: 1, data: [] } } }), /does not know \("wishlist"\)/],
    ['a store from a newer version', variant({ stores: { ...good.stores, interviews: { v: 99, data: {} } } }), /newer version/],
    [
      'a damaged store',
      variant({ stores: { ...good.stores, 'read-lessons': { v: 1, data: 'all of them' } } }),
      /damaged \("read-lessons"\)/,
    ],
  ])('%s', (_, text, message) => {
    const parsed = importText(text);
    expect(parsed.ok).toBe(false);
    expect((parsed as { error: string }).error).toMatch(message);
  });

  it('refuses a file over the limit without reading it', () => {
    const parsed = parseImport('', LIMITS.data.input + 1);
    expect(parsed).toEqual({ ok: false, error: limitMessage('data', 'input') });
    expect(limitMessage('data', 'input')).toContain(sizeWords(LIMITS.data.input));
  });
});

describe('the country for holidays', () => {
  const withPlace = (code: string) =>
    JSON.stringify({
      format: 'callback-data',
      version: EXPORT_VERSION,
      exportedAt: at.toISOString(),
      stores: { calendar: { v: 1, data: code } },
    });
  const places = new Set(['US', 'GB', 'GB-SCT']);
  const parse = (text: string) => parseImport(text, text.length, REGISTRY, { places });

  it('is exported and imported with the other settings', () => {
    const file = buildExport(reader(stored({ ...data, calendar: 'GB-SCT' })), at);
    expect(file.stores.calendar).toEqual({ v: 1, data: 'GB-SCT' });
    expect(parse(JSON.stringify(file))).toMatchObject({ ok: true, values: { calendar: 'GB-SCT' } });
  });

  it('refuses an unknown country or region by name, and imports nothing', () => {
    expect(parse(withPlace('XX'))).toEqual({
      ok: false,
      error: 'Its country for holidays, "XX", is not one this site has holidays for (codes look like "US", "GB-SCT" or "CA-QC").',
    });
    expect(parse(withPlace('GB-XYZ'))).toMatchObject({ ok: false, error: expect.stringContaining('"GB-XYZ"') });
    // Not a code at all: the stored value's own check refuses it.
    expect(parse(withPlace('United Kingdom'))).toMatchObject({ ok: false, error: expect.stringContaining('"calendar"') });
  });
});
