/**
 * What keeps happening, in counts a person with five or six interviews can use: the examples the journal is
 * built for ("5 of 6 went quiet after the interview"; "4 of 7 went quiet after a final round. 3 of those 4
 * came through agency recruiters"), and as properties over generated journals: every count is of the
 * interviews it names, nothing that happened once is said, no percentage, and an interview still ahead
 * changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/core/dates';
import { MIN_CASES } from '../../../src/lib/core/counting';
import { newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { EVENT_KINDS, ROUND_KINDS, SOURCES, type JournalEvent, type Round, type Source } from '../../../src/lib/interviews/journal-record';
import { followUpsSent, outcomeOf } from '../../../src/lib/journal/journal';
import {
  FACTS_FROM,
  funnel,
  heldInterviews,
  journalPatterns,
  lastInterview,
  MAX_FACTS,
  recurringFacts,
  type Fact,
} from '../../../src/lib/journal/patterns';

const today = '2026-12-31';
const at = new Date('2026-11-01T09:00:00Z');
let n = 0;
const interview = (extra: Partial<InterviewRecord> = {}, interviewDate: string | undefined = '2026-11-10'): InterviewRecord => ({
  ...newInterview(`i${n++}`, at),
  answers: interviewDate ? { interviewDate } : {},
  ...extra,
});
const ev = (kind: JournalEvent['kind'], date = '2026-11-20'): JournalEvent => ({ kind, date });
const round = (kind: Round['kind'], date: string): Round => ({ id: `${kind}-${date}`, kind, date, interviewers: [] });
const texts = (records: InterviewRecord[]) => recurringFacts(records, today).facts.map((f) => f.text);

/** As a quick add enters them: a company, a date and how it ended; no rounds, no source. */
const quick = (kind: JournalEvent['kind'], date: string) => interview({ events: [ev(kind, date)] }, date);

describe('six interviews, five of which went quiet', () => {
  const six = [
    quick('ghosted', '2026-10-02'),
    quick('ghosted', '2026-10-09'),
    quick('ghosted', '2026-10-20'),
    quick('ghosted', '2026-11-03'),
    quick('ghosted', '2026-11-17'),
    quick('rejected', '2026-12-01'),
  ];

  it('says so in a count, and what the count cannot show', () => {
    const recurs = recurringFacts(six, today);
    expect(recurs.facts.map((f) => f.text)).toEqual(['5 of 6 went quiet after the interview.']);
    expect(recurs.caveat).toBe('These counts say what happened to you, not why; over 6 interviews, chance can look like a cause.');
    expect(recurs.none).toBe('');
  });

  it('says nothing about "too few" anywhere the page shows, and no percentage of six', () => {
    const shown = journalPatterns(six, today);
    const words = [...shown.recurs.facts.map((f) => f.text), shown.recurs.caveat, shown.wait.text, shown.habitsNote, shown.stuck.text];
    expect(words.join(' ')).not.toMatch(/too few|%/i);
  });

  it('counts an interview still ahead in nothing until its date passes', () => {
    const ahead = [interview({}, '2027-01-15'), interview({ events: [ev('reply', '2026-12-20')] }, '2027-03-01')];
    expect(texts([...six, ...ahead])).toEqual(['5 of 6 went quiet after the interview.']);
    expect(funnel([...six, ...ahead], today)[0].count).toBe(6);
    // Once the day has come, it is one of seven.
    expect(recurringFacts([...six, ...ahead], '2027-01-15').facts[0].text).toBe('5 of 7 went quiet after the interview.');
  });
});

describe('seven interviews, four of which went quiet after a final round', () => {
  const finalThenQuiet = (source: Source) =>
    interview({
      source,
      rounds: [round('screen', '2026-11-01'), round('final', '2026-11-10')],
      events: [ev('ghosted', '2026-12-20')],
    });
  const screenedOut = (date: string) =>
    interview({ source: 'applied', rounds: [round('screen', '2026-11-01')], events: [ev('rejected', date)] }, '2026-11-01');
  const seven = [
    finalThenQuiet('agency-recruiter'),
    finalThenQuiet('agency-recruiter'),
    finalThenQuiet('agency-recruiter'),
    finalThenQuiet('applied'),
    screenedOut('2026-11-05'),
    screenedOut('2026-11-08'),
    interview({ source: 'referral', events: [ev('offer', '2026-11-20')] }),
  ];

  it('names the round the silence came after, and the source it came through', () => {
    expect(texts(seven)).toEqual([
      '4 of 7 went quiet after a final round. 3 of those 4 came through agency recruiters.',
      'You heard back after 3 of 7, 4 to 10 days after the interview.',
      '2 of 7 ended in a rejection after a screen. Both came from applications you sent.',
    ]);
  });

  it('says a split between rounds as a count within the group', () => {
    const mixed = [...seven, interview({ rounds: [round('panel', '2026-11-10')], events: [ev('ghosted', '2026-12-20')] })];
    expect(texts(mixed)[0]).toBe('5 of 8 went quiet: 4 of those 5 after a final round. 3 of those 5 came through agency recruiters.');
  });

  it('sets a habit against how they ended, beside the others', () => {
    const thanked = seven.map((r, i) => (i < 5 ? { ...r, events: [ev('thank-you-sent', '2026-11-10'), ...r.events] } : r));
    expect(texts(thanked)).toContain('You sent a thank-you after 5 of 7: 4 of those 5 went quiet, and 0 of the other 2.');
  });
});

describe('when nothing recurs', () => {
  it('says nothing can recur under three interviews held', () => {
    const two = [quick('ghosted', '2026-11-01'), quick('ghosted', '2026-11-02')];
    expect(recurringFacts(two, today)).toEqual({
      facts: [],
      caveat: '',
      none: `With 2 interviews held, nothing can recur yet: what keeps happening shows here from ${FACTS_FROM}.`,
    });
    expect(recurringFacts([], today)).toEqual({ facts: [], caveat: '', none: '' });
  });

  it('says nothing happened twice when each thing happened once', () => {
    const sources: Source[] = ['applied', 'referral', 'agency-recruiter'];
    const once = (['ghosted', 'rejected', 'withdrew'] as const).map((kind, i) =>
      interview({ source: sources[i], rounds: [round(ROUND_KINDS[i], '2026-11-10')], events: [ev(kind, `2026-11-${20 + i}`)] }),
    );
    expect(recurringFacts(once, today)).toEqual({
      facts: [],
      caveat: '',
      none: 'Nothing has happened twice yet across your 3 interviews.',
    });
  });
});

describe('the order', () => {
  it('puts the largest count first, and how they came after what happened', () => {
    const applied = (kind: JournalEvent['kind']) => ({ ...quick(kind, '2026-11-02'), source: 'applied' as const });
    const records = [applied('ghosted'), applied('ghosted'), applied('ghosted'), applied('rejected')];
    // All four came from applications, so the three that went quiet say nothing more by it.
    expect(texts(records)).toEqual(['3 of 4 went quiet after the interview.', '4 of 4 came from applications you sent.']);
  });

  it('says at most five, with the median of the waits once there are enough of them', () => {
    const busy = Array.from({ length: 8 }, (_, i) =>
      interview({
        source: i < 4 ? 'referral' : 'applied',
        events: [
          ev('thank-you-sent', '2026-11-10'),
          ev('follow-up-sent', '2026-11-17'),
          ev(i < 6 ? 'rejected' : 'offer', `2026-11-${12 + i}`),
        ],
      }),
    );
    const facts = recurringFacts(busy, today).facts;
    expect(facts).toHaveLength(MAX_FACTS);
    expect(facts.map((f) => f.text)).toEqual([
      'You sent a thank-you after 8 of 8: 6 of those 8 ended in a rejection.',
      'You followed up after 8 of 8: 6 of those 8 ended in a rejection.',
      'You heard back after 8 of 8, 2 to 9 days after the interview (a median of 5.5 days).',
      '6 of 8 ended in a rejection. 4 of those 6 came through referrals.',
      '2 of 8 ended in an offer. Both came from applications you sent.',
    ]);
  });
});

describe('the last interview held', () => {
  it('is never a date still ahead, from the answer or a round', () => {
    expect(lastInterview(interview({}, '2027-01-05'), today)).toBeUndefined();
    expect(lastInterview(interview({ rounds: [round('screen', '2026-12-01'), round('final', '2027-01-05')] }, '2027-01-05'), today)).toBe(
      '2026-12-01',
    );
    expect(lastInterview(interview({ rounds: [round('screen', '2026-12-01')] }, '2026-12-10'), today)).toBe('2026-12-10');
  });
});

describe('properties', () => {
  const past = fc.integer({ min: 0, max: 90 }).map((d) => addDays('2026-10-01', d));
  const ahead = fc.integer({ min: 1, max: 365 }).map((d) => addDays(today, d));
  const source = fc.option(fc.constantFrom(...SOURCES), { nil: null });
  const events = fc.uniqueArray(fc.record({ kind: fc.constantFrom(...EVENT_KINDS), date: past }), {
    maxLength: 5,
    selector: (e) => `${e.kind}@${e.date}`,
  });
  const concerns = fc.option(fc.array(fc.constantFrom('relocation', 'salary', 'gaps'), { maxLength: 2 }), { nil: undefined });
  const toRecord = (
    id: string,
    r: { source: Source | null; rounds: Omit<Round, 'id' | 'interviewers'>[]; events: JournalEvent[]; interviewDate?: string },
    extra: Partial<InterviewRecord> = {},
  ) =>
    interview(
      {
        id,
        source: r.source,
        rounds: r.rounds.map((x, i) => ({ ...x, id: `r${i}`, interviewers: [] })),
        events: r.events,
        ...extra,
      },
      r.interviewDate,
    );
  /** Any interview: held, still ahead or with no date at all. */
  const record = fc
    .record({
      source,
      rounds: fc.array(fc.record({ kind: fc.constantFrom(...ROUND_KINDS), date: fc.oneof(past, ahead) }), { maxLength: 3 }),
      events,
      interviewDate: fc.option(fc.oneof(past, past, ahead), { nil: undefined }),
      thankYou: fc.option(fc.constantFrom('sent', 'not-sent'), { nil: undefined }),
    })
    .map((r) => {
      const built = toRecord(`h${n++}`, r);
      return r.thankYou ? { ...built, answers: { ...built.answers, thankYou: r.thankYou } } : built;
    });
  const records = fc.array(record, { maxLength: 14 });
  /** An interview still ahead: its date after today, no round held yet, anything else recorded. */
  const upcoming = fc
    .record({
      source,
      rounds: fc.array(fc.record({ kind: fc.constantFrom(...ROUND_KINDS), date: ahead }), { maxLength: 3 }),
      events,
      interviewDate: ahead,
      concerns,
      finished: fc.boolean(),
    })
    .map((r) => toRecord(`u${n++}`, r, { finished: r.finished, debrief: r.concerns ? { concerns: r.concerns } : {} }));

  /** Every "N of M", "N of those M" and "N of the other M" a fact says. */
  const counts = (text: string) => [...text.matchAll(/(\d+) of (?:those |the other )?(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

  it('each fact counts at least two of the interviews held, out of at least three, and says no percentage', () => {
    fc.assert(
      fc.property(records, (all) => {
        const held = heldInterviews(all, today);
        const { facts, caveat, none } = recurringFacts(all, today);
        expect(facts.length).toBeLessThanOrEqual(MAX_FACTS);
        expect(new Set(facts.map((f) => f.key)).size).toBe(facts.length);
        if (held.length < FACTS_FROM) expect(facts).toEqual([]);
        expect(caveat === '').toBe(facts.length === 0);
        expect(none === '').toBe(facts.length > 0 || held.length === 0);
        for (const fact of facts) {
          expect(fact.count).toBeGreaterThanOrEqual(2);
          expect(fact.count).toBeLessThanOrEqual(fact.of);
          expect(fact.of).toBe(held.length);
          expect(fact.text).toContain(`${fact.count} of ${fact.of}`);
          for (const w of fact.within) {
            expect(w.of).toBe(fact.count);
            expect(w.count).toBeGreaterThanOrEqual(2);
            expect(w.count).toBeLessThanOrEqual(w.of);
          }
          if (fact.others) {
            expect(fact.others.of).toBe(held.length - fact.count);
            expect(fact.others.count).toBeLessThanOrEqual(fact.others.of);
          }
          for (const [k, m] of counts(fact.text)) expect(k).toBeLessThanOrEqual(m);
          expect(fact.text).not.toContain('%');
          if (held.length < MIN_CASES) expect(caveat).not.toContain('%');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('comes largest first (how they came after the rest), and each count is what happened, so a thing that happened once is never said', () => {
    // Recounted here from the journal's own rules, by what each fact is about.
    const about: Record<string, (r: InterviewRecord) => boolean> = {
      'thank-you': (r) => r.answers.thankYou === 'sent' || r.events.some((e) => e.kind === 'thank-you-sent'),
      'follow-up': (r) => followUpsSent(r.answers, r.events) > 0,
      'ended:open': (r) => !outcomeOf(r.events),
      ...Object.fromEntries(
        (['ghosted', 'rejected', 'offer', 'withdrew'] as const).map((o) => [
          `ended:${o}`,
          (r: InterviewRecord) => outcomeOf(r.events) === o,
        ]),
      ),
      ...Object.fromEntries(SOURCES.map((s) => [`source:${s}`, (r: InterviewRecord) => r.source === s])),
    };
    fc.assert(
      fc.property(records, (all) => {
        const held = heldInterviews(all, today);
        const { facts } = recurringFacts(all, today);
        for (const fact of facts) if (about[fact.key]) expect(fact.count).toBe(held.filter(about[fact.key]).length);
        for (const [key, test] of Object.entries(about)) {
          if (held.filter(test).length === 1) expect(facts.map((f) => f.key)).not.toContain(key);
        }
        const isSource = (f: Fact) => f.key.startsWith('source:');
        const news = facts.filter((f) => !isSource(f));
        expect(facts.slice(0, news.length)).toEqual(news);
        for (const group of [news, facts.filter(isSource)]) {
          for (let i = 1; i < group.length; i++) expect(group[i].count).toBeLessThanOrEqual(group[i - 1].count);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding any number of interviews still ahead changes no pattern', () => {
    fc.assert(
      fc.property(records, fc.array(upcoming, { minLength: 1, maxLength: 5 }), (all, later) => {
        for (const r of later) expect(lastInterview(r, today)).toBeUndefined();
        expect(journalPatterns([...all, ...later], today)).toEqual(journalPatterns(all, today));
        expect(journalPatterns([...later, ...all], today)).toEqual(journalPatterns(all, today));
      }),
      { numRuns: 200 },
    );
  });
});
