/**
 * The theme control's second half (src/components/ThemeSelect.astro), loaded when another tab (or the data
 * page's import and delete: a null key, see notifyReaders in quick-storage.ts) changes what is stored: the
 * page and the control follow. It recognizes the codec's strings, worked out at build time, so it imports no
 * codec.
 */
import type { ThemeChoice } from '../lib/content/theme';

/**
 * Follows a theme chosen in another tab (or cleared by the data page) on this page's control.
 * @public Loaded by its address (`?chunk-url`) and called by name: no import names it.
 */
export function followStoredTheme(group: HTMLElement, event: StorageEvent) {
  const key = group.dataset.key!;
  if (event.key !== key && event.key !== null) return;
  const stored: Record<ThemeChoice, string> = JSON.parse(group.dataset.stored!);
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    // Unreadable storage holds no choice.
  }
  // Anything but a choice's stored string reads as "follow the system", as the head script does.
  const choice = (Object.keys(stored) as ThemeChoice[]).find((each) => stored[each] === raw) ?? 'system';
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  const radio = group.querySelector<HTMLInputElement>(`input[value="${choice}"]`);
  if (radio) radio.checked = true;
}
