/**
 * Driving the post-interview planner: adding an interview through its "Add an interview" form, the only
 * way the planner makes one.
 */
import { expect, type Page } from '@playwright/test';
import { daysAgo } from './diagnostic';

/** The planner's form for a new interview. */
export const addForm = (page: Page) => page.locator('form.add');

/** Opens the form and fills it in; `submit` presses Add. Leaves a field empty when given ''. */
export async function fillAddForm(page: Page, { company = 'Acme', role = '', date = daysAgo(10) } = {}) {
  await page.getByRole('button', { name: 'Add an interview' }).click();
  const form = addForm(page);
  await form.getByLabel('Company', { exact: true }).fill(company);
  await form.getByLabel('Role', { exact: true }).fill(role);
  await form.getByLabel('Interview date').fill(date);
  return form;
}

/** On /checklists/post-interview/: adds an interview and waits until the planner has it open. */
export async function addInterview(page: Page, details: Parameters<typeof fillAddForm>[1] = {}) {
  const form = await fillAddForm(page, details);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(form).toHaveCount(0);
  await expect(page.locator('.planner').getByLabel('Interview date')).toBeVisible();
}
