/** The list of everything stored: the contract each entry keeps so the whole-data functions can rely on it. */
import { describe, expect, it } from 'vitest';
import { newInterview } from '../../../src/lib/interviews/interviews';
import { REGISTRY, valueOf } from '../../../src/lib/data/registry';
import { decodeValue, encodeValue } from '../../../src/lib/storage/storage-codec';
import { storageKey } from '../../../src/lib/storage/stored-value';

const at = new Date('2026-11-20T10:00:00Z');
/** A typical saved value for each entry, as the site would store it. */
const SAMPLES: Record<string, unknown> = {
  interviews: { interviews: [{ ...newInterview('a', at), company: 'Acme' }, newInterview('b', at)], currentId: 'b' },
  'read-lessons': ['following-up', 'red-flags'],
  checklists: { marks: { 'post-interview:a': { 'thank-you': 'done' } }, upcoming: { name: 'Acme', date: '2026-12-01' }, plannerId: 'a' },
  theme: 'light',
  calendar: 'GB-SCT',
  'data-care': { persist: { answer: 'refused', on: '2026-11-20' }, lastExport: '2026-11-01', snoozed: null },
  reviews: {
    reviews: [{ recordId: 'a', on: '2026-11-20', mentor: 'Sam', comments: [{ part: 'debrief', text: 'Lead with the result.' }] }],
  },
  stories: {
    stories: [
      {
        id: 's1',
        title: 'The late launch',
        competencies: ['failure', 'pressure'],
        result: 'Shipped a week late',
        learned: 'Flag risk on day one',
      },
    ],
  },
  practice: {
    own: [{ id: 'own-1', text: 'Why did your last project slip?', round: ['hiring-manager'] }],
    expectations: [
      {
        interviewId: 'a',
        round: 'screen',
        expected: ['why-this-role', 'own-1'],
        asked: ['why-this-role'],
        fumbled: [],
        stories: [{ storyId: 's1', landed: 'landed' }],
      },
    ],
    cards: [
      {
        id: 'a:why-this-role',
        question: 'What made you apply for this particular role?',
        from: 'fumbled',
        interviewId: 'a',
        answer: 'Because…',
        schedule: { due: '2026-11-24', stability: 2.3, difficulty: 5.1, reps: 1, lapses: 0, state: 2, lastReview: '2026-11-20' },
      },
    ],
  },
};

describe('REGISTRY', () => {
  it('keeps the names (and so the keys and export files) browsers already hold', () => {
    expect(REGISTRY.map(storageKey)).toEqual([
      'callback:interviews',
      'callback:read-lessons',
      'callback:checklists',
      'callback:theme',
      'callback:calendar',
      'callback:data-care',
      'callback:reviews',
      'callback:stories',
      'callback:practice',
    ]);
  });

  it('lists the interviews before the checklists, whose merge checks the planner against them', () => {
    const names = REGISTRY.map((e) => e.name);
    expect(names.indexOf('interviews')).toBeLessThan(names.indexOf('checklists'));
  });

  describe.each(REGISTRY.map((entry) => [entry.name, entry] as const))('%s', (name, entry) => {
    const sample = SAMPLES[name];
    const merged = { ...SAMPLES };

    it('has a valid initial value and a sample that survives its codec', () => {
      expect(entry.schema.parse(entry.initial)).toEqual(entry.initial);
      expect(decodeValue(entry.schema, encodeValue(entry.schema, sample))).toMatchObject({ ok: true, value: sample });
    });

    it('merged into its initial value gives the import back (so an import can replace)', () => {
      expect(entry.merge(entry.initial, sample, merged)).toEqual(sample);
    });

    it('merged with itself stays the same', () => {
      expect(entry.merge(sample, sample, merged)).toEqual(sample);
    });

    it('describes itself in one line, full or empty', () => {
      expect(entry.describe(sample, { lessonCount: 14 })).toMatch(/\w/);
      expect(entry.describe(entry.initial, {})).toMatch(/\w/);
      expect(entry.describeImport(entry.initial, sample)).toMatch(/\w/);
    });
  });
});

describe('valueOf', () => {
  it('reads a value by its declaration, or its initial value when the data lacks it', () => {
    const theme = REGISTRY.find((e) => e.name === 'theme')!;
    expect(valueOf({ theme: 'dark' }, theme)).toBe('dark');
    expect(valueOf({}, theme)).toBe('system');
  });
});
