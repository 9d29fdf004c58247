/** Every page of the production build, as URL paths, read from dist/. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = join(import.meta.dirname, '../../dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

export const PAGES = walk(dist)
  .map((file) => '/' + relative(dist, file).split(sep).join('/'))
  .map((path) => path.replace(/index\.html$/, '').replace(/\.html$/, ''))
  .sort();
