import { describe, expect, it } from 'vitest';
import { isCurrentSection } from '../../src/lib/site';
import { storageNotice } from '../../src/lib/storage-messages';
import { themeSchema } from '../../src/lib/theme';
import { decodeValue } from '../../src/lib/storage-codec';

describe('isCurrentSection', () => {
  it.each([
    ['/guides/', '/guides/', true],
    ['/guides/thank-you-notes/', '/guides/', true],
    ['/guides', '/guides/', true],
    ['/guidesx/', '/guides/', false],
    ['/', '/guides/', false],
    ['/', '/', true],
    ['/diagnose/', '/', false],
  ])('%s in %s: %s', (path, href, expected) => {
    expect(isCurrentSection(path, href)).toBe(expected);
  });
});

describe('storageNotice', () => {
  it('is silent when everything is saved', () => {
    expect(storageNotice('ok', 0)).toBeNull();
  });
  it.each([
    ['unavailable', 0, /not being saved/],
    ['full', 0, /latest changes are not being saved/],
    ['ok', 1, /could not be read/],
    // Not saving at all matters more to a person than an old value set aside.
    ['unavailable', 2, /answers are not being saved/],
  ] as const)('%s with %i set aside → %s', (health, count, title) => {
    expect(storageNotice(health, count)?.title).toMatch(title);
  });
});

describe('themeSchema', () => {
  it.each([
    ['{"v":1,"data":"dark"}', { ok: true, value: 'dark', migrated: false }],
    ['{"v":1,"data":"system"}', { ok: true, value: 'system', migrated: false }],
    ['{"v":1,"data":"purple"}', { ok: false, problem: 'wrong-shape' }],
    ['dark', { ok: false, problem: 'corrupt' }],
  ])('%s', (raw, expected) => {
    expect(decodeValue(themeSchema, raw)).toEqual(expected);
  });
});
