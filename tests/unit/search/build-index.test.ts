/** The search records as the build gathers them (src/lib/search/build-index.ts): what a reader can find, and where it leads. */
import { describe, expect, it } from 'vitest';
import { templateEmail } from '../../../src/lib/follow-up/email';
import { buildIndex, clip, lessonSections, plainText, withDraftedEmails } from '../../../src/lib/search/build-index';

describe('building the index', () => {
  it('turns MDX into the text a reader sees', () => {
    expect(plainText('Read **this** [guide](/guides/x/#y).\n\n<Callout kind="tip" title="Note">Inside</Callout>\n- item')).toBe(
      'Read this guide. Note Inside item',
    );
  });

  it('leaves out the articles and publishers a figure cites: a cited title is not what the section says', () => {
    expect(plainText('<Stat value="3 weeks" source="Are Callbacks Good or Bad News?" year={2017}>to hire</Stat>')).toBe('3 weeks to hire');
  });

  it('splits a lesson at its headings, with the anchors the page uses', () => {
    const body = 'Intro.\n\n## First {#one}\n\nAlpha.\n\n### Sub\n\nBeta.\n\n## Second\n\nGamma.';
    const headings = [
      { depth: 2, slug: 'one', text: 'First' },
      { depth: 3, slug: 'sub', text: 'Sub' },
      { depth: 2, slug: 'second', text: 'Second' },
    ];
    expect(lessonSections(body, headings).map((s) => [s.heading.slug, s.text])).toEqual([
      ['one', 'Alpha.'],
      ['sub', 'Beta.'],
      ['second', 'Gamma.'],
    ]);
  });

  it('clips long sections at a word', () => {
    const clipped = clip('word '.repeat(400));
    expect(clipped.length).toBeLessThanOrEqual(1002);
    expect(clipped.endsWith(' …')).toBe(true);
  });

  it('indexes tools, lessons and their sections, reasons and checklist items with their urls', () => {
    const records = buildIndex({
      tools: [{ title: 'Why no callback?', text: 'A few questions', url: '/diagnose/' }],
      lessons: [
        {
          id: 'l',
          title: 'Lesson',
          summary: 'Sum',
          takeaways: ['Take'],
          body: '## A\n\nText',
          headings: [{ depth: 2, slug: 'a', text: 'A' }],
        },
      ],
      reasons: [{ id: 'fit', title: 'Fit', explanation: 'Why', now: 'Now' }],
      reasonsUrl: '/guides/why/',
      reasonsContext: 'Why no callback?',
      checklists: [{ id: 'c', title: 'C list', summary: 'S', sections: [{ id: 's', title: 'Sec', items: [{ id: 'i', text: 'Do it' }] }] }],
    });
    expect(records.map((r) => `${r.kind} ${r.url}`)).toEqual([
      'tool /diagnose/',
      'section /guides/l/',
      'section /guides/l/#a',
      'reason /guides/why/#fit',
      'item /checklists/c/',
      'item /checklists/c/#section-s',
      'item /checklists/c/#item-i',
    ]);
    // A tool is found by its one name, and a reason says which tool ranks it.
    expect(records[0]).toMatchObject({ title: 'Why no callback?', context: 'Tool' });
    expect(records.find((r) => r.kind === 'reason')).toMatchObject({ context: 'Why no callback?' });
    // A list is found by its one name, and its items say which list they are on.
    expect(records.find((r) => r.url === '/checklists/c/')).toMatchObject({ title: 'C list', context: 'Checklist: C list', text: 'S' });
    expect(records.at(-1)).toMatchObject({ title: 'Do it', context: 'Checklist: C list' });
  });
});

describe('withDraftedEmails', () => {
  const today = '2026-11-30';
  it('gives a drafted template the text the page shows, and leaves written ones as they are', () => {
    const written = '<EmailTemplate title="Confirming" subject="Re: Second interview">\n\nDear [Name],\n\n</EmailTemplate>';
    const mdx = `## The first follow-up\n\n<EmailTemplate kind="follow-up" title="First follow-up" />\n\n${written}`;
    const text = plainText(withDraftedEmails(mdx, today));
    const { subject, body } = templateEmail('follow-up', today);
    expect(text).toContain('First follow-up');
    expect(text).toContain(plainText(subject));
    expect(text).toContain(plainText(body));
    expect(withDraftedEmails(written, today)).toBe(written);
    expect(withDraftedEmails('<EmailTemplate kind="nonsense" title="x" />', today)).toBe('<EmailTemplate kind="nonsense" title="x" />');
  });
});
