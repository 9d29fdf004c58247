import { afterEach, describe, expect, it } from 'vitest';
import { findBrowser } from '../../../scripts/browser.ts';

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

describe('findBrowser', () => {
  it('uses CHROME_PATH first', () => {
    process.env.CHROME_PATH = process.execPath; // any existing file stands in for a browser here
    expect(findBrowser()).toBe(process.execPath);
  });

  it('says clearly when CHROME_PATH points at nothing', () => {
    process.env.CHROME_PATH = '/nowhere/chromium';
    expect(() => findBrowser()).toThrow('CHROME_PATH is set to /nowhere/chromium, but there is no file there.');
  });
});
