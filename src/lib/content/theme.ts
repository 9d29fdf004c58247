/** The color theme a person chose; `system` follows `prefers-color-scheme`. */
import type { ValueSchema } from '../storage/storage-codec.ts';
import type { StoredValue } from '../storage/stored-value.ts';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/**
 * Whether `value` is one of the theme choices.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function isThemeChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.includes(value as ThemeChoice);
}

const themeSchema: ValueSchema<ThemeChoice> = {
  version: 1,
  parse: (data) => (isThemeChoice(data) ? data : undefined),
};

/**
 * The stored choice, `callback:theme`. The inline script in the page head (src/layouts/Base.astro) reads the
 * same envelope before first paint, with the key it is given from here.
 */
export const THEME: StoredValue<ThemeChoice> = { name: 'theme', schema: themeSchema, initial: 'system' };
