/**
 * The story bank (src/lib/prep/stories.ts): its warnings (past about twelve stories, a needed competency without
 * one, a failure without its lesson), the stored shape and its salvage, saving, the best stories for a set of
 * questions, and what it reads from the question loop (where a story was told, what the next interview needs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interviewLabel, newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { LANDED_LABELS, type Expectation, type PracticeState } from '../../../src/lib/prep/practice';
import { decodeValue, encodeValue } from '../../../src/lib/storage/storage-codec';
import {
  BANK_SIZE,
  bestStories,
  COMPETENCIES,
  needsLesson,
  partLimit,
  saveStory,
  storiesSchema,
  STORY_LIMITS,
  STORY_PARTS,
  storyWarnings,
  withCompetency,
  withPart,
  type Competency,
  type StoriesState,
  type Story,
  type StoryPart,
} from '../../../src/lib/prep/stories';
import { neededCompetencies, storyCoverage, storyUseLines } from '../../../src/lib/prep/stories-view';

const story = (id: string, competencies: Story['competencies'], extra: Partial<Story> = {}): Story => ({
  id,
  title: `Story ${id}`,
  competencies,
  ...extra,
});

describe('story bank warnings', () => {
  it('say nothing of an empty bank for a role that needs nothing in particular', () => {
    expect(storyWarnings([])).toEqual([]);
  });

  it('warn past the bank size, not at it', () => {
    const bank = (n: number) => Array.from({ length: n }, (_, i) => story(String(i), ['teamwork']));
    expect(storyWarnings(bank(BANK_SIZE))).toEqual([]);
    expect(storyWarnings(bank(BANK_SIZE + 1)).map((w) => w.kind)).toEqual(['too-many']);
  });

  it('name each competency the role needs that no story shows, once', () => {
    const warnings = storyWarnings([story('a', ['leadership'])], ['leadership', 'conflict', 'conflict']);
    expect(warnings).toEqual([
      { kind: 'uncovered', competency: 'conflict', text: 'No story shows “Conflict” yet, and the questions you expect call for it.' },
    ]);
  });

  it('ask a failure story for what was learned', () => {
    expect(storyWarnings([story('f', ['failure'])]).map((w) => w.kind)).toEqual(['no-lesson']);
    expect(storyWarnings([story('f', ['failure'], { learned: 'Check the data first' })])).toEqual([]);
  });

  it('over any bank: a needed competency is warned about exactly when no story has it', () => {
    const bank = fc.array(fc.subarray([...COMPETENCIES], { minLength: 1 }), { maxLength: 20 });
    fc.assert(
      fc.property(bank, fc.subarray([...COMPETENCIES]), (tags, needed) => {
        const stories = tags.map((competencies, i) => story(String(i), competencies, { learned: 'x' }));
        const uncovered = storyWarnings(stories, needed).flatMap((w) => (w.kind === 'uncovered' ? [w.competency] : []));
        expect(uncovered).toEqual(needed.filter((c) => !tags.some((t) => t.includes(c))));
        expect(storyWarnings(stories, needed).some((w) => w.kind === 'too-many')).toBe(stories.length > BANK_SIZE);
      }),
      { numRuns: 300 },
    );
  });
});

// ── Arbitraries: stories as the bank may hold them, and things it must not ────────────────────────────────

const part = (p: StoryPart) => fc.string({ maxLength: partLimit(p) });
const anyStory: fc.Arbitrary<Story> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 16 }),
    title: fc.string({ maxLength: STORY_LIMITS.title }),
    competencies: fc.shuffledSubarray([...COMPETENCIES]),
    ...(Object.fromEntries(STORY_PARTS.map((p) => [p, part(p)])) as Record<StoryPart, fc.Arbitrary<string>>),
  },
  { requiredKeys: ['id', 'title', 'competencies'] },
);
const uniqueStories = (maxLength: number) => fc.uniqueArray(anyStory, { selector: (s) => s.id, maxLength });
/** Something that is not a story: a wrong field, a part over its limit, a tag the bank does not have. */
const notAStory = fc.oneof(
  fc.constant(null),
  fc.constant('a story'),
  anyStory.map((s) => ({ ...s, id: '' })),
  anyStory.map((s) => ({ ...s, title: 'x'.repeat(STORY_LIMITS.title + 1) })),
  anyStory.map((s) => ({ ...s, competencies: [...s.competencies, 'charisma'] })),
  anyStory.map((s) => ({ ...s, action: 'x'.repeat(STORY_LIMITS.part + 1) })),
  anyStory.map((s) => ({ ...s, measure: 'x'.repeat(STORY_LIMITS.measure + 1) })),
);

describe('the stored bank (storiesSchema)', () => {
  it('reads back whatever it wrote, through JSON, unchanged', () => {
    fc.assert(
      fc.property(uniqueStories(STORY_LIMITS.stories), (stories) => {
        const raw = encodeValue(storiesSchema, { stories });
        const decoded = decodeValue(storiesSchema, raw);
        expect(decoded).toMatchObject({ ok: true, value: { stories } });
        expect(decoded.ok && decoded.rejected).toBeFalsy();
      }),
      { numRuns: 200 },
    );
  });

  it('keeps only the fields a story has', () => {
    const parsed = storiesSchema.parse({ stories: [{ id: 'a', title: 'T', competencies: [], note: 'not ours' }] });
    expect(parsed).toEqual({ stories: [{ id: 'a', title: 'T', competencies: [] }] });
  });

  it('refuses two stories with one id, a tag twice, and more stories than the limit', () => {
    const a = story('a', ['teamwork']);
    expect(storiesSchema.parse({ stories: [a, a] })).toBeUndefined();
    expect(storiesSchema.parse({ stories: [story('a', ['teamwork', 'teamwork'])] })).toBeUndefined();
    const many = Array.from({ length: STORY_LIMITS.stories + 1 }, (_, i) => story(String(i), []));
    expect(storiesSchema.parse({ stories: many })).toBeUndefined();
    expect(storiesSchema.parse({ stories: many.slice(1) })).toEqual({ stories: many.slice(1) });
  });

  it('salvage keeps every good story, in order, and sets aside only the bad ones', () => {
    const mixed = fc.array(
      fc.oneof(
        anyStory.map((s) => ({ good: true, item: s as unknown })),
        notAStory.map((item) => ({ good: false, item })),
      ),
      {
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(mixed, (entries) => {
        const items = entries.map((e) => e.item);
        const salvaged = storiesSchema.salvage!({ stories: items })!;
        // What a reader would keep: good stories, the first of each id.
        const seen = new Set<string>();
        const kept = entries.flatMap((e) => {
          if (!e.good || seen.has((e.item as Story).id)) return [];
          seen.add((e.item as Story).id);
          return [e.item as Story];
        });
        expect(salvaged.value.stories).toEqual(kept);
        expect((salvaged.rejected as { stories: unknown[] }).stories).toHaveLength(items.length - kept.length);
        // Nothing is kept that a strict read would refuse.
        expect(storiesSchema.parse(salvaged.value)).toEqual(salvaged.value);
      }),
      { numRuns: 300 },
    );
  });

  it('salvage keeps no more than the limit', () => {
    const many = Array.from({ length: STORY_LIMITS.stories + 3 }, (_, i) => story(String(i), []));
    const salvaged = storiesSchema.salvage!({ stories: many })!;
    expect(salvaged.value.stories).toEqual(many.slice(0, STORY_LIMITS.stories));
    expect(salvaged.rejected).toEqual({ stories: many.slice(STORY_LIMITS.stories) });
  });
});

describe('saveStory', () => {
  const empty: StoriesState = { stories: [] };

  it('refuses a story with no title, saying why', () => {
    expect(saveStory(empty, story('a', [], { title: '   ' }))).toEqual({
      problem: 'Give the story a short title, so you can find it in the room.',
    });
  });

  it('refuses a part over its limit', () => {
    for (const p of STORY_PARTS) {
      const result = saveStory(empty, story('a', [], { [p]: 'x'.repeat(partLimit(p) + 1) }));
      expect(result, p).toHaveProperty('problem');
      expect(saveStory(empty, story('a', [], { [p]: 'x'.repeat(partLimit(p)) })), p).toHaveProperty('state');
    }
  });

  it('refuses a new story past the limit, but still changes one already there', () => {
    const full: StoriesState = { stories: Array.from({ length: STORY_LIMITS.stories }, (_, i) => story(String(i), [])) };
    expect(saveStory(full, story('new', []))).toHaveProperty('problem');
    const changed = saveStory(full, story('3', ['failure'], { learned: 'Ask sooner' }));
    expect('state' in changed && changed.state.stories[3]).toEqual(story('3', ['failure'], { learned: 'Ask sooner' }));
  });

  it('over any bank: the story is there once, in its place (or at the end), and the others are untouched', () => {
    fc.assert(
      fc.property(uniqueStories(STORY_LIMITS.stories - 1), anyStory, (stories, next) => {
        fc.pre(next.title.trim() !== '');
        const result = saveStory({ stories }, next);
        if (!('state' in result)) throw new Error(result.problem);
        const after = result.state.stories;
        expect(after.filter((s) => s.id === next.id)).toEqual([next]);
        const at = stories.findIndex((s) => s.id === next.id);
        expect(after.map((s) => s.id)).toEqual(at === -1 ? [...stories.map((s) => s.id), next.id] : stories.map((s) => s.id));
        expect(after.filter((s) => s.id !== next.id)).toEqual(stories.filter((s) => s.id !== next.id));
      }),
      { numRuns: 200 },
    );
  });
});

describe('bestStories', () => {
  const questions = [{ competencies: ['conflict', 'pressure'] as Competency[] }, { competencies: ['conflict'] as Competency[] }];

  it('puts the stories that cover the most asked competencies first, then a measured result, then the bank order', () => {
    const bank = [
      story('none', ['teamwork']),
      story('pressure', ['pressure']),
      story('conflict', ['conflict']),
      story('conflict-measured', ['conflict'], { measure: 'two weeks saved' }),
      story('both', ['conflict', 'pressure']),
    ];
    expect(bestStories(bank, questions, 5).map((s) => s.id)).toEqual(['both', 'conflict-measured', 'conflict', 'pressure', 'none']);
    expect(bestStories(bank, questions).map((s) => s.id)).toEqual(['both', 'conflict-measured', 'conflict']);
  });

  it('with no questions (or a bank with no tags), gives the first stories', () => {
    const bank = [story('a', []), story('b', []), story('c', []), story('d', [])];
    expect(bestStories(bank, [], 2)).toEqual(bank.slice(0, 2));
    expect(bestStories(bank, questions, 2)).toEqual(bank.slice(0, 2));
  });

  it('over any bank: as many as asked (or all), each once, best covering first', () => {
    const tags = fc.subarray([...COMPETENCIES]);
    fc.assert(
      fc.property(
        uniqueStories(20),
        fc.array(
          tags.map((competencies) => ({ competencies })),
          { maxLength: 6 },
        ),
        fc.nat(25),
        (bank, qs, n) => {
          const best = bestStories(bank, qs, n);
          expect(best).toHaveLength(Math.min(n, bank.length));
          expect(new Set(best.map((s) => s.id)).size).toBe(best.length);
          const score = (s: Story) => s.competencies.reduce((sum, c) => sum + qs.filter((q) => q.competencies.includes(c)).length, 0);
          for (let i = 1; i < best.length; i++) expect(score(best[i - 1])).toBeGreaterThanOrEqual(score(best[i]));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('writing a story part by part', () => {
  it('withPart sets a part, and leaves out a part emptied', () => {
    const s = story('a', [], { situation: 'Then' });
    expect(withPart(s, 'action', 'I did it')).toEqual({ ...s, action: 'I did it' });
    expect(withPart(s, 'situation', '  ')).toEqual(story('a', []));
    expect('situation' in withPart(s, 'situation', '')).toBe(false);
  });

  it('withCompetency keeps the tags in the bank order, each once', () => {
    const s = story('a', ['learning', 'failure']);
    expect(withCompetency(s, 'leadership', true).competencies).toEqual(['leadership', 'failure', 'learning']);
    expect(withCompetency(s, 'failure', true).competencies).toEqual(['failure', 'learning']);
    expect(withCompetency(s, 'failure', false).competencies).toEqual(['learning']);
  });

  it('needsLesson is true exactly for a failure story with nothing learned written', () => {
    expect(needsLesson(story('a', ['failure']))).toBe(true);
    expect(needsLesson(story('a', ['failure'], { learned: '  ' }))).toBe(true);
    expect(needsLesson(story('a', ['failure'], { learned: 'Check first' }))).toBe(false);
    expect(needsLesson(story('a', ['learning']))).toBe(false);
  });
});

// ── Reading the question loop ────────────────────────────────────────────────────────────────────────────

const today = '2026-11-10';
const record = (id: string, company: string, interviewDate: string, createdAt: string): InterviewRecord => ({
  ...newInterview(id, new Date(createdAt)),
  company,
  role: 'Designer',
  answers: { interviewDate },
});
const expecting = (interviewId: string, extra: Partial<Expectation> = {}): Expectation => ({
  interviewId,
  round: 'hiring-manager',
  expected: [],
  asked: [],
  fumbled: [],
  stories: [],
  ...extra,
});
const practice = (expectations: Expectation[]): PracticeState => ({ own: [], expectations, cards: [] });

describe('storyUseLines', () => {
  const acme = record('acme', 'Acme', '2026-11-03', '2026-11-01T10:00:00Z');
  const birch = record('birch', 'Birch', '2026-11-08', '2026-11-05T10:00:00Z');

  it('lists each interview the story was told in, newest first, with whether it landed', () => {
    const state = practice([
      expecting('acme', { stories: [{ storyId: 's', landed: 'flat' }] }),
      expecting('birch', { stories: [{ storyId: 's' }, { storyId: 'other', landed: 'landed' }] }),
    ]);
    expect(storyUseLines('s', state, [acme, birch], today)).toEqual([
      { interviewId: 'birch', text: `${interviewLabel(birch, today)} — not said` },
      { interviewId: 'acme', text: `${interviewLabel(acme, today)} — ${LANDED_LABELS.flat}`, landed: 'flat' },
    ]);
    expect(storyUseLines('other', state, [acme, birch], today).map((u) => u.text)).toEqual([
      `${interviewLabel(birch, today)} — ${LANDED_LABELS.landed}`,
    ]);
  });

  it('says nothing of an interview no longer saved', () => {
    const state = practice([expecting('gone', { stories: [{ storyId: 's', landed: 'landed' }] })]);
    expect(storyUseLines('s', state, [acme], today)).toEqual([]);
  });
});

describe('neededCompetencies and storyCoverage', () => {
  const bank = [
    { id: 'q-conflict', competencies: ['conflict'] as Competency[] },
    { id: 'q-both', competencies: ['pressure', 'conflict'] as Competency[] },
    { id: 'q-facts', competencies: [] as Competency[] },
  ];

  it('neededCompetencies: the expected questions’ competencies, each once, in the bank’s order of competencies', () => {
    expect(neededCompetencies(['q-both', 'q-conflict', 'q-facts', 'own-1'], bank)).toEqual(['conflict', 'pressure']);
    expect(neededCompetencies([], bank)).toEqual([]);
  });

  it('is about the prepared interview coming soonest, named', () => {
    const soon = record('soon', 'Acme', '2026-11-12', '2026-11-01T10:00:00Z');
    const later = record('later', 'Birch', '2026-11-20', '2026-11-02T10:00:00Z');
    const state = practice([expecting('later', { expected: ['q-facts'] }), expecting('soon', { expected: ['q-conflict'] })]);
    expect(storyCoverage(state, [soon, later], bank, today)).toEqual({
      interviewId: 'soon',
      heading: `Your next interview, ${interviewLabel(soon, today)}`,
      needed: ['conflict'],
    });
  });

  it('with none to come, is about the one prepared last, and says so', () => {
    const past = record('past', 'Acme', '2026-10-01', '2026-09-20T10:00:00Z');
    const coverage = storyCoverage(practice([expecting('past', { expected: ['q-both'] })]), [past], bank, today);
    expect(coverage?.heading).toBe(`${interviewLabel(past, today)}, the interview you prepared for last`);
    expect(coverage?.needed).toEqual(['conflict', 'pressure']);
  });

  it('is undefined when nothing is prepared, so the bank warns only of itself', () => {
    expect(storyCoverage(practice([]), [record('a', 'Acme', '2026-11-12', '2026-11-01T10:00:00Z')], bank, today)).toBeUndefined();
  });
});
