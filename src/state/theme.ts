import { THEME_NAME, themeSchema, type ThemeChoice } from '../lib/theme';
import { persisted } from './persisted';

export const theme = persisted<ThemeChoice>(THEME_NAME, themeSchema, 'system');
