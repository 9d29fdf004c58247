/**
 * A choice kept per tab, in sessionStorage: a reload of the tab keeps it, and no other tab sees it. Which
 * interview is open is such a choice, so Cancel in one tab never closes the interview in another.
 */
import { atom, type ReadableAtom } from 'nanostores';

export interface TabValue {
  readonly value: ReadableAtom<string | null>;
  /**
   * On page load: this tab's choice, or for a tab that has made none, `fallback` (the last choice made in
   * any tab), kept at once so a reload starts from it even if another tab chooses meanwhile.
   */
  resume(fallback: string | null): void;
  set(choice: string | null): void;
}

/** One per-tab choice under `key`. Never throws: without sessionStorage the choice lives on this page only. */
export function tabValue(key: string): TabValue {
  const value = atom<string | null>(null);
  const set = (choice: string | null) => {
    try {
      // An empty string is "none, chosen in this tab", which a reload keeps too.
      sessionStorage.setItem(key, choice ?? '');
    } catch {
      // Kept on this page only.
    }
    value.set(choice);
  };
  return {
    value,
    set,
    resume(fallback) {
      let saved: string | null = null;
      try {
        saved = sessionStorage.getItem(key);
      } catch {
        // No sessionStorage: start as a new tab does.
      }
      if (saved === null) set(fallback);
      else value.set(saved || null);
    },
  };
}
