/** Where things live on the site: one list for the header, the home page and lesson footers. */
import type { Tool } from './lessons.ts';

export const SITE_NAME = 'Callback';

export const NAV = [
  { href: '/guides/', label: 'Guides' },
  { href: '/diagnose/', label: 'Diagnose' },
  { href: '/checklists/', label: 'Checklists' },
] as const;

export const TOOL_PAGES: Record<Tool, { href: string; title: string; blurb: string }> = {
  diagnose: {
    href: '/diagnose/',
    title: 'Why no callback?',
    blurb: 'A short quiz: answer a few questions and see the likely reasons, ranked, with what to do and when.',
  },
  'pre-interview': {
    href: '/checklists/pre-interview/',
    title: 'Pre-interview checklist',
    blurb: 'Print it the night before: research, logistics, examples, questions to ask.',
  },
  'post-interview': {
    href: '/checklists/post-interview/',
    title: 'Post-interview plan',
    blurb: 'Thank-you notes, follow-up dates and the day to move on, in your calendar.',
  },
  'online-audit': {
    href: '/checklists/online-audit/',
    title: 'Online-presence audit',
    blurb: 'See yourself the way an employer searching your name does.',
  },
};

/** Whether a navigation link points at the section the current page belongs to. */
export function isCurrentSection(pathname: string, href: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}
