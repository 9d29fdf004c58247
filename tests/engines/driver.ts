/**
 * The little a smoke flow needs from a browser, so the flows are written once and every engine runs the same
 * steps: one adapter per client library (puppeteer-core for Chromium and Firefox, selenium-webdriver for WebKit).
 * Elements are found in the page by one script (`findInPage`), the same in every engine, by CSS and by their
 * accessible name as a person reads it (a button's text, a field's label, a region's heading), then acted on
 * natively by the client: a real click, real keys.
 */

/** What to find: elements matching `css` (visible ones only), optionally by name, optionally inside another target. */
export interface Target {
  css: string;
  /** The accessible name: exact (spaces squashed), or a pattern. */
  name?: string | RegExp;
  within?: Target;
}

/** A Target as it crosses into the page: a pattern goes as its source and flags. */
export interface PageTarget {
  css: string;
  name?: string | { source: string; flags: string };
  within?: PageTarget;
}

export function toPage(target: Target): PageTarget {
  const { css, name, within } = target;
  return {
    css,
    name: name instanceof RegExp ? { source: name.source, flags: name.flags } : name,
    within: within && toPage(within),
  };
}

export const button = (name: string | RegExp, within?: Target): Target => ({ css: 'button, [role="button"]', name, within });
export const link = (name: string | RegExp, within?: Target): Target => ({ css: 'a[href]', name, within });
export const field = (name: string | RegExp, within?: Target): Target => ({ css: 'input, textarea, select', name, within });
export const region = (name: string | RegExp): Target => ({ css: 'section, [role="region"], fieldset, [role="group"]', name });

/** What `findInPage` answers about the element it finds. */
export type Ask = 'element' | 'text' | 'value' | 'checked';

/**
 * Runs in the page: the first visible element matching the target (scrolled to the middle of the view so a
 * sticky header cannot cover it; at once, as the site scrolls smoothly and a click mid-scroll lands on
 * whatever passes under it), or what `ask` asks of it: its text, its value, whether it is checked; null
 * when there is none. Self-contained, since each client sends it to the page as its source.
 */
export function findInPage(target: PageTarget, ask: Ask = 'element'): Element | string | boolean | null {
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const ownText = (label: Element) => {
    const copy = label.cloneNode(true) as Element;
    copy.querySelectorAll('input, select, textarea').forEach((control) => control.remove());
    return squash(copy.textContent);
  };
  const nameOf = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      return squash(
        labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    }
    const aria = el.getAttribute('aria-label');
    if (aria) return squash(aria);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return ownText(labels[0]);
    if (el instanceof HTMLFieldSetElement) return squash(el.querySelector('legend')?.textContent);
    if (el.tagName === 'SECTION') return squash(el.querySelector('h1, h2, h3, h4')?.textContent);
    return squash(el.textContent);
  };
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const matches = (el: Element, name: PageTarget['name']) => {
    if (name === undefined) return true;
    const text = nameOf(el);
    return typeof name === 'string' ? text === name : new RegExp(name.source, name.flags).test(text);
  };
  const all = (t: PageTarget): Element[] => {
    const scopes: ParentNode[] = t.within ? all(t.within) : [document];
    return scopes.flatMap((scope) => [...scope.querySelectorAll(t.css)].filter((el) => visible(el) && matches(el, t.name)));
  };
  const found = all(target)[0];
  if (!found) return null;
  if (ask === 'text') return squash(found.textContent);
  if (ask === 'value') return (found as HTMLInputElement).value;
  if (ask === 'checked') return (found as HTMLInputElement).checked;
  found.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  return found;
}

/** One browser session driven by one client; paths are relative to the served site. */
export interface Driver {
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn` in the page with the arguments (JSON values) and returns its JSON result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** A real click on the target (which must be there now). */
  click(target: Target): Promise<void>;
  /** Empties the field, then types the text as keys. */
  type(target: Target, text: string): Promise<void>;
  /**
   * Sets a field's value and tells the page, as a date picker does: each engine takes typed dates in its own
   * order (and WebKitGTK's date field is its own widget), so dates are set, not typed.
   */
  fill(target: Target, value: string): Promise<void>;
  /** Answers `ask` about the target, or null when it is not on the page. */
  query(target: Target, ask: Exclude<Ask, 'element'>): Promise<string | boolean | null>;
  /** Presses Enter where the focus is. */
  pressEnter(): Promise<void>;
  /** The folder this session's downloads are saved in (a fresh one, removed at close). */
  readonly downloads: string;
  close(): Promise<void>;
}

/** Runs on the element: sets its value and fires what typing fires, so the page's bindings see it. */
export function setValueInPage(el: Element, value: string) {
  const input = el as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
