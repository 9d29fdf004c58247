/**
 * Figures in the guides, read from the MDX sources: every <Stat> names who published it and when, and no
 * figure is stated twice on one page (a number in a Stat box is not repeated in the prose around it).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LESSONS_DIR = join(import.meta.dirname, '../../../content/lessons');
const lessons = readdirSync(LESSONS_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), source: readFileSync(join(LESSONS_DIR, f), 'utf8') }));

interface StatTag {
  tag: string;
  value?: string;
  source?: string;
  year?: number;
}

/** Every <Stat …> opening tag in an MDX text, with the attributes an author set (quoted values may hold `>`). */
function statTags(mdx: string): StatTag[] {
  return [...mdx.matchAll(/<Stat\b((?:[^>"]|"[^"]*")*)>/g)].map(([tag, attrs]) => {
    const text = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
    const year = /\byear=\{\s*(\d+)\s*\}/.exec(attrs)?.[1];
    return { tag, value: text('value'), source: text('source'), year: year ? Number(year) : undefined };
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
  it('reads value, source and a numeric year, whatever the attribute order', () => {
    expect(statTags('a <Stat year={2018} source="CareerBuilder / The Harris Poll" value="70%">of employers</Stat> b')).toEqual([
      {
        tag: '<Stat year={2018} source="CareerBuilder / The Harris Poll" value="70%">',
        value: '70%',
        source: 'CareerBuilder / The Harris Poll',
        year: 2018,
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
