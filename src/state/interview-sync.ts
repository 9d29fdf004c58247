/**
 * How this tab writes the saved interviews so that another tab editing the same interview never loses an
 * edit: a write changes only the fields it names, on the store's latest value, and the fields this tab
 * changed in the last few seconds are put back when another tab's write (built from a copy taken before
 * them) undoes them. The rule is src/lib/interviews/tab-merge.ts; this runs it on the store. Loaded only by the
 * modules that edit interviews, so pages that only read them (the checklists, the data page) don't pay.
 */
import { INTERVIEWS, type InterviewRecord, type InterviewsState, type RecordPatch } from '../lib/interviews/interviews';
import { decodeValue } from '../lib/storage/storage-codec';
import { storageKey } from '../lib/storage/stored-value';
import type { Heard } from '../lib/interviews/tab-heal';
import { EDIT_WINDOW, editInterview, editNews, keepNews, type EditNews, type PendingEdit } from '../lib/interviews/tab-merge';
import { interviews } from './interviews';
import { storage } from './persisted';

let pending: PendingEdit[] = [];
let heard: Heard = {};
// Interviews this tab added in the last few seconds: a write from another tab's copy taken before them
// would drop them, so they are put back as recent edits are.
let created: { record: InterviewRecord; at: number }[] = [];
const KEY = storageKey(INTERVIEWS);
// The last value this tab wrote, by any module: any other value the store takes came from another tab.
let written: InterviewsState | undefined;
// The text this tab's last write that changed storage left there: still there when another tab's write is
// heard, this tab wrote last. A write of what storage already holds (showing another tab's newer write)
// does not count: the other tab's older writes still on their way must not be mistaken for news.
let writtenRaw: string | undefined;
const set = interviews.set;
interviews.set = (state) => {
  written = state;
  const before = storage.engine[KEY];
  set(state);
  const after = storage.engine[KEY];
  if (after !== before) writtenRaw = after;
};

// What to do when another tab's write arrives loads with this tab's first write: until then there is
// nothing to defend, and most visits never write, so they don't pay for it.
let receiving: typeof import('../lib/interviews/tab-heal') | undefined;
let loading: Promise<typeof import('../lib/interviews/tab-heal')> | undefined;
const loadReceiving = () => (loading ??= import('../lib/interviews/tab-heal').then((m) => (receiving = m)));

// Each edit is also told to the other tabs, apart from the write: a write holds the whole value, so a field
// set back on purpose (cleared) reads the same as a stale copy of it, and only the tab that set it knows.
// Heard from this tab's first write on (an edit told before it is older than anything this tab defends).
// Until a word comes, the other tabs may not tell (no BroadcastChannel, an older copy of the site), and the
// rule falls back to taking turns (see MAX_PUT_BACK).
let news: EditNews[] = [];
let told = false;
let channel: BroadcastChannel | undefined;
function tell(edits: EditNews[]) {
  if (!channel && typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(`${KEY}:edits`);
    // Kept even before the receiving half has loaded: news dropped then left a value the other tab set on
    // purpose looking like a stale copy, and the two tabs put their edits back in turn.
    channel.onmessage = ({ data }: MessageEvent<EditNews[]>) => {
      if (!Array.isArray(data)) return;
      told = true;
      news = keepNews(news, data, Date.now());
    };
    // Node (the unit tests) would otherwise wait on the channel before exiting.
    (channel as { unref?: () => void }).unref?.();
  }
  if (edits.length) channel?.postMessage(edits);
}

/** Changes the fields named by `patch` on the interview `id`, and remembers them for a few seconds. */
export function writeFields(id: string, patch: RecordPatch) {
  const now = Date.now();
  const edit = editInterview(interviews.get(), pending, id, patch, now);
  pending = edit.pending;
  // Told before the write, so the news is there when the write is heard.
  tell(editNews(pending, id, now));
  writeState(() => edit.state);
}

/** Any other write (adding, deleting, which interview was opened last), made on the latest value. */
export function writeState(update: (state: InterviewsState) => InterviewsState) {
  void loadReceiving();
  const state = interviews.get();
  const next = update(state);
  if (next === state) return;
  const now = Date.now();
  const had = new Set(state.interviews.map((r) => r.id));
  const has = new Set(next.interviews.map((r) => r.id));
  created = [
    // One this tab deleted since is not put back.
    ...created.filter((c) => now - c.at < EDIT_WINDOW && has.has(c.record.id)),
    ...next.interviews.filter((r) => !had.has(r.id)).map((record) => ({ record, at: now })),
  ];
  interviews.set(next);
}

/** Another tab's write `state` arrived: take in its news, put back this tab's edits it undid. */
function receive({ receiveWrite }: typeof import('../lib/interviews/tab-heal'), state: InterviewsState) {
  const now = Date.now();
  created = created.filter((c) => now - c.at < EDIT_WINDOW);
  // What storage holds now: the event carries the value of the write it reports, which may be older than a
  // write made since, here or there, and two tabs that each kept the other's event value would disagree.
  const raw = storage.engine[KEY];
  const decoded = raw === undefined ? undefined : decodeValue(INTERVIEWS.schema, raw);
  let latest = decoded?.ok ? decoded.value : state;
  const dropped = created.filter((c) => !latest.interviews.some((r) => r.id === c.record.id)).map((c) => c.record);
  if (dropped.length) latest = { ...latest, interviews: [...latest.interviews, ...dropped] };
  news = keepNews(news, [], now);
  const healed = receiveWrite(
    state,
    latest,
    raw !== undefined && raw === writtenRaw,
    { pending, heard },
    now,
    told ? receiving!.toldBy(news) : undefined,
  );
  ({ pending, heard } = healed);
  if (healed.state !== state) interviews.set(healed.state);
}

// Listening also keeps the store following the storage event, as long as this tab can edit interviews.
interviews.listen((state) => {
  // With nothing to defend the store just follows the events, in order: nothing newer was taken in.
  if (state === written || !(pending.length || created.length)) return;
  if (receiving) receive(receiving, state);
  // Only if the other tab's write comes within milliseconds of this tab's first one.
  else void loadReceiving().then((m) => receive(m, state));
});
