/**
 * The theme control's second half (src/components/ThemeSelect.astro), loaded with the first choice made, or
 * when another tab changes the theme: applies a choice, stores it, and follows other tabs. It writes the
 * codec's strings, worked out at build time, so it imports no codec.
 */
import type { ThemeChoice } from '../lib/theme';

export function themeControl(group: HTMLElement) {
  const root = document.documentElement;
  const key = group.dataset.key!;
  const stored: Record<ThemeChoice, string> = JSON.parse(group.dataset.stored!);
  const isChoice = (value: unknown): value is ThemeChoice => typeof value === 'string' && Object.hasOwn(stored, value);

  const apply = (choice: ThemeChoice) => {
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
    const radio = group.querySelector<HTMLInputElement>(`input[value="${choice}"]`);
    if (radio) radio.checked = true;
  };
  return {
    choose(value: string) {
      if (!isChoice(value)) return;
      apply(value);
      try {
        localStorage.setItem(key, stored[value]);
      } catch {
        // The browser refuses storage: the choice still holds on this page, which is all a theme needs.
      }
    },
    /** Another tab, or the data page's import and delete (a null key: see notifyReaders in quick-storage.ts). */
    follow(event: StorageEvent) {
      if (event.key !== key && event.key !== null) return;
      let raw: string | null = null;
      try {
        raw = localStorage.getItem(key);
      } catch {
        // Unreadable storage holds no choice.
      }
      // Anything but a choice's stored string reads as "follow the system", as the head script does.
      apply((Object.keys(stored) as ThemeChoice[]).find((choice) => stored[choice] === raw) ?? 'system');
    },
  };
}
