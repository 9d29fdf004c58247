/**
 * On the server (plain Node, no window) stores hold their initial value and refuse `.set`, so no page's
 * HTML can depend on a person's data.
 */
import { describe, expect, it } from 'vitest';
import { THEME } from '../../../src/lib/content/theme';
import { persisted } from '../../../src/state/persisted';

describe('persisted() during server render', () => {
  it('reads the initial value and throws a clear error on set', () => {
    const store = persisted(THEME);
    expect(store.get()).toBe('system');
    expect(() => store.set('dark')).toThrow('"callback:theme" was set during server render');
  });
});
