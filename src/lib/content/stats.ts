/**
 * What a figure box (`<Stat>` in a lesson) must say so a reader can judge the number: who published it,
 * when, whom it measured and where. One rule for the component, which stops the build, and for the unit
 * test, which names the lesson's file and line.
 */

/**
 * Figures published before this year are old enough that a reader deserves to know why we still show them:
 * such a box needs an `older` note (why no newer figure is shown), which the page prints under it.
 */
const CURRENT_FROM = 2020;

/** A Stat box's attributes as an author wrote them; any may be missing. */
export interface StatAttributes {
  value?: string;
  source?: string;
  year?: number;
  sample?: string;
  country?: string;
  older?: string;
}

const blank = (text: string | undefined) => !text?.trim();

/**
 * What a Stat box lacks, each in words an author can act on; empty when the box is complete. A year before
 * 2020 is allowed only with an `older` note that says why no newer figure replaced it.
 */
export function statProblems(stat: StatAttributes): string[] {
  const problems: string[] = [];
  if (blank(stat.value)) problems.push('needs value="the figure"');
  if (blank(stat.source)) problems.push('needs source="the publisher"');
  if (stat.year === undefined || !Number.isInteger(stat.year)) problems.push('needs year={YYYY}, a number');
  if (blank(stat.sample)) problems.push('needs sample="who or what was measured, with how many"');
  if (blank(stat.country)) problems.push('needs country="where the sample was"');
  if (Number.isInteger(stat.year) && stat.year! < CURRENT_FROM && blank(stat.older))
    problems.push(`is from ${stat.year}, before ${CURRENT_FROM}: add older="why no newer figure is shown"`);
  return problems;
}
