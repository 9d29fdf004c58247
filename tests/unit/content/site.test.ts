import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC, isCurrentSection, NAV, relatedTools, tool, TOOLS, toolPages } from '../../../src/lib/content/site';
import { storageNotice } from '../../../src/lib/storage/storage-messages';

describe('isCurrentSection', () => {
  it.each([
    ['/guides/', '/guides/', true],
    ['/guides/thank-you-notes/', '/guides/', true],
    ['/guides', '/guides/', true],
    ['/guidesx/', '/guides/', false],
    ['/', '/guides/', false],
    ['/', '/', true],
    ['/diagnose/', '/', false],
  ])('%s in %s: %s', (path, href, expected) => {
    expect(isCurrentSection(path, href)).toBe(expected);
  });
});

describe('the tools (TOOLS): one name each', () => {
  it('gives every tool its own id, page and name', () => {
    for (const key of ['id', 'href', 'name'] as const) expect(new Set(TOOLS.map((t) => t[key])).size, key).toBe(TOOLS.length);
  });

  it("lists in the header the tools marked for it, in the registry's order, by their names", () => {
    expect(NAV.map((t) => t.name)).toEqual(TOOLS.filter((t) => t.header).map((t) => t.name));
    // The mentor review is reached from the home page and search, not the header.
    expect(NAV).not.toContain(tool('mentor'));
  });

  it('keeps the diagnostic called "Why no callback?", the card a lesson names as diagnose', () => {
    expect(DIAGNOSTIC).toMatchObject({ id: 'diagnose', href: '/diagnose/', name: 'Why no callback?' });
  });
});

describe('storageNotice', () => {
  it('is silent when everything is saved', () => {
    expect(storageNotice('ok', 0)).toBeNull();
  });
  it.each([
    ['unavailable', 0, /not being saved/],
    ['full', 0, /latest changes are not being saved/],
    ['ok', 1, /could not be read/],
    // Not saving at all matters more to a person than an old value set aside.
    ['unavailable', 2, /answers are not being saved/],
  ] as const)('%s with %i set aside → %s', (health, count, title) => {
    expect(storageNotice(health, count)?.title).toMatch(title);
  });
});

describe('tools', () => {
  const entry = (id: string, order: number) => ({ id, data: { title: `${id} list`, blurb: `The ${id} card.`, order } });

  it('lists the diagnostic first, then each checklist in the order its YAML gives, with its page, name and card', () => {
    expect(toolPages([entry('b', 2), entry('a', 3), entry('c', 1)])).toEqual([
      DIAGNOSTIC,
      { id: 'c', href: '/checklists/c/', name: 'c list', blurb: 'The c card.' },
      { id: 'b', href: '/checklists/b/', name: 'b list', blurb: 'The b card.' },
      { id: 'a', href: '/checklists/a/', name: 'a list', blurb: 'The a card.' },
    ]);
  });

  it("gives a lesson's related tools in the lesson's order", () => {
    const tools = toolPages([entry('pre', 1), entry('post', 2)]);
    expect(relatedTools(['post', 'diagnose'], tools, 'content/lessons/x.mdx').map((t) => t.href)).toEqual([
      '/checklists/post/',
      '/diagnose/',
    ]);
  });

  it('stops at a tool that does not exist, naming the lesson file and the tools there are', () => {
    const tools = toolPages([entry('pre', 1)]);
    expect(() => relatedTools(['pre', 'post-interveiw'], tools, 'content/lessons/x.mdx')).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/lessons/x.mdx: related: there is no tool "post-interveiw"; use one of diagnose, pre]`,
    );
  });
});
