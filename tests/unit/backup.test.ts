/** Export and import of everything stored: the round trip, and every kind of bad file changing nothing. */
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_VERSION, MAX_IMPORT_BYTES, parseImport } from '../../src/lib/backup';
import { newInterview } from '../../src/lib/interviews';
import { describeImport, mergeData, replaceData, STORES, type SiteData } from '../../src/lib/site-data';
import { encodeValue } from '../../src/lib/storage-codec';

const at = new Date('2026-11-20T10:00:00Z');
const interview = (id: string, company: string) => ({ ...newInterview(id, at), company, answers: { interviewDate: '2026-11-10' } });
const data: SiteData = {
  theme: 'dark',
  'read-lessons': ['following-up', 'why-no-callback'],
  interviews: { interviews: [interview('a', 'Acme')], currentId: 'a' },
  checklists: { marks: { 'pre-interview': { 'company-basics': 'done' } }, upcoming: { name: 'Acme', date: '2026-12-01' }, plannerId: 'a' },
};
/** What localStorage holds for `data`: each store's encoded envelope. */
const stored = (d: SiteData) =>
  Object.fromEntries(Object.entries(STORES).map(([name, spec]) => [name, encodeValue(spec.schema, d[name as keyof SiteData])]));
const importText = (text: string) => parseImport(text, new TextEncoder().encode(text).length, STORES);

describe('export then import', () => {
  it('gives back exactly the same state', () => {
    const file = JSON.stringify(buildExport(stored(data), STORES, at));
    const parsed = importText(file);
    expect(parsed.ok).toBe(true);
    expect(replaceData((parsed as { values: Partial<SiteData> }).values)).toEqual(data);
  });

  it('names its format and version, and holds each store as stored', () => {
    const file = buildExport(stored(data), STORES, at);
    expect(file).toMatchObject({ format: 'callback-data', version: EXPORT_VERSION, exportedAt: at.toISOString() });
    expect(Object.keys(file.stores).sort()).toEqual(['checklists', 'interviews', 'read-lessons', 'theme']);
    expect(file.stores.theme).toEqual({ v: 1, data: 'dark' });
  });

  it('leaves out what is absent or unreadable rather than exporting junk', () => {
    const file = buildExport({ theme: null, 'read-lessons': 'not json', interviews: stored(data).interviews }, STORES, at);
    expect(Object.keys(file.stores)).toEqual(['interviews']);
  });
});

describe('a bad file is refused with a clear message', () => {
  const good = buildExport(stored(data), STORES, at);
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
    ['a damaged store', variant({ stores: { ...good.stores, 'read-lessons': { v: 1, data: 'all of them' } } }), /damaged \("read-lessons"\)/],
  ])('%s', (_, text, message) => {
    const parsed = importText(text);
    expect(parsed.ok).toBe(false);
    expect((parsed as { error: string }).error).toMatch(message);
  });

  it('refuses a file over 1 MB without reading it', () => {
    const parsed = parseImport('', MAX_IMPORT_BYTES + 1, STORES);
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('the limit is 1 MB') });
  });
});

describe('merging or replacing', () => {
  const incoming: Partial<SiteData> = {
    'read-lessons': ['red-flags', 'following-up'],
    interviews: { interviews: [{ ...interview('a', 'Acme (updated)') }, interview('b', 'Globex')], currentId: 'b' },
    checklists: { marks: { 'online-audit': { 'search-engines': 'needs-work' } }, upcoming: { name: '', date: '' }, plannerId: null },
  };

  it('says what an import will add and update before it happens', () => {
    expect(describeImport(data, incoming)).toEqual(['1 interview to add, 1 to update', '1 more guides marked read', 'Ticks on 1 checklist']);
  });

  it('merges: adds what is new, updates what matches, keeps the rest', () => {
    const merged = mergeData(data, incoming);
    expect(merged.interviews.interviews.map((r) => r.company)).toEqual(['Acme (updated)', 'Globex']);
    expect(merged['read-lessons']).toEqual(['following-up', 'why-no-callback', 'red-flags']);
    expect(Object.keys(merged.checklists.marks).sort()).toEqual(['online-audit', 'pre-interview']);
    expect(merged.checklists.upcoming).toEqual(data.checklists.upcoming);
    expect(merged.theme).toBe('dark');
    expect(merged.interviews.currentId).toBe('a');
  });

  it('replaces: what the file lacks starts empty', () => {
    const replaced = replaceData(incoming);
    expect(replaced.theme).toBe('system');
    expect(replaced.interviews.interviews).toHaveLength(2);
    expect(replaced.checklists.marks).toEqual(incoming.checklists!.marks);
  });
});
