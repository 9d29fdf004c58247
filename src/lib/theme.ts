/** The color theme a person chose; `system` follows `prefers-color-scheme`. */
import type { ValueSchema } from './storage-codec.ts';
import { KEY_PREFIX } from './storage-keys.ts';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_NAME = 'theme';
/** Where the choice is stored; the inline script in the page head reads the same envelope. */
export const THEME_KEY = KEY_PREFIX + THEME_NAME;

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.includes(value as ThemeChoice);
}

export const themeSchema: ValueSchema<ThemeChoice> = {
  version: 1,
  parse: (data) => (isThemeChoice(data) ? data : undefined),
};
