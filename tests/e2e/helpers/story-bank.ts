/** Driving the story bank (/stories/) by keyboard, as its spec and the prep journey do. */
import { expect, type Locator, type Page } from '@playwright/test';
import { COMPETENCY_LABELS, STORIES, type Story } from '../../../src/lib/prep/stories';
import { storageKey } from '../../../src/lib/storage/stored-value';
import { tabTo } from './keyboard';

export async function storedStories(page: Page): Promise<Story[]> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).data.stories, storageKey(STORIES));
}

export const stories = (page: Page) => page.locator('.stories > li > details');
export const story = (page: Page, title: string) => stories(page).filter({ has: page.locator('summary .name', { hasText: title }) });
export const warnings = (page: Page) => page.getByRole('region', { name: 'What your bank needs' });

/** Types into a story's field reached by Tab; the story says it is saved, and it is. */
export async function write(page: Page, within: Locator, label: string, text: string) {
  await tabTo(page, within.getByLabel(label, { exact: true }));
  await page.keyboard.type(text);
  await expect(within.getByRole('status')).toHaveText('Saved.');
  await expect.poll(async () => (await storedStories(page)).some((s) => Object.values(s).includes(text))).toBe(true);
}

/** Adds a story by keyboard: the button, its title, Enter; the story opens with its summary focused. */
export async function addByKeyboard(page: Page, title: string) {
  await tabTo(page, page.getByRole('button', { name: 'Add a story' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title of the story')).toBeFocused();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(story(page, title).locator('summary')).toBeFocused();
  await expect(story(page, title)).toHaveAttribute('open', '');
}

export async function tick(page: Page, title: string, competency: keyof typeof COMPETENCY_LABELS) {
  const box = story(page, title).getByRole('checkbox', { name: COMPETENCY_LABELS[competency] });
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}
