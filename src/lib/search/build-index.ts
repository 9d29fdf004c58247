/**
 * The search index, built at build time from the content: every tool, every lesson (and each of its
 * sections), every reason of the diagnostic and every checklist item, as plain-text records.
 */
import type { IsoDate } from '../core/dates.ts';
import { EMAIL_KINDS, templateEmail, type EmailKind } from '../follow-up/email.ts';
import type { SearchRecord } from './search.ts';

/**
 * `mdx` with each `<EmailTemplate kind="…" />` given the text the page shows for it (drafted by
 * src/lib/follow-up/email.ts, not written in the lesson), so its section is found by the words a reader sees there.
 */
export function withDraftedEmails(mdx: string, today: IsoDate): string {
  return mdx.replace(/<EmailTemplate\b([^>]*?)\bkind="([\w-]+)"([^>]*?)\/>/g, (tag, before: string, kind: string, after: string) => {
    if (!(EMAIL_KINDS as readonly string[]).includes(kind)) return tag;
    const { subject, body } = templateEmail(kind as EmailKind, today);
    return `<EmailTemplate${before}${after}>\n${subject}\n\n${body}\n</EmailTemplate>`;
  });
}

/**
 * Text a reader would see: Markdown and MDX markup, heading ids and template placeholders removed.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function plainText(mdx: string): string {
  return (
    mdx
      // MDX components: keep the words of their titles, subjects and figures, not their kinds, nor the names
      // of the articles and publishers they cite (a cited title is not what the section is about).
      .replace(/<([A-Z]\w*)([^>]*)>/g, (_, _name, attrs: string) =>
        [...attrs.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => (key === 'kind' || key === 'source' ? '' : ` ${value} `)).join(''),
      )
      .replace(/<\/[A-Z]\w*>/g, ' ')
      .replace(/\{#[^}]+\}/g, ' ')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links: keep the words
      .replace(/^\s*([-*]|\d+\.|\|)\s*/gm, '')
      .replace(/[*_`>#|]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Splits a lesson body at its ## and ### headings. `headings` are the ones the renderer produced, in order
 * (so the anchors are exactly the page's); the source supplies each section's text.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function lessonSections(body: string, headings: Heading[]): { heading: Heading; text: string }[] {
  const parts = body.split(/^#{2,3} .*$/m);
  const sections = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return sections.map((heading, i) => ({ heading, text: plainText(parts[i + 1] ?? '') }));
}

const MAX_TEXT = 1000;

/**
 * A long section cut at a word boundary: the first part of a section says what it is about.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function clip(text: string): string {
  if (text.length <= MAX_TEXT) return text;
  return text.slice(0, text.lastIndexOf(' ', MAX_TEXT)) + ' …';
}

export interface IndexSources {
  lessons: { id: string; title: string; summary: string; takeaways: string[]; body: string; headings: Heading[] }[];
  reasons: { id: string; title: string; explanation: string; now?: string; nextTime?: string }[];
  reasonsUrl: string;
  /** Where a reason sits, as its result says: the tool that ranks the reasons, by its one name. */
  reasonsContext: string;
  /** `title` is the list's one name ("Pre-interview checklist"), from its YAML. */
  checklists: {
    id: string;
    title: string;
    summary: string;
    sections: { id: string; title: string; items: { id: string; text: string; detail?: string }[] }[];
  }[];
  /** The site's tools, as pages of their own: `title` is the tool's one name, the h1 of its page. */
  tools: { title: string; text: string; url: string }[];
  /** The question library's questions: `title` the question, `text` what it checks, `url` its place. */
  questions?: { title: string; context: string; text: string; url: string }[];
}

/**
 * Every record search can find, in a fixed order: the tools, each by its one name, then each lesson and
 * its sections, each reason, each checklist with its sections and items, and the question library's questions.
 */
export function buildIndex({
  lessons,
  reasons,
  reasonsUrl,
  reasonsContext,
  checklists,
  tools,
  questions = [],
}: IndexSources): SearchRecord[] {
  const records: SearchRecord[] = tools.map((tool) => ({
    kind: 'tool',
    title: tool.title,
    context: 'Tool',
    text: tool.text,
    url: tool.url,
  }));
  for (const lesson of lessons) {
    const url = `/guides/${lesson.id}/`;
    records.push({
      kind: 'section',
      title: lesson.title,
      context: 'Guide',
      text: clip([lesson.summary, ...lesson.takeaways].join(' ')),
      url,
    });
    for (const { heading, text } of lessonSections(lesson.body, lesson.headings)) {
      records.push({ kind: 'section', title: heading.text, context: lesson.title, text: clip(text), url: `${url}#${heading.slug}` });
    }
  }
  for (const reason of reasons) {
    records.push({
      kind: 'reason',
      title: reason.title,
      context: reasonsContext,
      text: clip([reason.explanation, reason.now, reason.nextTime].filter(Boolean).join(' ')),
      url: `${reasonsUrl}#${reason.id}`,
    });
  }
  for (const list of checklists) {
    const url = `/checklists/${list.id}/`;
    const context = `Checklist: ${list.title}`;
    records.push({ kind: 'item', title: list.title, context, text: list.summary, url });
    for (const section of list.sections) {
      const items = section.items.map((item) => item.text).join(' ');
      records.push({ kind: 'item', title: section.title, context, text: clip(items), url: `${url}#section-${section.id}` });
      for (const item of section.items) {
        records.push({ kind: 'item', title: item.text, context, text: item.detail ?? '', url: `${url}#item-${item.id}` });
      }
    }
  }
  for (const q of questions) records.push({ kind: 'question', ...q });
  return records;
}
