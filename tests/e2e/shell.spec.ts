/**
 * The shell every page shares, in a real browser: keyboard entry points, themes, print, small screens,
 * and a browser whose storage misbehaves.
 */
import { expect, test, type Page } from '@playwright/test';
import { DIAGNOSTIC } from '../../src/lib/content/site';
import { PAGES } from './helpers/pages';

/** Fails the test on any uncaught exception or console error the page produces. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto('/guides/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside the content, not back at the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('the header marks the section the reader is in', async ({ page }) => {
  await page.goto('/guides/following-up/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: DIAGNOSTIC.name })).not.toHaveAttribute('aria-current', 'page');
});

test.describe('theme', () => {
  test('follows the system until the reader picks one by keyboard, and remembers the pick', async ({ page }) => {
    const errors = watchErrors(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const dark = await background(page);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background(page);
    expect(dark).not.toBe(light);

    // Tab into the group (it follows the footer's last link): focus lands on the current choice, and the
    // arrow keys move the choice, as in any native radio group.
    const pick = async (keys: string[]) => {
      await page.getByRole('contentinfo').getByRole('link').last().focus();
      await page.keyboard.press('Tab');
      for (const key of keys) await page.keyboard.press(key);
    };
    await pick([]);
    await expect(page.getByRole('radio', { name: 'System' })).toBeFocused();
    await pick(['ArrowRight', 'ArrowRight']);
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(await background(page)).toBe(dark);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(await background(page)).toBe(dark);

    await pick(['ArrowLeft', 'ArrowLeft']);
    await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
    await page.reload();
    expect(await background(page)).toBe(light);
    expect(errors).toEqual([]);
  });

  test('a stored pick applies before any module script runs (no flash)', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('radio', { name: 'Dark' }).check();
    // With every external script blocked, only the inline head script can set the theme.
    await page.route('**/*.js', (route) => route.abort());
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('a change in another tab reaches this one', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto('/');
    await second.goto('/guides/');
    await first.getByRole('radio', { name: 'Dark' }).check();
    await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(second.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });

  test('without JavaScript the page follows the system and shows no dead control', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('[data-theme-select]')).toBeHidden();
    expect(await background(page)).toBe('rgb(21, 24, 28)');
    await context.close();
  });
});

test.describe('storage that misbehaves never breaks a page', () => {
  test('localStorage that throws on access', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const errors = watchErrors(page);
    await page.goto('/');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/guides/');
    expect(errors).toEqual([]);
  });

  test('junk under the theme key means "follow the system", and a new pick replaces it', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('callback:theme', '{"v":1,"data":"neon'));
    const errors = watchErrors(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(await background(page)).toBe('rgb(21, 24, 28)');
    await page.getByRole('radio', { name: 'Light' }).check();
    // Stored by the control's second half, which loads with the first pick.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('callback:theme'))).toBe('{"v":1,"data":"light"}');
    expect(errors).toEqual([]);
  });
});

test('print shows only the content, black on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/guides/thank-you-notes/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('main button').first()).toBeHidden();
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  await expect(page.locator('h1')).toBeVisible();
});

test('an unknown address gets a helpful 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("This page isn't here");
  await expect(page.getByRole('link', { name: 'Browse the guides' })).toBeVisible();
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of PAGES) {
    test(`${path} fits without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
