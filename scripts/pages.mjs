/** Every page of a built site, as URL paths ('/', '/guides/', '/404'), read from its output folder. */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

/** @param {string} [dir] the build output, dist/ by default */
export function builtPages(dir = 'dist') {
  const root = resolve(dir);
  return walk(root)
    .map((file) => '/' + relative(root, file).split(sep).join('/'))
    .map((path) => path.replace(/index\.html$/, '').replace(/\.html$/, ''))
    .sort();
}
