/**
 * `client:intent`: hydrate a tool when the person shows they are about to use it, or at once when there is
 * saved state for it to show. On a first visit the server-rendered tool is already right (nothing is saved),
 * so no JS loads until a pointer goes down, a key is pressed, focus enters it or a field changes; what they do meanwhile is
 * kept: clicks and submits are held and replayed once the tool is live, and text typed into a field is put
 * back and announced to it. With saved state (or no usable storage, which the tool must report), the tool
 * hydrates at load, made inert until it is live so nothing is typed into a view about to change.
 *
 * Registered in astro.config.mjs; Astro inlines it on pages that use it. Kept free of imports: everything
 * here is paid in every tool page's HTML.
 */
import type { ClientDirective } from 'astro';

export interface IntentOptions {
  /** Storage keys (and the backups kept beside them, `key.backup…`) whose presence means saved state to show at load. */
  keys: string[];
  /** A selector for static markup outside the island that the island takes over (a checklist's list). */
  watch?: string;
}

const INTENT = ['pointerdown', 'keydown', 'focusin', 'touchstart', 'input', 'change'];
const HELD = ['click', 'submit'];

/** A checkbox or radio button, or the label of one. */
function toggle(target: EventTarget | null): target is HTMLInputElement {
  const control = target instanceof HTMLLabelElement ? target.control : target;
  return control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
}

const ours = (keys: string[], key: string) => keys.some((prefix) => key.startsWith(prefix));

/** Whether anything is saved under `keys`; unreadable storage counts, so the tool can say so at once. */
function hasSavedState(keys: string[]) {
  try {
    for (let i = 0; i < localStorage.length; i++) if (ours(keys, localStorage.key(i)!)) return true;
    return false;
  } catch {
    return true;
  }
}

const intent: ClientDirective = (load, options, island) => {
  const { keys, watch } = options.value as unknown as IntentOptions;
  const areas: HTMLElement[] = [island, ...(watch ? [...document.querySelectorAll<HTMLElement>(watch)] : [])];
  let started = false;

  if (hasSavedState(keys)) {
    for (const area of areas) area.inert = true;
    void load()
      .then((hydrate) => hydrate())
      .finally(() => areas.forEach((area) => (area.inert = false)));
    return;
  }

  const held: Event[] = [];
  const hold = (event: Event) => {
    // A tick is left to the browser, which shows it at once; it is handed over below.
    if (event.type === 'click' && toggle(event.target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(event);
    start();
  };
  const start = async () => {
    if (started) return;
    started = true;
    removeEventListener('storage', onStorage);
    for (const area of areas) for (const type of INTENT) area.removeEventListener(type, start, true);
    const hydrate = await load();
    // Typed or ticked before the tool was live: taken before hydration, which may reset the fields to what is saved.
    const fields = areas.flatMap((area) => [...area.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]);
    const typed = fields
      .filter((field) => !toggle(field) && field.type !== 'file' && field.value !== field.defaultValue)
      .map((field) => [field, field.value] as const);
    const chosen = fields.filter((field) => field instanceof HTMLInputElement && field.files?.length);
    const ticked = fields
      .filter((field): field is HTMLInputElement => toggle(field) && field.checked !== field.defaultChecked)
      .map((field) => [field, field.checked] as const);
    await hydrate();
    for (const area of areas) for (const type of HELD) area.removeEventListener(type, hold, true);
    for (const [field, value] of typed) {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (const field of chosen) field.dispatchEvent(new Event('change', { bubbles: true }));
    // A click, not a property: the tool hears the change as if the person had made it now.
    for (const [box, checked] of ticked) if (box.checked !== checked) box.click();
    for (const event of held) {
      const target = event.target as HTMLElement;
      if (event.type === 'submit') (target as HTMLFormElement).requestSubmit((event as SubmitEvent).submitter);
      else target.click();
    }
  };
  // Another tab saving first means the server's view is no longer this person's.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || ours(keys, event.key)) void start();
  };
  addEventListener('storage', onStorage);
  for (const area of areas) {
    for (const type of INTENT) area.addEventListener(type, start, { capture: true, passive: true });
    for (const type of HELD) area.addEventListener(type, hold, true);
  }
};

export default intent;
