/**
 * client:intent (src/islands/shared/intent-directive.ts): whatever a person does while a tool loads is what the tool
 * ends up with, as if it had been live all along; with something saved, it loads at once and takes nothing
 * until live. The tool here is a stand-in with Svelte's habits: hydration puts every field back to what is
 * saved (nothing), and its handlers see the events that reach it.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import intent, { STORED_EVENT as DIRECTIVE_EVENT } from '../../../src/islands/shared/intent-directive';
import { EMPTY_INTERVIEWS, newInterview } from '../../../src/lib/interviews/interviews';
import { interviews } from '../../../src/state/interviews';
import { persisted, STORED_EVENT } from '../../../src/state/persisted';
import { THEME } from '../../../src/lib/content/theme';

const FIELDS = ['company', 'role'];
const BOXES = ['sent', 'called'];
const BUTTONS = ['yes', 'no'];

function tool() {
  document.body.innerHTML = `
    <astro-island>
      <form>
        ${FIELDS.map((id) => `<input id="${id}" />`).join('')}
        ${BOXES.map((id) => `<label for="${id}">${id}</label><input type="checkbox" id="${id}" />`).join('')}
        ${BUTTONS.map((id) => `<button type="button" id="${id}">${id}</button>`).join('')}
        <button type="submit" id="next">Next</button>
      </form>
    </astro-island>`;
  const island = document.querySelector<HTMLElement>('astro-island')!;
  const heard: string[] = [];
  let hydrated = false;
  const hydrate = async () => {
    for (const field of island.querySelectorAll('input')) {
      field.value = field.defaultValue;
      field.checked = field.defaultChecked;
    }
    const form = island.querySelector('form')!;
    form.addEventListener(
      'click',
      (e) => (e.target as HTMLElement).matches('button') && heard.push(`click ${(e.target as HTMLElement).id}`),
    );
    form.addEventListener('submit', (e) => (e.preventDefault(), heard.push('submit')));
    hydrated = true;
  };
  let arrive!: () => void;
  const arrived = new Promise<void>((done) => (arrive = done));
  const load = () => arrived.then(() => hydrate);
  const start = (keys = ['callback:interviews']) => intent(load, { name: 'intent', value: { keys } as never }, island);
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
  const checked = (id: string) => (document.getElementById(id) as HTMLInputElement).checked;
  return { island, heard, start, arrive, value, checked, isHydrated: () => hydrated };
}

/** Starts the directive on `island` with a load that only counts its calls. */
function countingLoads(island: HTMLElement) {
  const loads = { count: 0 };
  const load = () => (loads.count++, Promise.resolve(async () => {}));
  intent(load, { name: 'intent', value: { keys: ['callback:interviews'] } as never }, island);
  return loads;
}

const settle = () => new Promise((done) => setTimeout(done, 0));

function type(id: string, text: string) {
  const field = document.getElementById(id) as HTMLInputElement;
  field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(() => (localStorage.clear(), sessionStorage.clear()));
afterEach(() => (localStorage.clear(), sessionStorage.clear()));

describe('a first visit (nothing saved)', () => {
  it('loads nothing until the tool is used', async () => {
    const loads = countingLoads(tool().island);
    await settle();
    expect(loads.count).toBe(0);
    document.querySelector('button')!.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await settle();
    expect(loads.count).toBe(1);
  });

  it('keeps a typed date and a Next pressed while loading: the tool gets both, in order', async () => {
    const t = tool();
    t.start();
    type('company', 'Acme');
    document.getElementById('next')!.click();
    expect(t.heard).toEqual([]);
    t.arrive();
    await settle();
    expect(t.isHydrated()).toBe(true);
    expect(t.value('company')).toBe('Acme');
    expect(t.heard).toEqual(['click next', 'submit']);
  });

  it('whatever is typed, ticked and pressed meanwhile, the tool ends as if it had been live all along', async () => {
    type Action = ['type', string, string] | ['tick', string] | ['label', string] | ['press', string];
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.tuple(fc.constant('type' as const), fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })),
      fc.tuple(fc.constant('tick' as const), fc.constantFrom(...BOXES)),
      fc.tuple(fc.constant('label' as const), fc.constantFrom(...BOXES)),
      fc.tuple(fc.constant('press' as const), fc.constantFrom(...BUTTONS)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        const t = tool();
        t.start();
        const expected = { values: new Map<string, string>(), ticks: new Map<string, boolean>(), presses: [] as string[] };
        for (const step of actions) {
          if (step[0] === 'type') {
            type(step[1], step[2]);
            expected.values.set(step[1], step[2]);
          } else if (step[0] === 'press') {
            document.getElementById(step[1])!.click();
            expected.presses.push(`click ${step[1]}`);
          } else {
            const box = document.getElementById(step[1]) as HTMLInputElement;
            expected.ticks.set(step[1], !(expected.ticks.get(step[1]) ?? false));
            if (step[0] === 'tick') box.click();
            else document.querySelector<HTMLLabelElement>(`label[for="${step[1]}"]`)!.click();
          }
        }
        t.arrive();
        await settle();
        for (const id of FIELDS) expect(t.value(id)).toBe(expected.values.get(id) ?? '');
        for (const id of BOXES) expect(t.checked(id)).toBe(expected.ticks.get(id) ?? false);
        expect(t.heard.filter((h) => BUTTONS.some((b) => h === `click ${b}`))).toEqual(expected.presses);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a choice made in a select while the tool loads', () => {
  it("is the tool's once live, with Enter pressed after it (quick add: company, date, how it ended, Enter)", async () => {
    document.body.innerHTML = `
      <astro-island>
        <form>
          <input id="company" />
          <select id="ending"><option value="open" selected>No reply yet</option><option value="ghosted">No reply: ghosted</option></select>
          <button type="submit">Add</button>
        </form>
      </astro-island>`;
    const island = document.querySelector<HTMLElement>('astro-island')!;
    const heard: string[] = [];
    let arrive!: () => void;
    const arrived = new Promise<void>((done) => (arrive = done));
    // Like Svelte, hydration puts the select back to what the server rendered, then listens.
    const hydrate = async () => {
      const select = island.querySelector('select')!;
      select.value = 'open';
      select.addEventListener('change', () => heard.push(`chose ${select.value}`));
      island.querySelector('form')!.addEventListener('submit', (e) => (e.preventDefault(), heard.push(`submit ${select.value}`)));
    };
    intent(() => arrived.then(() => hydrate), { name: 'intent', value: { keys: ['callback:interviews'] } as never }, island);
    type('company', 'Acme');
    const select = island.querySelector('select')!;
    select.value = 'ghosted';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    island.querySelector<HTMLButtonElement>('button')!.click();
    arrive();
    await settle();
    expect(select.value).toBe('ghosted');
    expect(heard).toEqual(['chose ghosted', 'submit ghosted']);
  });
});

describe('leaving the page before the tool is live', () => {
  it('keeps what was typed and ticked for the next visit in this tab, which hands it over', async () => {
    const before = tool();
    before.start();
    type('company', 'Acme');
    document.getElementById('called')!.click();
    dispatchEvent(new Event('pagehide'));

    // The next visit: the server's view again, and, once the page is idle (the load itself does not open
    // session storage), the tool loads with what was left, inert until it is live.
    const after = tool();
    after.start();
    expect(after.island.inert).toBeFalsy();
    await settle();
    expect(after.island.inert).toBe(true);
    after.arrive();
    await settle();
    expect(after.value('company')).toBe('Acme');
    expect(after.checked('called')).toBe(true);
    expect(after.checked('sent')).toBe(false);
    // Handed over once: a visit after that starts clean.
    expect(sessionStorage.length).toBe(0);
  });

  it('hands it over under what the person does first when they are quicker than the idle look', async () => {
    const before = tool();
    before.start();
    type('company', 'Acme');
    document.getElementById('called')!.click();
    dispatchEvent(new Event('pagehide'));

    const after = tool();
    after.start();
    type('company', 'Acme Inc');
    type('role', 'Designer');
    after.arrive();
    await settle();
    expect(after.value('company')).toBe('Acme Inc');
    expect(after.value('role')).toBe('Designer');
    expect(after.checked('called')).toBe(true);
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps both visits when the page is left again before it looked', async () => {
    const first = tool();
    first.start();
    type('company', 'Acme');
    dispatchEvent(new Event('pagehide'));

    const second = tool();
    second.start();
    document.getElementById('sent')!.click();
    dispatchEvent(new Event('pagehide'));

    const third = tool();
    third.start();
    await settle();
    third.arrive();
    await settle();
    expect(third.value('company')).toBe('Acme');
    expect(third.checked('sent')).toBe(true);
  });

  it('keeps nothing once the tool took it', async () => {
    const t = tool();
    t.start();
    type('company', 'Acme');
    t.arrive();
    await settle();
    dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.length).toBe(0);
  });
});

describe('with something saved', () => {
  it('loads at once, inert until live', async () => {
    localStorage.setItem('callback:interviews', '{}');
    const t = tool();
    t.start();
    expect(t.island.inert).toBe(true);
    t.arrive();
    await settle();
    expect(t.isHydrated()).toBe(true);
    expect(t.island.inert).toBe(false);
  });

  it('counts a backup kept beside the key as saved', async () => {
    localStorage.setItem('callback:interviews.backup', '{}');
    const t = tool();
    t.start();
    expect(t.island.inert).toBe(true);
  });

  it('loads at once when another island on this page saves one of its keys (an import into an empty journal)', async () => {
    const loads = countingLoads(tool().island);
    persisted(THEME).set('dark');
    await settle();
    expect(loads.count).toBe(0);
    interviews.set({ interviews: [newInterview('a', new Date())], currentId: null });
    await settle();
    expect(loads.count).toBe(1);
    interviews.set(EMPTY_INTERVIEWS);
  });

  it('listens under the name the stores announce their writes by', () => {
    expect(DIRECTIVE_EVENT).toBe(STORED_EVENT);
  });

  it('loads at once when another tab saves first', async () => {
    const loads = countingLoads(tool().island);
    dispatchEvent(new StorageEvent('storage', { key: 'callback:theme' }));
    await settle();
    expect(loads.count).toBe(0);
    dispatchEvent(new StorageEvent('storage', { key: 'callback:interviews' }));
    await settle();
    expect(loads.count).toBe(1);
  });
});
