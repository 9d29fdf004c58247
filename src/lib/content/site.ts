/**
 * Where things live on the site: the tools, each with its one name (the header, the home page, each tool's
 * heading and search read them here), and the checklists as the cards the checklists page and lesson
 * footers show.
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
export const CONTENT_REVIEWED = '2026-12-07';

/** A page that does one job (a tool, each checklist), as its card wherever the site suggests it. */
export interface ToolPage {
  /** What a lesson's `related` calls it: `diagnose`, or a checklist's file name. */
  id: string;
  href: string;
  /** Its one name: the card's heading, the page's own h1 and title, its search result and its header link. */
  name: string;
  /** The card's one line. */
  blurb: string;
}

/** One of the site's tools: a page of its own, called by one name wherever the site mentions it. */
export interface Tool extends ToolPage {
  /** Whether the header lists it (a phone folds the header's tools into its Menu). */
  header: boolean;
  /**
   * What the home page's card for it says it does, as words on its last row ("Open your journal"). A verb
   * for what happens, never a second name for the tool ("Take the quiz" would name it "the quiz").
   */
  action: string;
}

/**
 * Every tool, in the order the header and the home page list them: the single home of their names. The
 * header, the home page's cards, each tool page's h1 and title, and the search index all read this list, so
 * a tool cannot be called one thing in the header and another on its page. Names are short enough for the
 * header; what people call a tool in their own words ("quiz", "tracker") belongs in content/search/vocabulary.yaml.
 */
export const TOOLS = [
  {
    id: 'guides',
    href: '/guides/',
    name: 'Guides',
    blurb: 'Short lessons for every moment, from preparing to the second callback.',
    header: true,
    action: 'Read the guides',
  },
  {
    id: 'diagnose',
    href: '/diagnose/',
    name: 'Why no callback?',
    blurb: 'A few questions about your dates and messages, then the likely reasons, ranked, with what to do and when.',
    header: true,
    action: 'Answer a few questions',
  },
  {
    id: 'checklists',
    href: '/checklists/',
    name: 'Checklists',
    blurb: 'Before, after and online: tick, print and plan.',
    header: true,
    action: 'See the checklists',
  },
  {
    id: 'journal',
    href: '/journal/',
    name: 'Journal',
    blurb: 'Every interview, its debrief and what came of it, and the patterns across them.',
    header: true,
    action: 'Open your journal',
  },
  {
    id: 'practice',
    href: '/practice/',
    name: 'Practice',
    blurb: 'The questions you expect at your next interview, and practice on the ones that caught you out.',
    header: true,
    action: 'Practice your questions',
  },
  {
    id: 'questions',
    href: '/practice/questions/',
    name: 'Question library',
    blurb: 'Interview questions by kind of round, each with why they ask, a way to answer, an example and the mistakes to avoid.',
    header: false,
    action: 'Browse the questions',
  },
  {
    id: 'stories',
    href: '/stories/',
    name: 'Story bank',
    blurb: 'A dozen true stories in STAR form, tagged by what each shows, ready for any “tell me about a time” question.',
    header: true,
    action: 'Write your stories',
  },
  {
    id: 'mentor',
    href: '/mentor/',
    name: 'Mentor review',
    blurb: 'Someone you trust reads the parts of your journal you choose, sealed in a link, and sends comments back.',
    header: false,
    action: 'Open a review link',
  },
] as const satisfies readonly Tool[];

export type ToolId = (typeof TOOLS)[number]['id'];

/** The tool called `id`. */
export function tool(id: ToolId): Tool {
  return TOOLS.find((t) => t.id === id)!;
}

/** The diagnostic's card, which a lesson's `related` may name (`diagnose`). */
export const DIAGNOSTIC: ToolPage = tool('diagnose');

/** The header's links: the tools it lists, in the registry's order, each by its one name. */
export const NAV: readonly Tool[] = TOOLS.filter((t) => t.header);

/** A checklist entry as the collection gives it (content/checklists/<id>.yaml): what its card needs. */
export interface ChecklistEntry {
  id: string;
  data: Pick<Checklist, 'title' | 'blurb' | 'order'>;
}

/** A checklist's card: its page, its name and its blurb, all from its YAML. */
export function checklistTool({ id, data }: ChecklistEntry): ToolPage {
  return { id, href: `/checklists/${id}/`, name: data.title, blurb: data.blurb };
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
