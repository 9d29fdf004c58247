/**
 * What the storage notice says. Calm and specific: the person has done nothing wrong and the page still
 * works; they need to know only whether their entries will outlive the tab.
 */
import type { StorageHealth } from './safe-storage.ts';

export interface StorageNoticeText {
  title: string;
  body: string;
}

/** The notice for the current state, or null when everything is being saved as usual. */
export function storageNotice(health: StorageHealth, setAsideCount: number): StorageNoticeText | null {
  if (health === 'unavailable') {
    return {
      title: 'Your answers are not being saved',
      body:
        'This browser is not letting the site store anything (private browsing or blocked site data can do that). ' +
        'Everything on this page still works, but what you enter will be gone when you close the tab.',
    };
  }
  if (health === 'full') {
    return {
      title: 'Your latest changes are not being saved',
      body:
        "This browser's storage for the site is full, so your newest changes are kept only until you close the tab. " +
        'Clearing other site data in your browser settings frees space.',
    };
  }
  if (setAsideCount > 0) {
    return {
      title: 'Some saved data could not be read',
      body:
        'It may come from another version of the site or have been damaged. A copy is kept in this browser, ' +
        'and this page started fresh.',
    };
  }
  return null;
}
