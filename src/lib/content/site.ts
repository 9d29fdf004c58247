/**
 * Where things live on the site: the header's sections, and the tools (the diagnostic and the checklists)
 * as the cards the home page, the checklists page and lesson footers show.
 */
import type { Checklist } from '../checklists/checklist-schema.ts';
import { inOrder } from '../core/content-order.ts';

export const SITE_NAME = 'Callback';

/** The page on where the advice comes from; every lesson's Sources list links to it. */
export const TRUST_PAGE = { href: '/how-this-advice-was-made/', title: 'How this advice was made' } as const;

/**
 * When the guides, the diagnostic's model and the checklists were last reread as a whole against their
 * sources: shown on the trust page. Change it with each such review, not with every edit.
 */
export const CONTENT_REVIEWED = '2026-11-30';

/** A page that does one job (the diagnostic, each checklist), as its card wherever the site suggests it. */
export interface ToolPage {
  /** What a lesson's `related` calls it: `diagnose`, or a checklist's file name. */
  id: string;
  href: string;
  /** Its one name: the card's heading, and the page's own h1. */
  title: string;
  /** The card's one line. */
  blurb: string;
}

/** The diagnostic is a page of its own, not content: its card is declared here, and only here. */
export const DIAGNOSTIC: ToolPage = {
  id: 'diagnose',
  href: '/diagnose/',
  title: 'Why no callback?',
  blurb: 'A short quiz: answer a few questions and see the likely reasons, ranked, with what to do and when.',
};

/** The header's sections; `also`: other pages that belong to the section (the header marks it current there too). */
export const NAV: readonly { href: string; label: string; also?: readonly string[] }[] = [
  { href: '/guides/', label: 'Guides' },
  { href: DIAGNOSTIC.href, label: 'Diagnose' },
  { href: '/checklists/', label: 'Checklists' },
  { href: '/journal/', label: 'Journal' },
  { href: '/practice/', label: 'Prep', also: ['/stories/'] },
];

/** A checklist entry as the collection gives it (content/checklists/<id>.yaml): what its card needs. */
export interface ChecklistEntry {
  id: string;
  data: Pick<Checklist, 'title' | 'blurb' | 'order'>;
}

/** A checklist's card: its page, its name and its blurb, all from its YAML. */
export function checklistTool({ id, data }: ChecklistEntry): ToolPage {
  return { id, href: `/checklists/${id}/`, title: data.title, blurb: data.blurb };
}

/** Every tool a lesson can suggest: the diagnostic, then the checklists in their `order`. */
export function toolPages(checklists: readonly ChecklistEntry[]): ToolPage[] {
  return [DIAGNOSTIC, ...inOrder(checklists).map(checklistTool)];
}

/**
 * The tools a lesson suggests (its `related`), in the lesson's order. A name that is no tool throws, naming
 * the lesson's file and the tools there are, so a typo or a removed checklist stops the build.
 */
export function relatedTools(ids: readonly string[], tools: readonly ToolPage[], file: string): ToolPage[] {
  return ids.map((id) => {
    const tool = tools.find((t) => t.id === id);
    if (!tool) throw new Error(`${file}: related: there is no tool "${id}"; use one of ${tools.map((t) => t.id).join(', ')}`);
    return tool;
  });
}

/** Whether a navigation link points at the section the current page belongs to. */
export function isCurrentSection(pathname: string, href: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}
