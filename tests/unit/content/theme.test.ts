import { describe, expect, it } from 'vitest';
import { decodeValue } from '../../../src/lib/storage/storage-codec';
import { storageKey } from '../../../src/lib/storage/stored-value';
import { isThemeChoice, THEME, THEME_CHOICES } from '../../../src/lib/content/theme';

describe('THEME', () => {
  it('is stored where the head script and existing browsers look, and follows the system until picked', () => {
    expect(storageKey(THEME)).toBe('callback:theme');
    expect(THEME.initial).toBe('system');
  });

  it.each([
    ['{"v":1,"data":"dark"}', { ok: true, value: 'dark', migrated: false }],
    ['{"v":1,"data":"system"}', { ok: true, value: 'system', migrated: false }],
    ['{"v":1,"data":"purple"}', { ok: false, problem: 'wrong-shape' }],
    ['dark', { ok: false, problem: 'corrupt' }],
  ])('reads %s', (raw, expected) => {
    expect(decodeValue(THEME.schema, raw)).toEqual(expected);
  });
});

describe('isThemeChoice', () => {
  it('accepts the three choices and nothing else', () => {
    expect(THEME_CHOICES.every(isThemeChoice)).toBe(true);
    expect(isThemeChoice('neon')).toBe(false);
    expect(isThemeChoice(undefined)).toBe(false);
  });
});
