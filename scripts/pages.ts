/** Every page of a built site, as URL paths ('/', '/guides/', '/404'), read from its output folder. */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

/** The pages under `dir`, the build output (dist/ by default), sorted. */
export function builtPages(dir = 'dist'): string[] {
  const root = resolve(dir);
  return walk(root)
    .map((file) => '/' + relative(root, file).split(sep).join('/'))
    .map((path) => path.replace(/index\.html$/, '').replace(/\.html$/, ''))
    .sort();
}
