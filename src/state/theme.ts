/**
 * The theme pick, written the light way: the theme control is on every page, so it uses the small-page
 * reader rather than a store (src/state/quick-storage.ts). The data page reaches the same value through
 * the registry.
 */
import { THEME, type ThemeChoice } from '../lib/theme';
import { writeValue } from './quick-storage';

/** Stores the theme a person picked; false when the browser refused (the pick then holds on this page only). */
export function setTheme(choice: ThemeChoice): boolean {
  return writeValue(THEME, choice);
}
