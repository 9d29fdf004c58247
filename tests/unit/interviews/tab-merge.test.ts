/**
 * Two tabs editing one interview at once (issue 13, "Two tabs never lose an edit"), as properties over
 * generated runs: each tab edits fields and writes its whole state, and each hears the other's writes late,
 * in order, at any moment. Whatever the timing, both tabs end up showing what storage holds, a field only
 * one tab edited keeps that tab's last value, and a field both edited ends with one of their last values.
 * tests/unit/state/interview-sync.test.ts plays the same against the real stores and actions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InterviewsState, RecordPatch } from '../../../src/lib/interviews/interviews';
import { heal, MAX_PUT_BACK, receiveWrite, toldBy, type Heard } from '../../../src/lib/interviews/tab-heal';
import {
  EDIT_WINDOW,
  editInterview,
  editNews,
  keepNews,
  noteEdit,
  outranks,
  type EditNews,
  type PendingEdit,
} from '../../../src/lib/interviews/tab-merge';
import { commandsArb, expectNoLostEdit, initialState, shown, START, type Command } from '../../fixtures/two-tabs';

/**
 * Two tabs made of nothing but the pure functions the stores use. Each edit is told to the other tab with its
 * write (src/state/interview-sync.ts posts it just before), unless `tell` is false.
 */
function simulate(commands: Command[], tell = true, step?: (command: Command, storage: InterviewsState) => void) {
  let now = START + 60_000;
  let storage = initialState();
  const tabs = [0, 1].map(() => ({
    state: storage,
    written: undefined as InterviewsState | undefined,
    pending: [] as PendingEdit[],
    heard: {} as Heard,
    news: [] as EditNews[],
    // Writes and news in the order they were sent; news alone when the write changed nothing in storage.
    inbox: [] as { state?: InterviewsState; told: EditNews[] }[],
  }));
  const writes: { tab: 0 | 1; state: InterviewsState }[] = [];
  const write = (tab: 0 | 1, state: InterviewsState, told: EditNews[] = []) => {
    tabs[tab].state = state;
    // Writing what storage holds changes nothing, and the browser tells no one; but the edit's news still
    // goes out (src/state/interview-sync.ts tells it whatever the write does).
    if (JSON.stringify(state) === JSON.stringify(storage)) {
      if (told.length) tabs[1 - tab].inbox.push({ told });
      return;
    }
    tabs[tab].written = storage = state;
    writes.push({ tab, state });
    tabs[1 - tab].inbox.push({ state, told });
  };
  const deliver = (tab: 0 | 1) => {
    const t = tabs[tab];
    // The browser's event carries the write it reports; the tab also reads what storage holds now.
    const item = t.inbox.shift();
    if (!item) return;
    t.news = keepNews(t.news, item.told, now);
    if (!item.state) return;
    const healed = receiveWrite(item.state, storage, storage === t.written, t, now, tell ? toldBy(t.news) : undefined);
    Object.assign(t, { pending: healed.pending, heard: healed.heard });
    write(tab, healed.state);
  };
  for (const c of commands) {
    now += c.wait;
    if (c.kind === 'deliver') deliver(c.tab);
    else {
      const edit = editInterview(tabs[c.tab].state, tabs[c.tab].pending, 'a', { [c.field]: c.value } as RecordPatch, now);
      tabs[c.tab].pending = edit.pending;
      if (edit.state !== tabs[c.tab].state) write(c.tab, edit.state, editNews(edit.pending, 'a', now));
    }
    step?.(c, storage);
  }
  // Then everything in flight arrives, in turn; putting edits back must come to an end.
  for (let turn = 0; tabs.some((t) => t.inbox.length); turn++) {
    if (turn > 200) throw new Error('The tabs keep writing back and forth');
    now += 1;
    deliver((turn % 2) as 0 | 1);
  }
  return { tabs, storage, writes };
}

describe('two tabs editing one interview', () => {
  // One keystroke at a time, as a person types, 1 ms apart; and one write heard by a tab.
  const typing = (tab: 0 | 1, field: 'company' | 'role', word: string): Command[] =>
    [...word].map((_, i) => ({ kind: 'edit', tab, field, value: word.slice(0, i + 1), wait: 1 }));
  const deliver = (tab: 0 | 1): Command => ({ kind: 'deliver', tab, wait: 1 });

  it('end up equal, with every edit kept or, on one field, the last value of one tab', () => {
    fc.assert(
      fc.property(commandsArb, (commands) => {
        const { tabs, storage } = simulate(commands);
        expect(shown(tabs[0].state)).toEqual(shown(storage));
        expect(shown(tabs[1].state)).toEqual(shown(storage));
        const record = storage.interviews[0];
        expectNoLostEdit(commands, { ...record, 'answer:thankYou': record.answers.thankYou });
      }),
      { numRuns: 5000 },
    );
  });

  it('settle when one tab types what the other already wrote, in the same millisecond as its next edit', () => {
    // Found by the property above (CI, seed 333908761): the second tab's "Designer" changed nothing in
    // storage, so only its news said it was set on purpose; without it the first tab took it for a stale copy
    // of what it typed over, the second put it back as the tie's winner, and neither stopped.
    const commands: Command[] = [
      { kind: 'edit', tab: 0, field: 'role', value: 'Designer', wait: 0 },
      { kind: 'edit', tab: 1, field: 'role', value: 'Designer', wait: 0 },
      { kind: 'edit', tab: 0, field: 'role', value: 'Lead', wait: 0 },
      deliver(0),
    ];
    const { tabs, storage } = simulate(commands);
    expect(['Designer', 'Lead']).toContain(storage.interviews[0].role);
    for (const tab of tabs) expect(shown(tab.state)).toEqual(shown(storage));
  });

  it('keep the edits of a tab that types on while each answer from the other reaches it late', () => {
    const [first, ...rest] = typing(1, 'role', 'Designer 10');
    const commands: Command[] = [
      ...typing(0, 'company', 'Acme 9'),
      deliver(1),
      // This tab types the company over, and the other tab, not told yet, types the role: every one of its
      // keystrokes is written before this tab's answer to the last one reaches it.
      ...typing(0, 'company', 'Acme 10'),
      first,
      deliver(0),
      ...rest.flatMap((keystroke) => [keystroke, deliver(1), deliver(0)]),
    ];
    const { tabs, storage } = simulate(commands);
    expect(storage.interviews[0]).toMatchObject({ company: 'Acme 10', role: 'Designer 10' });
    for (const tab of tabs) expect(shown(tab.state)).toEqual(shown(storage));
  });

  it('keep what each tab typed to the end, however late the other hears it, through long bursts of typing', () => {
    // Words with spaces, typed for longer than an edit is put back for: the other tab may write many times
    // from a copy holding an earlier word of this one's, which must never outrank the word typed after it.
    const burst = (tab: 0 | 1, field: 'company' | 'role', word: string) =>
      fc
        .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
        .map((heard) =>
          typing(tab, field, word).flatMap((keystroke, i) => (heard[i] ? [keystroke, deliver((1 - tab) as 0 | 1)] : [keystroke])),
        );
    const run = fc
      .tuple(burst(1, 'role', 'Analyst 11'), burst(0, 'company', 'Globex 11 and sons'), fc.array(fc.nat(), { maxLength: 40 }))
      .map(([role, company, order]) => {
        // The two bursts interleaved in a generated order, each keeping its own.
        const [a, b] = [[...role], [...company]];
        const merged: Command[] = [];
        for (const pick of order) {
          const from = pick % 2 ? a : b;
          if (from.length) merged.push(from.shift()!);
        }
        return [...merged, ...a, ...b];
      });
    fc.assert(
      fc.property(run, (commands) => {
        const { tabs, storage } = simulate(commands);
        expect(storage.interviews[0]).toMatchObject({ company: 'Globex 11 and sons', role: 'Analyst 11' });
        for (const tab of tabs) expect(shown(tab.state)).toEqual(shown(storage));
      }),
      { numRuns: 500 },
    );
  });

  it('never take an older write still on its way for news', () => {
    const commands: Command[] = [
      ...typing(0, 'company', 'Acme 9'),
      // The other tab hears of the first keystroke, and reads the last from storage; then it types.
      deliver(1),
      ...typing(1, 'role', 'Lead'),
      // The rest of this tab's keystrokes reach it now, older than what it showed.
      ...[...'Acme 9'].map(() => deliver(1)),
    ];
    const { writes } = simulate(commands);
    const companies = writes.filter((w) => w.tab === 1).map((w) => w.state.interviews[0].company);
    expect(new Set(companies)).toEqual(new Set(['Acme 9']));
  });
});

describe('a deletion in one tab', () => {
  const typed = (tab: 0 | 1, field: 'company' | 'role', word: string): Command[] =>
    [...word].map((_, i) => ({ kind: 'edit', tab, field, value: word.slice(0, i + 1), wait: 1 }));
  // A run: the other tab types a company, this tab hears all of it and clears the field on purpose; then the
  // other tab, which still defends what it typed, types on elsewhere and hears this tab's writes at any moment.
  const run = fc
    .tuple(
      fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,11}$/),
      fc.stringMatching(/^[A-Za-z]{1,8}$/),
      fc.array(fc.constantFrom<0 | 1>(0, 1), { maxLength: 30 }),
    )
    .map(([company, role, hearings]) => {
      const heard: Command[] = [...company].map(() => ({ kind: 'deliver', tab: 0, wait: 0 }));
      const later = typed(1, 'role', role);
      const after: Command[] = [];
      for (const tab of hearings)
        after.push(tab ? (later.shift() ?? { kind: 'deliver', tab: 1, wait: 1 }) : { kind: 'deliver', tab: 1, wait: 1 });
      return {
        company,
        commands: [
          ...typed(1, 'company', company),
          ...heard,
          { kind: 'edit', tab: 0, field: 'company', value: '', wait: 1 },
          ...after,
          ...later,
        ] as Command[],
      };
    });

  it('is never undone by the longer value the other tab defends, however many times each puts back', () => {
    // With the edit told to the other tab, and without (a browser with no BroadcastChannel): then the tabs
    // settle after MAX_PUT_BACK turns on the deletion.
    fc.assert(
      fc.property(run, fc.boolean(), ({ commands }, tell) => {
        const { tabs, storage } = simulate(commands, tell);
        expect(storage.interviews[0].company).toBe('');
        for (const tab of tabs) expect(shown(tab.state)).toEqual(shown(storage));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a field cleared and typed again while the other tab types elsewhere', () => {
  // Seen in CI (two-tabs.spec, round 13): one tab clears the role and types a new one; the other, busy
  // typing the company, writes its stale copy of the role ("", typed over) more times than MAX_PUT_BACK
  // before it hears. A value the other tab never set itself is a stale copy, however often it comes.
  const run = fc
    .tuple(
      fc.stringMatching(/^[A-Za-z][A-Za-z ]{1,10}$/),
      fc.stringMatching(/^[A-Za-z]{13,30}$/),
      // Tab 0 is busy: more of its writes than MAX_PUT_BACK go out before it hears a word, then it hears
      // now and then.
      fc.array(fc.boolean(), { maxLength: 30 }).map((later) => [...Array<boolean>(MAX_PUT_BACK + 1).fill(false), ...later]),
    )
    .map(([role, company, hearings]) => {
      const typing = (tab: 0 | 1, field: 'company' | 'role', word: string): Command[] =>
        [...word].map((_, i) => ({ kind: 'edit', tab, field, value: word.slice(0, i + 1), wait: 1 }));
      const theirs = typing(0, 'company', company);
      // Tab 0 hears the old role and then the clear (it reads what storage holds), not what follows it.
      const commands: Command[] = [
        ...typing(1, 'role', 'Old role'),
        { kind: 'deliver', tab: 0, wait: 1 },
        { kind: 'edit', tab: 1, field: 'role', value: '', wait: 1 },
        { kind: 'deliver', tab: 0, wait: 1 },
        ...typing(1, 'role', role),
      ];
      // Then the other tab's burst: this tab hears each of its writes, tab 0 only now and then.
      for (const [i, keystroke] of theirs.entries()) {
        commands.push(keystroke, { kind: 'deliver', tab: 1, wait: 0 });
        if (hearings[i]) commands.push({ kind: 'deliver', tab: 0, wait: 0 });
      }
      return { role, company, commands };
    });

  // Once this tab has typed its role, each time it hears the other tab's write, storage holds that role again.
  const lostOnHearing = ({ role, commands }: { role: string; commands: Command[] }, tell: boolean) => {
    const typed = commands.findLastIndex((c) => c.kind === 'edit' && c.tab === 1);
    const lost: string[] = [];
    let at = 0;
    simulate(commands, tell, (c, storage) => {
      if (at++ > typed && c.kind === 'deliver' && c.tab === 1 && storage.interviews[0].role !== role) lost.push(storage.interviews[0].role);
    });
    return lost;
  };

  it('keeps the new value, after any number of stale copies of the cleared one', () => {
    fc.assert(
      fc.property(run, (sample) => {
        expect(lostOnHearing(sample, true)).toEqual([]);
        const { role, company, commands } = sample;
        const { tabs, storage } = simulate(commands);
        expect(storage.interviews[0]).toMatchObject({ company, role });
        for (const tab of tabs) expect(shown(tab.state)).toEqual(shown(storage));
      }),
      { numRuns: 1000 },
    );
  });

  it('lost it without word from the other tab (the rule before this one): the test can fail', () => {
    expect(fc.sample(run, 20).some((sample) => lostOnHearing(sample, false).length > 0)).toBe(true);
  });
});

describe('word from another tab', () => {
  it('names the latest time it set that field to that value, within the window', () => {
    const news = keepNews(
      [
        { record: 'a', field: 'role', value: '', at: 1000 },
        { record: 'a', field: 'role', value: 'Lead', at: 1100 },
      ],
      [{ record: 'a', field: 'role', value: '', at: 1200 }],
      1300,
    );
    const told = toldBy(news);
    expect(told('a', 'role', '')).toBe(1200);
    expect(told('a', 'role', 'Lead')).toBe(1100);
    expect(told('a', 'company', '')).toBeUndefined();
    expect(told('b', 'role', '')).toBeUndefined();
    expect(keepNews(news, [], 1000 + EDIT_WINDOW)).toHaveLength(2);
  });
});

describe('the rule for one field', () => {
  const edit = (before: unknown, after: unknown, at: number, pending: PendingEdit[] = []) =>
    noteEdit(pending, { record: 'a', field: 'company', before, after }, at);
  const seen =
    (company: unknown, writtenAt: number, extra: Record<string, unknown> = {}) =>
    () => ({
      fields: { company, role: '', ...extra },
      writtenAt,
    });

  it.each([
    ['holds the value typed over (a stale copy)', seen('', 2000, { role: 'Lead' }), ['Acme']],
    ['holds a value typed over at any keystroke', seen('Ac', 2000, { role: 'Lead' }), ['Acme']],
    ['agrees', seen('Acme', 2000), []],
    ['holds a third value written later (theirs wins)', seen('Globex', 2000), []],
    ['holds a third value written before the edit (a stale copy)', seen('Globex', 500), ['Acme']],
  ])('another tab’s write that %s', (_, incoming, reapplied) => {
    const pending = edit('Ac', 'Acme', 1000, edit('', 'Ac', 900));
    expect(heal(pending, incoming, 1100).reapply.map((e) => e.value)).toEqual(reapplied);
  });

  it('stops putting an edit back after a few turns, so two tabs never write back and forth', () => {
    let pending = edit('', 'Acme', 1000);
    for (let turn = 0; turn < MAX_PUT_BACK; turn++) {
      const result = heal(pending, seen('', 2000 + turn), 1100 + turn);
      expect(result.reapply).toHaveLength(1);
      pending = result.pending;
    }
    // Then the value that outranks the other wins, the same in both tabs: a deletion (the other tab set the
    // field back to empty on purpose) or the other tab's later "Globex" wins over this one.
    expect(heal(pending, seen('', 3000), 1200)).toEqual({ pending: [], reapply: [] });
    expect(heal(pending, seen('Globex', 3000), 1200)).toEqual({ pending: [], reapply: [] });
    // And a tab that deleted keeps its deletion against the value it cleared.
    let deleted = edit('Acme', '', 1000);
    for (let turn = 0; turn <= MAX_PUT_BACK; turn++) {
      const result = heal(deleted, seen('Acme', 2000 + turn), 1100 + turn);
      expect(result.reapply.map((e) => e.value)).toEqual(['']);
      deleted = result.pending;
    }
  });

  it('after those turns, never lets a word typed so far win over the word typed after it', () => {
    // Seen in the browser: a stale copy taken as the space was typed ("Analyst") won over "Analyst 11".
    let pending = edit('Analyst', 'Analyst 11', 1000, edit('', 'Analyst', 900));
    for (let turn = 0; turn < MAX_PUT_BACK; turn++) pending = heal(pending, seen('Analyst', 2000 + turn), 1100 + turn).pending;
    expect(heal(pending, seen('Analyst', 3000), 1200).reapply.map((e) => e.value)).toEqual(['Analyst 11']);
  });

  it('settles ties by an order both tabs share, in which a deletion outranks any value and a value every beginning of it', () => {
    const value = fc.oneof(fc.string(), fc.constant(undefined), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
    fc.assert(
      fc.property(value, value, (a, b) => {
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(outranks(a, b)).toBe(!outranks(b, a));
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (a, b) => {
        if (a) expect(outranks(a + b, a)).toBe(true);
        expect(outranks(undefined, b) && outranks('', b) && outranks([], [b])).toBe(true);
      }),
    );
  });

  it('forgets an edit after a few seconds, and one on a deleted interview', () => {
    const pending = edit('', 'Acme', 1000);
    expect(heal(pending, seen('', 2000, { role: 'x' }), 1000 + EDIT_WINDOW).pending).toEqual([]);
    expect(heal(pending, () => undefined, 1100).pending).toEqual([]);
  });
});
