/**
 * What the storage notice says. Calm and specific: the person has done nothing wrong and the page still
 * works; they need to know only whether their entries will outlive the tab.
 */
import type { StorageHealth } from './safe-storage.ts';

export interface StorageNoticeText {
  title: string;
  body: string;
  /** Where to go about it, shown after the body. */
  link?: { href: string; text: string };
}

/** The notice for the current state, or null when everything is being saved as usual. */
export function storageNotice(health: StorageHealth, setAsideCount: number): StorageNoticeText | null {
  if (health === 'unavailable') {
    return {
      title: 'Your answers are not being saved',
      body: 'This browser is not letting the site store anything (private browsing can do that). The page still works; what you enter lasts until you close the tab.',
    };
  }
  if (health === 'full') {
    return {
      title: 'Your latest changes are not being saved',
      body: "This browser's storage for the site is full: your newest changes last until you close the tab. Clearing other site data frees space.",
    };
  }
  if (setAsideCount > 0) {
    return {
      title: 'Some saved data could not be read',
      body: 'It may be from another version of the site, or damaged. What could be read is here, and a copy of the rest is kept in this browser.',
      link: { href: '/data/', text: 'Download or restore it' },
    };
  }
  return null;
}
