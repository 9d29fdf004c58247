/**
 * A short random id (8 base-36 characters, 2.8 million million of them) for what a person adds by the
 * handful and the browser keeps: rounds, stories, questions of their own. Not for interviews, which travel
 * in export files and spreadsheets and take a UUID (interviews/interviews.ts).
 */
export function shortId(random: () => number = Math.random): string {
  return Array.from({ length: 8 }, () => Math.floor(random() * 36).toString(36)).join('');
}
