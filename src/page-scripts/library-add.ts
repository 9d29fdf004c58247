/**
 * The question library's one-tap adds (src/pages/practice/questions/[kind]/[id].astro), loaded on the first tap of
 * an Add button: the stores and the scheduler come with it, never with the page.
 */
import { localToday } from '../lib/core/dates';
import { expectForNext, practiceFromLibrary, type LibraryResult } from '../state/library-actions';

/**
 * Adds the question of the tapped button to the next interview or to practice, and says what happened.
 * @public Loaded by its address (`?chunk-url`) and called by name: no import names it.
 */
export function add(button: HTMLElement) {
  const item = button.closest<HTMLElement>('[data-question]');
  const status = item?.querySelector<HTMLElement>('.add-status');
  const id = item?.dataset.question;
  const text = item?.querySelector('[data-question-text]')?.textContent?.trim();
  if (!item || !status || !id || !text) return;
  let result: LibraryResult;
  try {
    result = button.dataset.add === 'practice' ? practiceFromLibrary({ id, text }, localToday()) : expectForNext(id, localToday());
  } catch {
    // Storage this browser will not open (blocked, private mode in some browsers): say so, lose nothing.
    result = { problem: 'Not saved: this browser does not let the site keep anything.' };
  }
  status.classList.toggle('problem', 'problem' in result);
  status.replaceChildren('problem' in result ? result.problem : result.done);
  if ('problem' in result && button.dataset.add === 'interview' && /journal/.test(result.problem)) {
    const link = Object.assign(document.createElement('a'), { href: '/journal/', textContent: 'Open your journal' });
    status.append(' ', link);
  }
}
