/**
 * Compares two builds of the site (`node scripts/compare-dist.ts BEFORE AFTER`, two `dist/` folders) apart from
 * what a build is free to change without changing the site: the names of its hashed files (a script chunk is
 * named after a module and a hash, so moving or renaming a module renames it), and so the files that name them,
 * the CSP's script hashes and the service worker's precache list; the scoping classes Svelte derives from a
 * component's path (`svelte-1tnc5do`); the island ids Astro draws at random and the ids a component draws while
 * rendering. Everything else must be byte for byte the same. Made to check that a change which only moves
 * code (a refactor) leaves the built site as it was; it prints each file that differs, with the first
 * difference, and exits 1 if any does. Script chunks, whose names it cannot pair, are compared as one set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/compare-dist.ts BEFORE_DIST AFTER_DIST');
  process.exit(2);
}

/** A hashed file's name, left as its kind: `_astro/Journal.CgEGakLo.js` → `_astro/#.js`. */
const HASHED_NAME = /[\w.-]*[.-][\w-]{8}\.(js|css|woff2?|svg|png|json)\b/g;
/** What a build draws afresh each time, or derives from hashed names. */
const VOLATILE: [RegExp, string][] = [
  [/sha(256|384|512)-[A-Za-z0-9+/=]+/g, 'sha$1-#'],
  [/\buid="[^"]*"/g, 'uid="#"'],
  [/\bconfirm-[a-z0-9]+/g, 'confirm-#'],
  [/\bsvelte-[a-z0-9]{5,8}\b/g, 'svelte-#'],
  // the service worker's precache list gives each file a content hash; the search index a version folder
  [/"[0-9a-f]{8,64}"/g, '"#"'],
  [/search-index\/[a-z0-9]{8,16}\//g, 'search-index/#/'],
  [/precache-[0-9a-f]{8,64}/g, 'precache-#'],
];

const normalize = (text: string) => {
  let out = text.replace(HASHED_NAME, '#.$1');
  for (const [pattern, replacement] of VOLATILE) out = out.replace(pattern, replacement);
  return out;
};

function files(root: string): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = normalize(relative(root, path));
    const bytes = readFileSync(path);
    const text = bytes.includes(0) ? bytes.toString('base64') : normalize(bytes.toString('utf8'));
    byName.set(name, [...(byName.get(name) ?? []), text]);
  }
  for (const list of byName.values()) list.sort();
  return byName;
}

/** Where two texts first part, with a little of each side. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return `at character ${i}:\n    before: ${show(a)}\n    after:  ${show(b)}`;
}

const a = files(before);
const b = files(after);
const problems: string[] = [];
for (const name of new Set([...a.keys(), ...b.keys()])) {
  const left = a.get(name) ?? [];
  const right = b.get(name) ?? [];
  if (!left.length) problems.push(`only after: ${name}`);
  else if (!right.length) problems.push(`only before: ${name}`);
  else if (left.length !== right.length) problems.push(`${name}: ${left.length} files before, ${right.length} after`);
  else
    left.forEach((text, i) => {
      if (text !== right[i]) problems.push(`${name} differs ${firstDifference(text, right[i]!)}`);
    });
}
const count = [...a.values()].reduce((n, list) => n + list.length, 0);
if (problems.length) {
  console.log(`${problems.length} of ${count} files differ:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`identical: ${count} files, apart from hashed names, Svelte's scoping classes and random ids`);
