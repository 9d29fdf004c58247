/**
 * `client:intent`: hydrate a tool when the person shows they are about to use it, or at once when there is
 * saved state for it to show. On a first visit the server-rendered tool is already right (nothing is saved),
 * so no JS loads until a pointer goes down, a key is pressed, focus enters it or a field changes. What they do
 * meanwhile is kept: clicks and submits are held and replayed once the tool is live, text typed and ticks are
 * handed over to it, and if the page is left before that (a reload at once, on a slow phone), they wait in
 * this tab's session storage for the next visit, which looks for them once the page is idle (opening session
 * storage is a synchronous round trip to the browser, 1-10 ms measured, that a first visit's load need not
 * wait for) and then hands them over as below. With saved state (or no usable storage, which the tool must
 * report), the tool hydrates at load, made inert until it is live so nothing is typed into a view about to
 * change. State saved later, by another tab or by another island on this page, wakes it too: the server's
 * view of a first visit is no longer the person's.
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

/**
 * The event a store raises on this page when it writes a key (STORED_EVENT in src/state/persisted.ts, spelled
 * again here because the directive takes no imports; tests/components/shared/intent-directive.test.ts holds them equal).
 * @internal Exported for that test.
 */
export const STORED_EVENT = 'callback:stored';
/** Where, in this tab's session storage, changes not yet handed over wait when the page is left (+ its path). */
const PENDING = 'callback:intent-pending:';
const INTENT = ['pointerdown', 'keydown', 'focusin', 'touchstart', 'input', 'change'];
const HELD = ['click', 'submit'];

/** A checkbox or radio button, or the label of one. */
function toggle(target: EventTarget | null): target is HTMLInputElement {
  const control = target instanceof HTMLLabelElement ? target.control : target;
  return control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio');
}

/** A file input, or the label of one. */
function picker(target: EventTarget | null) {
  const control = target instanceof HTMLLabelElement ? target.control : target;
  return control instanceof HTMLInputElement && control.type === 'file';
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

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
/** What a field holds that its server-rendered self did not: text typed, a tick, an option chosen. Files are not kept. */
type Change = [index: number, value: string | boolean];

/** Every field in `areas`, in document order: the same list on the same page, which the changes index. */
const fieldsIn = (areas: HTMLElement[]) => areas.flatMap((area) => [...area.querySelectorAll<Field>('input, textarea, select')]);

/** What a field held as the server rendered it: a select's option marked selected (or its first), else its default text. */
function defaultOf(field: Field): string {
  if (!(field instanceof HTMLSelectElement)) return field.defaultValue;
  return ([...field.options].find((option) => option.defaultSelected) ?? field.options[0])?.value ?? '';
}

function changesIn(fields: Field[]): Change[] {
  return fields.flatMap((field, index): Change[] =>
    toggle(field)
      ? field.checked !== field.defaultChecked
        ? [[index, field.checked]]
        : []
      : field.type !== 'file' && field.value !== defaultOf(field)
        ? [[index, field.value]]
        : [],
  );
}

/**
 * Hands `changes` to the live tool as if the person made them now: text is put back and announced, a tick is
 * a click (so the tool hears it), a chosen file is announced.
 */
function handOver(fields: Field[], changes: Change[]) {
  for (const [index, value] of changes) {
    const field = fields[index];
    if (!field) continue;
    if (typeof value === 'boolean') {
      if ((field as HTMLInputElement).checked !== value) field.click();
    } else {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  for (const field of fields)
    if (field instanceof HTMLInputElement && field.files?.length) field.dispatchEvent(new Event('change', { bubbles: true }));
}

const intent: ClientDirective = (load, options, island) => {
  const { keys, watch } = options.value as unknown as IntentOptions;
  const areas: HTMLElement[] = [island, ...(watch ? [...document.querySelectorAll<HTMLElement>(watch)] : [])];
  // Changes made here while the tool loaded, kept for this tab when the page was left before it went live
  // (a tick, then a reload at once on a slow phone): handed over on the next visit. Taken once, by whichever
  // comes first: saved state at load, the idle look below, the person starting the tool, or leaving again.
  const pendingKey = `${PENDING}${location.pathname}`;
  let taken: Change[] | undefined;
  const takePending = (): Change[] => {
    if (!taken) {
      taken = [];
      try {
        const kept: unknown = JSON.parse(sessionStorage.getItem(pendingKey) ?? '[]');
        sessionStorage.removeItem(pendingKey);
        if (Array.isArray(kept)) taken = kept as Change[];
      } catch {
        // Nothing kept, or no session storage: nothing to hand over.
      }
    }
    return taken;
  };
  let started = false;

  // Loads now and hands over what the last visit left, with the tool inert until it is live.
  const startNow = () => {
    started = true;
    for (const area of areas) area.inert = true;
    void load()
      .then((hydrate) => hydrate())
      .then(() => handOver(fieldsIn(areas), takePending()))
      .finally(() => areas.forEach((area) => (area.inert = false)));
  };
  if (hasSavedState(keys)) return startNow();

  const held: Event[] = [];
  const hold = (event: Event) => {
    // A tick is left to the browser, which shows it at once, and so is a file picker, which the browser opens
    // only from the person's own click: both are handed over below.
    if (event.type === 'click' && (toggle(event.target) || picker(event.target))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(event);
    start();
  };
  const keep = () => {
    // An island no longer in the page (its page replaced) has nothing of this page's to keep.
    if (!island.isConnected) return;
    // What an earlier visit left and this one never took goes first, so this visit's changes win.
    const changes = [...takePending(), ...changesIn(fieldsIn(areas))];
    try {
      if (changes.length) sessionStorage.setItem(pendingKey, JSON.stringify(changes));
    } catch {
      // No session storage: what was not handed over is lost with the page, as it would be without this.
    }
  };
  addEventListener('pagehide', keep);
  const start = async () => {
    if (started) return;
    started = true;
    removeEventListener('storage', onStorage);
    removeEventListener(STORED_EVENT, onStored);
    for (const area of areas) for (const type of INTENT) area.removeEventListener(type, start, true);
    const hydrate = await load();
    // Taken before hydration, which may reset the fields to what is saved.
    const fields = fieldsIn(areas);
    const changes = changesIn(fields);
    await hydrate();
    removeEventListener('pagehide', keep);
    for (const area of areas) for (const type of HELD) area.removeEventListener(type, hold, true);
    // A person quicker than the idle look: the last visit's changes first, then this visit's over them.
    handOver(fields, [...takePending(), ...changes]);
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
  // Another island on this page saving it (an import into an empty journal) means the same, in this tab.
  const onStored = (event: Event) => {
    const key = (event as CustomEvent<{ key?: unknown }>).detail?.key;
    if (typeof key === 'string' && ours(keys, key)) void start();
  };
  addEventListener('storage', onStorage);
  addEventListener(STORED_EVENT, onStored);
  for (const area of areas) {
    for (const type of INTENT) area.addEventListener(type, start, { capture: true, passive: true });
    for (const type of HELD) area.addEventListener(type, hold, true);
  }
  // Off the load's path: what the last visit left, if anything, once the page is idle, or within half a second
  // on a page that never is (Safari has no requestIdleCallback: a task of its own, then).
  const look = () => {
    if (started || !takePending().length) return;
    removeEventListener('storage', onStorage);
    removeEventListener(STORED_EVENT, onStored);
    removeEventListener('pagehide', keep);
    for (const area of areas) {
      for (const type of INTENT) area.removeEventListener(type, start, true);
      for (const type of HELD) area.removeEventListener(type, hold, true);
    }
    startNow();
  };
  if ('requestIdleCallback' in self) requestIdleCallback(look, { timeout: 500 });
  else setTimeout(look);
};

export default intent;
