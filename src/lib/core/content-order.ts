/**
 * Lessons and checklists say their own place (`order` in their frontmatter or YAML), so no page keeps a list
 * of ids to sort by. Two files claiming the same place would leave the order to chance: the collections
 * stop the build instead (src/content.config.ts), with the message built here.
 */

/** Content entries in their `order`, 1 first. */
export function inOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/**
 * One line per place claimed by more than one file, naming every file that claims it
 * (`order 3 is taken by content/lessons/a.mdx and content/lessons/b.mdx`); empty when each has its own.
 */
export function orderClashes(entries: readonly { file: string; order: number }[]): string[] {
  const byOrder = new Map<number, string[]>();
  for (const { file, order } of entries) byOrder.set(order, [...(byOrder.get(order) ?? []), file]);
  return [...byOrder]
    .filter(([, files]) => files.length > 1)
    .sort(([a], [b]) => a - b)
    .map(([order, files]) => {
      const [last, ...others] = [...files].sort().reverse();
      return `order ${order} is taken by ${others.reverse().join(', ')} and ${last}`;
    });
}
