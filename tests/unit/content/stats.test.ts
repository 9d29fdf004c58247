/**
 * Figures in the guides, read from the MDX sources: every <Stat> names who published it, when, whom it
 * measured and where, a figure from before 2020 says why no newer one is shown, and no figure is stated
 * twice on one page (a number in a Stat box is not repeated in the prose around it).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statProblems, type StatAttributes } from '../../../src/lib/content/stats';

const LESSONS_DIR = join(import.meta.dirname, '../../../content/lessons');
const lessons = readdirSync(LESSONS_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), source: readFileSync(join(LESSONS_DIR, f), 'utf8') }));

interface StatTag extends StatAttributes {
  tag: string;
  /** The line of the MDX file the tag starts on, counting from 1. */
  line: number;
}

/** Every <Stat …> opening tag in an MDX text, with the attributes an author set (quoted values may hold `>`). */
function statTags(mdx: string): StatTag[] {
  return [...mdx.matchAll(/<Stat\b((?:[^>"]|"[^"]*")*)>/g)].map(({ 0: tag, 1: attrs = '', index = 0 }) => {
    const text = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
    const year = /\byear=\{\s*(\d+)\s*\}/.exec(attrs)?.[1];
    return {
      tag,
      line: mdx.slice(0, index).split('\n').length,
      value: text('value'),
      source: text('source'),
      year: year ? Number(year) : undefined,
      sample: text('sample'),
      country: text('country'),
      older: text('older'),
    };
  });
}

/** How often a number is written on the page as a number of its own ("22" in "22%", not in "2022"). */
function timesWritten(mdx: string, number: string): number {
  const escaped = number.replace(/[.]/g, '\\.');
  return mdx.match(new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`, 'g'))?.length ?? 0;
}

/** The page's text without the sources list, whose titles may quote figures the page already states. */
const withoutSources = (mdx: string) => mdx.replace(/^sources:\n(?:[ \t]+.*\n)+/m, '');

describe('statTags', () => {
  it('reads every attribute and the line the tag starts on, whatever the attribute order', () => {
    const mdx = 'Intro.\n\na <Stat country="US" year={2018} sample="1,000+ hiring managers" older="None newer." source="CareerBuilder / The Harris Poll" value="70%">of employers</Stat> b';
    expect(statTags(mdx)).toEqual([
      {
        tag: '<Stat country="US" year={2018} sample="1,000+ hiring managers" older="None newer." source="CareerBuilder / The Harris Poll" value="70%">',
        line: 3,
        value: '70%',
        source: 'CareerBuilder / The Harris Poll',
        year: 2018,
        sample: '1,000+ hiring managers',
        country: 'US',
        older: 'None newer.',
      },
    ]);
  });

  it('reports a missing or quoted year as missing', () => {
    expect(
      statTags('<Stat value="1 in 4" source="A survey">x</Stat><Stat value="5%" source="B" year="2011">y</Stat>').map((s) => s.year),
    ).toEqual([undefined, undefined]);
  });
});

describe('timesWritten', () => {
  it('counts a number only where it stands alone', () => {
    expect(timesWritten('22% said so; in 2022, 22 of them; 22.5 days; 122', '22')).toBe(2);
    expect(timesWritten('23.8 days, or 23.8 on average; 123.8', '23.8')).toBe(2);
  });
});

describe('statProblems', () => {
  const complete = { value: '74%', source: 'ResumeBuilder.com', year: 2023, sample: '1,013 hiring managers', country: 'US' };

  it('finds nothing wrong with a complete, current figure', () => {
    expect(statProblems(complete)).toEqual([]);
  });

  it.each(['value', 'source', 'sample', 'country'] as const)('asks for %s when it is missing or blank', (field) => {
    expect(statProblems({ ...complete, [field]: undefined }).join(' ')).toContain(`${field}=`);
    expect(statProblems({ ...complete, [field]: '  ' }).join(' ')).toContain(`${field}=`);
  });

  it('asks for a numeric year', () => {
    expect(statProblems({ ...complete, year: undefined })).toEqual(['needs year={YYYY}, a number']);
  });

  it('asks a figure from before 2020, and only such a figure, to say why no newer one is shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.option(fc.string(), { nil: undefined }), (year, older) => {
        const asksWhy = statProblems({ ...complete, year, older }).some((p) => p.includes('older='));
        expect(asksWhy).toBe(year < 2020 && !older?.trim());
      }),
    );
    expect(statProblems({ ...complete, year: 2019 })).toEqual(['is from 2019, before 2020: add older="why no newer figure is shown"']);
    expect(statProblems({ ...complete, year: 2019, older: 'Nothing newer asks this.' })).toEqual([]);
  });
});

describe('every Stat box in the lessons', () => {
  it('names its publisher, year, sample and country, and says why when the figure is from before 2020', () => {
    // One list for all lessons, so a failure names every box to fix with its file and line.
    const problems = lessons.flatMap(({ id, source }) =>
      statTags(source).flatMap((stat) => statProblems(stat).map((p) => `content/lessons/${id}.mdx:${stat.line}: <Stat value="${stat.value}"> ${p}`)),
    );
    expect(problems).toEqual([]);
  });
});

describe.each(lessons)('$id', ({ source }) => {
  const stats = statTags(source);

  it('names the publisher and the year of every figure in a Stat box', () => {
    const thisYear = new Date().getFullYear();
    for (const stat of stats) {
      expect(stat.value?.trim(), stat.tag).toBeTruthy();
      expect(stat.source?.trim(), `${stat.tag} needs source="publisher"`).toBeTruthy();
      expect(stat.year, `${stat.tag} needs year={YYYY}`).toBeGreaterThanOrEqual(1990);
      expect(stat.year, stat.tag).toBeLessThanOrEqual(thisYear);
    }
  });

  it('states each figure once: no number of a Stat box, and no percentage, appears twice', () => {
    const page = withoutSources(source);
    const figures = new Set<string>();
    for (const stat of stats) {
      // "22%" or "23.8 days": the number is the figure. "1 in 4": the whole phrase is.
      const value = stat.value?.trim() ?? '';
      figures.add(/^[\d.,]+\s?(?:%|[a-z]+)?$/i.test(value) ? /[\d.,]+/.exec(value)![0].replace(/[.,]$/, '') : value);
    }
    for (const [, number] of page.matchAll(/(\d[\d,]*(?:\.\d+)?)\s?%/g)) figures.add(number);
    for (const figure of figures) {
      const count = /^[\d.,]+$/.test(figure) ? timesWritten(page, figure) : page.split(figure).length - 1;
      expect(count, `"${figure}" on this page`).toBe(1);
    }
  });
});
