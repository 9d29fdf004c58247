/** What `npm run screenshots` is asked for, and what it names its files: plain logic, unit-tested. */

const KINDS = ['pages', 'states', 'print'] as const;
type Kind = (typeof KINDS)[number];

export interface ScreensRequest {
  /** URL paths to shoot; empty means every built page. */
  paths: string[];
  kinds: Kind[];
}

/**
 * Reads the script's arguments: URL paths (`/guides/`) and `--only=pages|states|print` (repeatable or
 * comma-separated). Naming paths implies pages only, since the states and the print have their own pages.
 */
export function parseScreensArgs(argv: string[]): ScreensRequest {
  const paths: string[] = [];
  const only: Kind[] = [];
  for (const arg of argv) {
    if (arg.startsWith('--only=')) {
      for (const kind of arg.slice('--only='.length).split(',')) {
        if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`--only takes ${KINDS.join(', ')}; got "${kind}"`);
        if (!only.includes(kind as Kind)) only.push(kind as Kind);
      }
    } else if (arg.startsWith('/')) paths.push(arg);
    else throw new Error(`Unknown argument "${arg}": give URL paths starting with / or --only=${KINDS.join('|')}`);
  }
  return { paths, kinds: only.length ? only : paths.length ? ['pages'] : [...KINDS] };
}

/** A file-name part for a URL path: '/' is home, '/checklists/pre-interview/' is checklists-pre-interview. */
export function pathSlug(path: string): string {
  return (
    path
      .split('/')
      .filter(Boolean)
      .join('-')
      .replace(/[^\w-]+/g, '_') || 'home'
  );
}
