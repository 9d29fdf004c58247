/**
 * One name per tool, as built: the header's words for a tool are the h1 of the page they lead to, the home
 * page links every tool by that name, and search finds each tool's page under it. Reads dist/ directly; no
 * browser needed. The names live in one registry (TOOLS in src/lib/content/site.ts); these checks read
 * the built pages, so a page that spells its heading by hand, or a card that calls a tool something else,
 * fails here.
 */
import { expect, test } from '@playwright/test';
import { NAV, TOOLS } from '../../src/lib/content/site';
import { loadParts } from '../../src/lib/search/shards';
import { rank } from '../../src/lib/search/search';
import { doc, pageSet, searchParts } from './helpers/site';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const h1 = (path: string) => text(doc(path).querySelector('main h1'));
/** The header's tool links on a built page, in order: where each goes and what it says. */
const headerLinks = (path: string) =>
  [...doc(path).querySelectorAll('.site-header nav .sections a')].map((a) => ({ href: a.getAttribute('href')!, words: text(a) }));
const toolAt = new Map<string, string>(TOOLS.map((t) => [t.href, t.name]));
/** The names the tools had before they had one each: none may come back as a link or a card. */
const OLD_NAMES = ['Diagnose', 'Prep', 'Take the quiz', 'Work out why', 'Your journal', 'Review for a mentor'];

test("each tool's page is headed and titled by its one name", () => {
  for (const { href, name } of TOOLS) {
    expect(h1(href), href).toBe(name);
    expect(doc(href).title, href).toBe(`${name} · Callback`);
  }
});

test("the header's words for a tool are the h1 of the page they lead to, on every page", () => {
  const onHome = headerLinks('/');
  expect(onHome.map((l) => l.href)).toEqual(NAV.map((t) => t.href));
  for (const { href, words } of onHome) expect(words, `header link to ${href}`).toBe(h1(href));
  // The same header on every page, the menu a phone opens included.
  for (const path of pageSet) {
    expect(headerLinks(path), path).toEqual(onHome);
    const menu = [...doc(path).querySelectorAll('.site-header .menu-list a')].map((a) => ({
      href: a.getAttribute('href'),
      words: text(a),
    }));
    expect(menu, path).toEqual(onHome);
  }
});

test('the home page links straight to every tool, each card headed by its name', () => {
  const home = doc('/');
  const cards = [...home.querySelectorAll('.card :is(h2, h3) a')].map((a) => ({ href: a.getAttribute('href')!, words: text(a) }));
  for (const { href, name } of TOOLS) {
    expect(cards, href).toContainEqual({ href, words: name });
    expect(h1(href), href).toBe(name);
  }
});

test('no link or card anywhere calls a tool by another name', () => {
  const wrong: string[] = [];
  for (const path of pageSet) {
    const page = doc(path);
    // The header's links and the cards' headings are a tool's name, not a sentence about it; the home page's
    // situations are the exception, headed by where the reader is ("I heard nothing back"), as is their sample
    // on the unlinked design page.
    for (const a of page.querySelectorAll('.site-header nav a, .card :is(h2, h3) a')) {
      if (a.closest('[aria-labelledby="situations-title"]') || path === '/design/') continue;
      const name = toolAt.get(a.getAttribute('href') ?? '');
      if (name && text(a) !== name) wrong.push(`${path}: "${text(a)}" → ${a.getAttribute('href')}`);
    }
    for (const el of page.querySelectorAll('.site-header nav a, .card :is(h2, h3) a, .card-action'))
      if (OLD_NAMES.includes(text(el))) wrong.push(`${path}: "${text(el)}"`);
  }
  expect(wrong).toEqual([]);
});

test('search finds each tool first by its name, the result headed by that name', () => {
  const index = loadParts(searchParts());
  for (const { href, name } of TOOLS) {
    const record = index.records.find((r) => r.url === href && r.kind === 'tool');
    expect(record?.title, href).toBe(name);
    expect(index.records[rank(index, name)[0]?.id]?.url, name).toBe(href);
  }
});
