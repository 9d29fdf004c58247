/**
 * The lessons as built: every one rendered, anchors where authors and other pages expect them, and no
 * broken internal link or anchor anywhere on the site. Reads dist/ directly; no browser needed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { expect, test } from '@playwright/test';
import { REASON_IDS, REASONS_LESSON } from '../../src/lib/diagnostic/reasons';
import { DIST, doc, LESSONS_DIR, lessonIds, pageSet } from './helpers/site';

// The five articles' guidance alone makes ten or more; the curriculum grows beyond them (issue 31), so no ceiling.
test('there are 10 lessons or more and each has its page', () => {
  expect(lessonIds.length).toBeGreaterThanOrEqual(10);
  for (const id of lessonIds) expect(pageSet, id).toContain(`/guides/${id}/`);
});

for (const id of lessonIds) {
  test(`${id}: title, takeaways, sources and every heading's anchor`, () => {
    const source = readFileSync(join(LESSONS_DIR, `${id}.mdx`), 'utf8');
    const page = doc(`/guides/${id}/`);
    const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(source)![1];
    expect(page.querySelector('h1')?.textContent?.replace(/’/g, "'")).toBe(title.replace(/’/g, "'"));
    expect(page.querySelectorAll('.takeaways li').length).toBeGreaterThanOrEqual(2);
    expect(page.querySelectorAll('.sources li').length).toBeGreaterThanOrEqual(1);

    // Each ## and ### of the source is a heading on the page, with its {#id} if it set one, otherwise
    // the GitHub-style slug of its text (the rule authors use to write links).
    const sourceHeadings = [...source.matchAll(/^(##|###) (.+?)(?: \{#([\w-]+)\})?\s*$/gm)];
    const built = [...page.querySelectorAll('.body h2, .body h3')];
    expect(built.length).toBe(sourceHeadings.length);
    const slugger = new GithubSlugger();
    sourceHeadings.forEach(([, hashes, , explicit], i) => {
      const heading = built[i];
      expect(heading.tagName).toBe(hashes === '##' ? 'H2' : 'H3');
      expect(heading.id).toBe(explicit ?? slugger.slug(heading.textContent ?? ''));
    });
    const ids = [...page.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  });
}

test('every reason of the brief has its anchor in the reasons lesson', () => {
  const page = doc(REASONS_LESSON);
  for (const id of REASON_IDS) {
    const target = page.getElementById(id);
    expect(target, id).not.toBeNull();
    expect(target!.tagName, id).toBe('H3');
  }
});

test('no internal link or anchor is broken, on any page', () => {
  const broken: string[] = [];
  for (const from of pageSet) {
    for (const a of doc(from).querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^[a-z]+:/i.test(href)) continue; // another scheme (mailto:, https:): not ours to check here
      const url = new URL(href, `http://site${from}`);
      const path = href.startsWith('#') ? from : url.pathname;
      if (!pageSet.has(path)) {
        broken.push(`${from} → ${href} (no page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !doc(path).getElementById(anchor)) broken.push(`${from} → ${href} (no #${anchor})`);
    }
  }
  expect(broken).toEqual([]);
});

test('the link check sees links: every lesson links to at least one other page', () => {
  for (const id of lessonIds) {
    expect(doc(`/guides/${id}/`).querySelectorAll('.body a[href^="/guides/"]').length, id).toBeGreaterThan(0);
  }
});

test('every file a script preloads is in the build (a missing stylesheet would stop a lazy island loading)', () => {
  const assets = join(DIST, '_astro');
  const missing = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .flatMap((f) => [...readFileSync(join(assets, f), 'utf8').matchAll(/"_astro\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!))
    .filter((f) => !existsSync(join(assets, f)));
  expect(missing).toEqual([]);
});
