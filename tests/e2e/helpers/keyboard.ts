/**
 * Driving a page by keyboard alone, as the keyboard-only journeys do: Tab to a control, type a date as the
 * en-US date field orders it.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, key = 'Tab') {
  for (let i = 0; i < 150 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(key);
  await expect(target).toBeFocused();
}

/** Types an ISO date into the focused date field, month, day and year, as en-US orders it. */
export async function typeDate(page: Page, iso: string) {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
}
