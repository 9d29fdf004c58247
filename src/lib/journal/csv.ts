/**
 * The journal as a spreadsheet, out and in, with papaparse (quoting, BOMs and line breaks in cells are
 * its job, not ours).
 *
 * Out: one row per dated activity: each round, each event, and the interview date when no round falls on
 * it, so a spreadsheet sorts into an activity report (what some job agencies ask for). An interview's name,
 * how it came and its notes repeat on each of its rows; its answers to the diagnostic and its debrief stay
 * in the JSON export, which is the full backup.
 *
 * In: two shapes of sheet map onto the same fields. The journal's own export and a log kept one row per
 * thing that happened (a date, an activity, its details); and the tracker most people keep, one row per
 * application (an interview date, the kind of round, where it stands, the last contact, notes). The words
 * people write in them are data (tracker-words.ts); dates are read by csv-dates.ts.
 *
 * Nothing a row says is dropped: a value the journal does not know leaves its field unknown and its text
 * goes into the interview's notes ("Source: Recruiter; Status: Waiting"), and each row says so in the
 * preview. Only a row that names no interview at all (no company, role or id) is left out. Interviews and
 * rounds may be up to a year ahead (upcoming); events (messages, outcomes) happened, so not after today.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1, so the first interview is row 2.
 */
import Papa from 'papaparse';
import { addDays, type IsoDate } from '../core/dates.ts';
import { LIMITS } from '../core/limits.ts';
import { DETAIL_MAX, newInterview, type InterviewRecord, type InterviewsState } from '../interviews/interviews.ts';
import { MAX_DAYS_AHEAD } from '../interviews/timing-answers.ts';
import { foldEvents, newRoundId, restartPlan } from './journal.ts';
import {
  EVENT_KINDS,
  EVENT_LABELS,
  eventKey,
  JOURNAL_LIMITS,
  ROUND_KINDS,
  ROUND_LABELS,
  SOURCE_LABELS,
  SOURCES,
  type EventKind,
  type JournalEvent,
  type Round,
  type RoundKind,
  type Source,
} from '../interviews/journal-record.ts';
import { INTERVIEW_ACTIVITY, lastHeld, recordActivities, roundActivity } from './report.ts';
import { parseSheetDate, proposeDayFirst } from './csv-dates.ts';
import {
  EVENT_WORDS,
  HEADER_WORDS,
  INTERVIEW_WORDS,
  KEPT_WORDS,
  OPEN_WORDS,
  ROUND_WORDS,
  SOURCE_ASK,
  SOURCE_WORDS,
  STILL_OPEN_WORDS,
} from './tracker-words.ts';

/**
 * The fields a spreadsheet's columns map to: who (id, company, role, how it came), the tracker's one row per
 * application (interview date, kind of round, where it stands, last contact), the log's one row per activity
 * (date, activity, details), and notes. In the order the preview offers them.
 */
export const CSV_FIELDS = [
  'company',
  'role',
  'source',
  'interviewDate',
  'roundKind',
  'status',
  'lastContact',
  'date',
  'activity',
  'details',
  'notes',
  'id',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
export const CSV_HEADERS: Record<CsvField, string> = {
  id: 'Interview ID',
  company: 'Company',
  role: 'Role',
  source: 'How it came',
  interviewDate: 'Interview date',
  roundKind: 'Kind of round',
  status: 'Where it stands',
  lastContact: 'Last contact',
  date: 'Date',
  activity: 'Activity',
  details: 'Details',
  notes: 'Notes',
};
/** The export's columns, one row per dated activity. */
const EXPORT_FIELDS = ['id', 'company', 'role', 'source', 'date', 'activity', 'details', 'notes'] as const satisfies readonly CsvField[];

/**
 * The mark that keeps a cell from running as a formula, and the rule that makes it exact both ways.
 *
 * A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula,
 * whatever follows, line breaks included; OWASP's CSV injection guidance
 * (https://owasp.org/www-community/attacks/CSV_Injection) is to put a single quote before such a cell. Ours
 * is done here rather than by papaparse's `escapeFormulae`, whose test has no `s` flag and so skips any cell
 * holding a line break (issue 30).
 *
 * The rule: the export marks every cell that starts with a formula character, or with one or more
 * apostrophes and then a formula character (`'=x`, `''+1`); the import removes one apostrophe from exactly
 * the cells that start with one or more apostrophes and then a formula character. Marked cells are exactly
 * those, and no unmarked cell is one of them, so every text comes back as it was typed: `=x` → `'=x` → `=x`,
 * `'=x` → `''=x` → `'=x`, and `'hello` is never touched.
 */
const MARKED = /^'+[=+\-@\t\r]/;
const NEEDS_MARK = /^'*[=+\-@\t\r]/;

/** A cell as the export writes it: with the mark when a spreadsheet could run it (see MARKED). */
const markCell = (cell: string) => (NEEDS_MARK.test(cell) ? `'${cell}` : cell);

/** A cell as the import reads it: the export's mark removed, and only that (see MARKED). */
const unmarkCell = (cell: string) => (MARKED.test(cell) ? cell.slice(1) : cell);

/**
 * The journal as CSV text, with a BOM so that Excel reads accents right; every cell a spreadsheet could run
 * as a formula is marked (markCell). One row per dated activity, as the activity report lists them (report.ts).
 */
export function exportCsv(records: readonly InterviewRecord[], today: IsoDate): string {
  const rows: string[][] = [];
  for (const record of records) {
    const base = [record.id, record.company, record.role, record.source ? SOURCE_LABELS[record.source] : ''];
    const notes = record.notes ?? '';
    const dated = recordActivities(record, today);
    // An interview with nothing dated still gets its row, so no interview is missing from the file.
    if (!dated.length) rows.push([...base, '', '', '', notes]);
    for (const d of dated) rows.push([...base, d.date, d.activity, d.details, notes]);
  }
  const fields = EXPORT_FIELDS.map((f) => CSV_HEADERS[f]);
  return Papa.BYTE_ORDER_MARK + Papa.unparse({ fields, data: rows.map((row) => row.map(markCell)) }, { escapeFormulae: false });
}

/** Which column (by index) feeds each field; a field left out is not imported. */
export type ColumnMapping = Partial<Record<CsvField, number>>;

/** Words compared without case, spaces or punctuation: "On-site", "on site" and "Onsite" are one. */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A mapping proposed from a spreadsheet's header (HEADER_WORDS): each field takes the first column whose
 * name is one of its words; then fields still free take a column whose name contains one of theirs. A
 * column feeds one field at most. The person checks it before importing.
 */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const names = headers.map(squash);
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of CSV_FIELDS) {
      if (mapping[field] !== undefined) continue;
      const words = HEADER_WORDS[field][pass].map(squash);
      const index = names.findIndex(
        (name, i) => !used.has(i) && name !== '' && words.some((word) => (pass === 'exact' ? name === word : name.includes(word))),
      );
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  return mapping;
}

/** A spreadsheet's text read into a header and rows (BOM dropped), ready for a mapping. */
export function readCsv(text: string): { headers: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [headers = [], ...rows] = parsed.data;
  return { headers: headers.map((h) => h.trim()), rows };
}

/** A sheet read in steps: its header and rows, or why reading stopped (a bound of LIMITS passed, or canceled). */
export type SteppedRead = { ok: true; headers: string[]; rows: string[][] } | { ok: false; stopped: 'rows' | 'columns' | 'canceled' };

/** Text parsed between two yields to the page: a few milliseconds of work on a phone. */
const STEP_CHARS = 256 * 1024;

/**
 * readCsv in steps of STEP_CHARS, yielding to the page between them so that it stays responsive on a large
 * file, telling `progress` the share read so far (0 to 1), and stopping as soon as `signal` is aborted or the
 * sheet passes LIMITS.csv's rows or LIMITS.csvColumns's columns: a hostile file costs no more than the
 * bound, never its whole size.
 */
export function readCsvInSteps(
  text: string,
  steps: { progress?: (share: number) => void; signal?: AbortSignal } = {},
): Promise<SteppedRead> {
  const body = text.replace(/^\uFEFF/, '');
  return new Promise((resolve) => {
    const lines: string[][] = [];
    let settled = false;
    const settle = (read: SteppedRead) => {
      if (settled) return;
      settled = true;
      resolve(read);
    };
    // Settled before papaparse is told to stop: its abort calls `complete`, which must not say "read".
    const stop = (parser: Papa.Parser, stopped: 'rows' | 'columns' | 'canceled') => {
      settle({ ok: false, stopped });
      parser.abort();
    };
    Papa.parse<string[]>(body, {
      skipEmptyLines: false,
      chunkSize: STEP_CHARS,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        for (const row of results.data) {
          if (row.length > LIMITS.csvColumns.output) return stop(parser, 'columns');
          lines.push(row);
        }
        // The header is a line too: more lines than that and the rows' bound is passed.
        if (lines.length > LIMITS.csv.output + 1) return stop(parser, 'rows');
        steps.progress?.(body.length ? Math.min(1, results.meta.cursor / body.length) : 1);
        parser.pause();
        setTimeout(() => (steps.signal?.aborted ? stop(parser, 'canceled') : parser.resume()), 0);
      },
      complete: () => {
        const [headers = [], ...rows] = lines;
        settle({ ok: true, headers: headers.map((h) => h.trim()), rows });
      },
    });
  });
}

/** The fields whose cells hold a date. */
const DATE_FIELDS = ['interviewDate', 'date', 'lastContact'] as const satisfies readonly CsvField[];
type DateField = (typeof DATE_FIELDS)[number];

/** Whether the date columns `mapping` names can only be read day first (see proposeDayFirst). */
export function dayFirstProposed(rows: readonly string[][], mapping: ColumnMapping): boolean {
  const columns = DATE_FIELDS.map((f) => mapping[f]).filter((i) => i !== undefined);
  // Each distinct date once: a sheet repeats its dates, row after row.
  const cells = new Set<string>();
  for (const row of rows) for (const i of columns) cells.add(row[i] ?? '');
  return proposeDayFirst(cells);
}

/** The fields whose cells are words the journal reads as one of its values; each distinct value can be re-mapped. */
export const VALUE_FIELDS = ['source', 'roundKind', 'status', 'activity'] as const satisfies readonly CsvField[];
export type ValueField = (typeof VALUE_FIELDS)[number];

/**
 * What a value becomes, as a code a select can hold: how it came, a round of a kind, an event, the interview
 * itself (its date), still open (nothing to record), or unknown (its text kept in the notes).
 */
export type Choice = `source:${Source}` | `round:${RoundKind}` | `event:${EventKind}` | 'interview' | 'open' | 'unknown';

const STAGE_CHOICES: Choice[] = [
  ...ROUND_KINDS.map((k): Choice => `round:${k}`),
  ...EVENT_KINDS.map((k): Choice => `event:${k}`),
  'interview',
  'open',
  'unknown',
];
/** What each kind of column's values may become, in the order a select lists them. */
export const CHOICES: Record<ValueField, readonly Choice[]> = {
  source: [...SOURCES.map((s): Choice => `source:${s}`), 'unknown'],
  roundKind: [...ROUND_KINDS.map((k): Choice => `round:${k}`), 'unknown'],
  status: STAGE_CHOICES,
  activity: STAGE_CHOICES,
};

/** A choice in words, as the preview's selects say it. */
export function choiceLabel(choice: Choice): string {
  if (choice === 'interview') return `${INTERVIEW_ACTIVITY} (dates the interview)`;
  if (choice === 'open') return 'Still open';
  if (choice === 'unknown') return 'Unknown, kept in the notes';
  const [kind, value] = choice.split(':') as [string, string];
  if (kind === 'source') return SOURCE_LABELS[value as Source];
  if (kind === 'round') return roundActivity(value as RoundKind);
  return EVENT_LABELS[value as EventKind];
}

/** The person's choice for a value, by field and by the value's key (valueKey). */
export type ValueChoices = Partial<Record<ValueField, Readonly<Record<string, Choice>>>>;
/** What names a value among its column's: "On-site" and "on site" are one value. */
export const valueKey = squash;

/** A word list as lookups from its squashed words to one choice. */
function table(entries: [words: readonly string[], choice: Choice][]): Map<string, Choice> {
  const map = new Map<string, Choice>();
  for (const [words, choice] of entries) for (const word of words) if (!map.has(squash(word))) map.set(squash(word), choice);
  return map;
}
// The journal's own words first (what its export writes), then the trackers'.
const SOURCE_TABLE = table([
  ...SOURCES.map((s): [string[], Choice] => [[s, SOURCE_LABELS[s]], `source:${s}`]),
  ...SOURCES.map((s): [readonly string[], Choice] => [SOURCE_WORDS[s], `source:${s}`]),
]);
const ROUND_TABLE = table([
  ...ROUND_KINDS.map((k): [string[], Choice] => [[k, ROUND_LABELS[k], roundActivity(k)], `round:${k}`]),
  ...ROUND_KINDS.map((k): [readonly string[], Choice] => [ROUND_WORDS[k], `round:${k}`]),
]);
const STAGE_TABLE = new Map([
  ...ROUND_TABLE,
  ...table([
    ...EVENT_KINDS.map((k): [string[], Choice] => [[k, EVENT_LABELS[k]], `event:${k}`]),
    [[INTERVIEW_ACTIVITY], 'interview'],
    ...EVENT_KINDS.map((k): [readonly string[], Choice] => [EVENT_WORDS[k], `event:${k}`]),
    [INTERVIEW_WORDS, 'interview'],
    [OPEN_WORDS, 'open'],
    [STILL_OPEN_WORDS, 'open'],
  ]),
]);
const ASK = new Set(SOURCE_ASK.words.map(squash));
/** Per kind of column, the words kept in the notes besides what they map to ("Applied" says nothing more as how it came). */
const KEEP: Record<ValueField, Set<string>> = {
  source: new Set(),
  roundKind: new Set(KEPT_WORDS.map(squash)),
  status: new Set([...KEPT_WORDS, ...STILL_OPEN_WORDS].map(squash)),
  activity: new Set([...KEPT_WORDS, ...STILL_OPEN_WORDS].map(squash)),
};

/** What a value would become unless the person says otherwise. */
export interface Proposal {
  choice: Choice;
  /** Its text goes into the notes too: unknown, or it says more than what it maps to ("On hold", "Accepted"). */
  keep: boolean;
  /** A question the preview asks about it ("Recruiter: agency or in-house?"). */
  ask?: string;
}

/** What `text` in a column feeding `field` becomes, by the word lists (tracker-words.ts). */
export function proposeValue(field: ValueField, text: string): Proposal {
  const word = squash(text);
  if (field === 'source' && ASK.has(word)) return { choice: 'unknown', keep: true, ask: `${text.trim()}: ${SOURCE_ASK.question}` };
  const choice = (field === 'source' ? SOURCE_TABLE : field === 'roundKind' ? ROUND_TABLE : STAGE_TABLE).get(word);
  return choice ? { choice, keep: KEEP[field].has(word) } : { choice: 'unknown', keep: true };
}

/** What `text` becomes with the person's `choices`: theirs when they made one, else the proposal. */
function readValue(field: ValueField, text: string, choices: ValueChoices): Omit<Proposal, 'ask'> {
  const proposal = proposeValue(field, text);
  const chosen = choices[field]?.[squash(text)];
  if (chosen === undefined || chosen === proposal.choice) return proposal;
  // Their choice says what it means; the words stay when they leave it unknown, or open with more than "open".
  return { choice: chosen, keep: chosen === 'unknown' || (chosen === 'open' && !OPEN_WORDS.some((w) => squash(w) === squash(text))) };
}

/** What a spreadsheet says about one interview, gathered from its rows. */
export interface ImportedInterview {
  /** The id column's, or one made from the company and role, so the same sheet always names the same interview. */
  id: string;
  company: string;
  role: string;
  source: Source | null;
  interviewDate?: IsoDate;
  rounds: Omit<Round, 'id'>[];
  events: JournalEvent[];
  /** What the sheet said that no field holds, and its notes (at most JOURNAL_LIMITS.notes characters). */
  notes?: string;
}

/** A date as read from a cell, for the preview to show beside its text. */
export interface ReadDate {
  field: DateField;
  /** The column's name in the sheet ("Interview Date"). */
  column: string;
  text: string;
  date: IsoDate;
}

/** One row as read: its number, which interview, the dates read, and what it kept in the notes or could not place. */
export interface RowReport {
  row: number;
  /** "Acme, Product designer". */
  label: string;
  dates: ReadDate[];
  /** "'Recruiter' kept in the notes; how it came left unknown". */
  notices: string[];
}

/** The interviews the rows describe, the rows left out (no interview named) and what each row read. */
export interface CsvImport {
  interviews: ImportedInterview[];
  /** Each row left out, with why: "Row 4: there is no company, role or interview ID…". */
  errors: string[];
  /** Each row's notices, with its number: "Row 3: 'Recruiter' kept in the notes; how it came left unknown". */
  notices: string[];
  rows: RowReport[];
}

/** How the rows are read beyond the mapping: the header (its names label what goes into the notes), dates day first, and the person's value choices. */
export interface ReadOptions {
  headers?: readonly string[];
  dayFirst?: boolean;
  choices?: ValueChoices;
}

/** A stable id for an interview named only by company and role (FNV-1a, so the same names give the same id). */
function nameId(company: string, role: string): string {
  let hash = 0x811c9dc5;
  for (const ch of `${company.trim().toLowerCase()}\u0000${role.trim().toLowerCase()}`) {
    hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  }
  return `csv-${hash.toString(36)}`;
}

/** `text` within the notes' limit: cut with an ellipsis, never through a character. */
function cutNotes(text: string): string {
  const max = JOURNAL_LIMITS.notes;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut.trimEnd()}…`;
}

/** What is left unknown when a value is not one the journal knows, per field. */
const LEFT_UNKNOWN: Record<ValueField, string> = {
  source: 'how it came left unknown',
  roundKind: 'the kind of round left unknown',
  status: 'where it stands left unknown',
  activity: 'the activity left unknown',
};

/** `read`, remembering its answer for each text it was given. */
function remember<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    const answer = read(text);
    known.set(text, answer);
    return answer;
  };
}

/** The fields that hold a person's own words, kept exactly as the sheet has them. */
const TEXT_FIELDS: ReadonlySet<CsvField> = new Set(['company', 'role', 'details', 'notes']);

/** A date cell as read, and whether a round, an event or the interview took it. */
interface Slot extends ReadDate {
  used: boolean;
}

const kindOf = <K extends string>(choice: Choice, prefix: 'source' | 'round' | 'event') =>
  choice.startsWith(`${prefix}:`) ? (choice.slice(prefix.length + 1) as K) : undefined;

/**
 * Reads the rows with `mapping` into interviews, as of `today`. Rows with nothing in them are skipped; a
 * row that names no interview is named in `errors` and left out; every other row comes in, and what it says
 * that the journal cannot hold goes into the interview's notes, said in its notices. An id column is
 * optional: without it, rows with the same company and role are one interview.
 *
 * Each row's dates land where the mapping says: the interview date is the interview's, and a round's when a
 * kind of round is given (in its column, or a round word where it stands); an event where it stands falls on
 * the last contact (else the interview date, else the row's date); an activity on the row's date. A row with
 * only a date dates the interview. A date no field takes (a last contact while still open) goes into the notes.
 */
export function importCsv(rows: readonly string[][], mapping: ColumnMapping, today: IsoDate, options: ReadOptions = {}): CsvImport {
  const { headers = [], dayFirst = false, choices = {} } = options;
  // A sheet repeats its words and dates row after row: each distinct one is read once (10,000 rows of a
  // tracker hold a few hundred), so a column changed in the preview re-maps in a blink.
  const dateOf = remember((text: string) => parseSheetDate(text, dayFirst));
  const valueReaders = new Map(VALUE_FIELDS.map((field) => [field, remember((text: string) => readValue(field, text, choices))]));
  const value = (field: ValueField, text: string) => valueReaders.get(field)!(text);
  const idsByCompany = new Map<string, Map<string, string>>();
  const idOf = (company: string, role: string) => {
    let byRole = idsByCompany.get(company);
    if (!byRole) idsByCompany.set(company, (byRole = new Map()));
    let id = byRole.get(role);
    if (id === undefined) byRole.set(role, (id = nameId(company, role)));
    return id;
  };
  const latest = addDays(today, MAX_DAYS_AHEAD);
  const byId = new Map<string, { item: ImportedInterview; notes: Set<string>; first: RowReport }>();
  const errors: string[] = [];
  const reports: RowReport[] = [];
  const cell = (row: readonly string[], field: CsvField) => {
    const index = mapping[field];
    const text = index === undefined ? '' : (row[index] ?? '');
    if (!text.trim()) return '';
    // A text the person wrote comes back as written, spaces included (its own export round-trips exactly);
    // a value or a date is read by its words, so spaces around it mean nothing.
    return TEXT_FIELDS.has(field) ? unmarkCell(text) : unmarkCell(text.trim());
  };
  // What the notes call a field: the sheet's own column name, so the person recognizes it.
  const name = (field: CsvField) => {
    const index = mapping[field];
    return (index !== undefined && headers[index]?.trim()) || CSV_HEADERS[field];
  };

  rows.forEach((row, i) => {
    const number = i + 2;
    if (row.every((c) => !c.trim())) return;
    const company = cell(row, 'company').slice(0, DETAIL_MAX);
    const role = cell(row, 'role').slice(0, DETAIL_MAX);
    const id = cell(row, 'id').slice(0, 64) || (company || role ? idOf(company, role) : '');
    if (!id) return void errors.push(`Row ${number}: there is no company, role or interview ID to say which interview it is about.`);

    const report: RowReport = { row: number, label: [company, role].filter(Boolean).join(', ') || id, dates: [], notices: [] };
    reports.push(report);
    const entry = byId.get(id) ?? {
      item: { id, company, role, source: null, rounds: [], events: [] },
      notes: new Set<string>(),
      first: report,
    };
    byId.set(id, entry);
    const interview = entry.item;
    if (company) interview.company = company;
    if (role) interview.role = role;

    const kept: string[] = [];
    const keep = (field: CsvField, text: string) => kept.push(`${name(field)}: ${text}`);
    const notice = (text: string) => report.notices.push(text);
    let details = cell(row, 'details');
    /** The row's details, for the first round or event it places (its interviewers, or its note). */
    const takeDetails = () => {
      const taken = details;
      details = '';
      return taken;
    };

    const readDate = (field: DateField): Slot | undefined => {
      const text = cell(row, field);
      if (!text) return undefined;
      const date = dateOf(text);
      if (!date) {
        keep(field, text);
        notice(`'${text}' in ${name(field)} is not a date: kept in the notes`);
        return undefined;
      }
      report.dates.push({ field, column: name(field), text, date });
      return { field, column: name(field), text, date, used: false };
    };
    const interviewDate = readDate('interviewDate');
    const date = readDate('date');
    const lastContact = readDate('lastContact');

    /** Whether `text` cannot go on `slot` (none, or after `upTo`): then it is kept in the notes, and said. */
    const refused = (text: string, from: CsvField, slot: Slot | undefined, upTo: IsoDate, tooLate: string) => {
      if (slot && slot.date <= upTo) return false;
      keep(from, text);
      if (slot && !slot.used) keep(slot.field, slot.text);
      notice(slot ? `'${text}' on ${slot.text} ${tooLate}: kept in the notes` : `'${text}' has no date: kept in the notes`);
      if (slot) slot.used = true;
      return true;
    };
    /** The interview is full (rounds or events): `text` is kept in the notes, and said. */
    const full = (text: string, from: CsvField, slot: Slot, what: string) => {
      keep(from, text);
      keep(slot.field, slot.text);
      notice(`an interview keeps at most ${what}: '${text}' on ${slot.text} kept in the notes`);
      return false;
    };
    const placeRound = (kind: RoundKind, slot: Slot | undefined, from: CsvField, text: string) => {
      if (refused(text, from, slot, latest, 'is more than a year ahead')) return false;
      slot!.used = true;
      const interviewers = takeDetails()
        .split(/[;\n]/)
        .map((n) => n.trim())
        .filter(Boolean)
        .slice(0, JOURNAL_LIMITS.interviewers)
        .map((n) => n.slice(0, JOURNAL_LIMITS.interviewer));
      const round = { date: slot!.date, kind, interviewers };
      const same = interview.rounds.findIndex((r) => r.date === round.date && r.kind === kind);
      if (same >= 0) interview.rounds[same] = round;
      else if (interview.rounds.length < JOURNAL_LIMITS.rounds) interview.rounds.push(round);
      else return full(text, from, slot!, `${JOURNAL_LIMITS.rounds} rounds`);
      return true;
    };
    const placeEvent = (kind: EventKind, slot: Slot | undefined, from: CsvField, text: string) => {
      if (refused(text, from, slot, today, 'is after today')) return false;
      slot!.used = true;
      const note = takeDetails().slice(0, JOURNAL_LIMITS.note);
      const event: JournalEvent = { kind, date: slot!.date, ...(note ? { note } : {}) };
      const same = interview.events.findIndex((e) => e.kind === kind && e.date === event.date);
      if (same >= 0) interview.events[same] = event;
      else if (interview.events.length < JOURNAL_LIMITS.events) interview.events.push(event);
      else return full(text, from, slot!, `${JOURNAL_LIMITS.events} events`);
      return true;
    };
    const dateInterview = (slot: Slot | undefined, from: CsvField, text: string) => {
      if (refused(text, from, slot, latest, 'is more than a year ahead')) return false;
      slot!.used = true;
      if (!interview.interviewDate || slot!.date > interview.interviewDate) interview.interviewDate = slot!.date;
      return true;
    };
    /** A value read: placed where `on` says, or kept; and said when its words go into the notes. */
    const apply = (field: ValueField, text: string, on: { round?: Slot; event?: Slot; interview?: Slot }) => {
      const { choice, keep: keepIt } = value(field, text);
      const round = kindOf<RoundKind>(choice, 'round');
      const event = kindOf<EventKind>(choice, 'event');
      let placed = true;
      if (round) placed = placeRound(round, on.round, field, text);
      else if (event) placed = placeEvent(event, on.event, field, text);
      else if (choice === 'interview') placed = dateInterview(on.interview, field, text);
      if (!placed) return;
      if (choice === 'unknown') notice(`'${text}' kept in the notes; ${LEFT_UNKNOWN[field]}`);
      else if (keepIt) notice(`'${text}' kept in the notes; ${choice === 'open' ? 'still open' : `read as ${choiceLabel(choice)}`}`);
      if (keepIt) keep(field, text);
    };

    // How it came.
    const sourceText = cell(row, 'source');
    if (sourceText) {
      const { choice, keep: keepIt } = value('source', sourceText);
      const source = kindOf<Source>(choice, 'source');
      if (source) interview.source = source;
      else notice(`'${sourceText}' kept in the notes; ${LEFT_UNKNOWN.source}`);
      if (keepIt) keep('source', sourceText);
    }

    // One row per activity: what happened on the row's date.
    const activityText = cell(row, 'activity');
    if (activityText)
      apply('activity', activityText, { round: date ?? interviewDate, event: date ?? lastContact ?? interviewDate, interview: date });

    // One row per application: the round held on the interview date, by its kind, or by where it stands.
    const roundText = cell(row, 'roundKind');
    const statusText = cell(row, 'status');
    const status = statusText ? value('status', statusText) : undefined;
    const statusRound = status && kindOf<RoundKind>(status.choice, 'round');
    const roundFromColumn = roundText ? kindOf<RoundKind>(value('roundKind', roundText).choice, 'round') : undefined;
    if (roundText) apply('roundKind', roundText, { round: interviewDate ?? date });
    if (statusRound && !roundFromColumn) apply('status', statusText, { round: interviewDate ?? date });
    else if (statusRound && roundFromColumn && statusRound !== roundFromColumn) {
      keep('status', statusText);
      notice(`'${statusText}' kept in the notes; the round is a ${roundActivity(roundFromColumn)}, as ${name('roundKind')} says`);
    }
    // The interview date is the interview's too, as when a round is added here: an upcoming one is then upcoming.
    if (interviewDate && (!interviewDate.used || interviewDate.date <= latest))
      dateInterview(interviewDate, 'interviewDate', interviewDate.text);
    // Where it stands: an outcome or a reply on the last contact, else the interview date, else the row's date.
    if (statusText && !statusRound)
      apply('status', statusText, { event: lastContact ?? interviewDate ?? date, interview: interviewDate ?? date });

    // A row with only a date dates the interview (the journal's export writes an interview date so).
    if (!activityText && !statusText && !interviewDate && date && !date.used) dateInterview(date, 'date', date.text);

    // Nothing else is lost: what no field took goes into the notes, after the row's own notes.
    if (details) keep('details', details);
    if (lastContact && !lastContact.used) keep('lastContact', lastContact.text);
    if (date && !date.used) keep('date', date.text);
    const notes = cell(row, 'notes');
    for (const piece of [notes, ...kept]) if (piece) entry.notes.add(piece);
  });

  const interviews: ImportedInterview[] = [];
  for (const { item, notes, first } of byId.values()) {
    item.interviewDate ??= lastHeld(item.rounds, today);
    const text = [...notes].join('; ');
    if (text) item.notes = cutNotes(text);
    if (text.length > JOURNAL_LIMITS.notes)
      first.notices.push(`the notes come to more than ${JOURNAL_LIMITS.notes} characters: cut to fit`);
    interviews.push(item);
  }
  const notices = reports.flatMap((r) => r.notices.map((n) => `Row ${r.row}: ${n}`));
  return { interviews, errors, notices, rows: reports };
}

/**
 * An interview's notes after an import: the sheet's added to what is there, unless one already holds the
 * other, so importing the same sheet again changes nothing and notes written here are never replaced.
 */
function mergeNotes(current: string | undefined, incoming: string | undefined): string | undefined {
  if (!incoming || current?.includes(incoming)) return current;
  if (!current || incoming.includes(current)) return incoming;
  return cutNotes(`${current}; ${incoming}`);
}

const byDate = <T extends { date: IsoDate }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * `state` with the imported interviews merged in by id: an interview already here keeps everything the
 * sheet does not say (answers, debrief), takes the sheet's names and how it came when given, adds the
 * sheet's notes to its own, and gains its rounds and events (one already here on the same day, of the same
 * kind, is updated, never doubled). Importing the same sheet twice gives what importing it once gave.
 * Interviews past the count limit are the caller's to refuse (addProblem), as for any import.
 */
export function mergeCsv(
  state: InterviewsState,
  incoming: readonly ImportedInterview[],
  now: Date,
  makeRoundId: () => string = newRoundId,
): InterviewsState {
  const records = [...state.interviews];
  for (const item of incoming) {
    const at = records.findIndex((r) => r.id === item.id);
    const current = at >= 0 ? records[at] : newInterview(item.id, now);
    const rounds = [...current.rounds];
    for (const round of item.rounds) {
      const same = rounds.findIndex((r) => r.date === round.date && r.kind === round.kind);
      if (same >= 0) rounds[same] = { ...rounds[same], interviewers: round.interviewers };
      else if (rounds.length < JOURNAL_LIMITS.rounds) {
        let id = makeRoundId();
        while (rounds.some((r) => r.id === id)) id = makeRoundId();
        rounds.push({ id, ...round });
      }
    }
    const events = [...current.events];
    for (const event of item.events) {
      const same = events.findIndex((e) => eventKey(e) === eventKey(event));
      if (same >= 0) events[same] = event;
      else if (events.length < JOURNAL_LIMITS.events) events.push(event);
    }
    const sortedEvents = events.sort(byDate);
    // A later interview date restarts the plan, as a later round does in the journal.
    const answers = item.interviewDate ? restartPlan(current.answers, item.interviewDate, sortedEvents) : current.answers;
    const notes = mergeNotes(current.notes, item.notes);
    const merged: InterviewRecord = {
      ...current,
      company: item.company || current.company,
      role: item.role || current.role,
      source: item.source ?? current.source,
      rounds: rounds.sort(byDate),
      events: sortedEvents,
      answers: foldEvents(answers, sortedEvents),
      ...(notes === undefined ? {} : { notes }),
    };
    const changed = at < 0 || JSON.stringify(merged) !== JSON.stringify(current);
    const stamped = changed ? { ...merged, updatedAt: now.toISOString() } : current;
    if (at >= 0) records[at] = stamped;
    else records.push(stamped);
  }
  return { ...state, interviews: records };
}
