/**
 * A text or date field that shows a stored value without ever changing under the person's cursor: while
 * the field has focus, what they type stays, and a change that arrives from elsewhere (another tab) shows
 * once they leave it. Use it instead of `value=`: `<input {@attach stored(record.company)} oninput={…} />`.
 */
import type { Attachment } from 'svelte/attachments';

export function stored(value: string | number | undefined): Attachment<HTMLInputElement> {
  const text = value === undefined ? '' : String(value);
  // Runs again, after undoing the previous run, each time the value changes.
  return (input) => {
    if (input.ownerDocument.activeElement !== input) input.value = text;
    else if (input.value !== text) {
      const show = () => (input.value = text);
      input.addEventListener('blur', show, { once: true });
      return () => input.removeEventListener('blur', show);
    }
  };
}
