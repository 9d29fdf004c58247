/**
 * The journal as a spreadsheet, out and in, with papaparse (quoting, BOMs and line breaks in cells are
 * its job, not ours).
 *
 * One row per dated activity: each round, each event, and the interview date when no round falls on it,
 * so a spreadsheet sorts into an activity report (what some job agencies ask for) and a person's own
 * tracker, one line per thing that happened, maps onto it. An interview's name and how it came repeat on
 * each of its rows; its answers to the diagnostic and its debrief stay in the JSON export, which is the
 * full backup.
 *
 * Dates, the explicit rule: YYYY-MM-DD, or month/day/year with slashes as US spreadsheets write them
 * (3/14/2026, 03/14/26; a two-digit year is 20xx). Slashes are always month first: 14/3/2026 is an error,
 * never silently swapped. Events must not be after today (they happened); a round may be scheduled ahead.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1, so the first interview is row 2.
 */
import Papa from 'papaparse';
import { FIRST_YEAR, isIsoDate, LAST_YEAR, type IsoDate } from '../core/dates.ts';
import { newInterview, type InterviewRecord, type InterviewsState } from '../interviews/interviews.ts';
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
import { lastHeld, recordActivities, roundActivity } from './report.ts';

/** The columns of an export, and the fields an import maps a spreadsheet's columns to. */
export const CSV_FIELDS = ['id', 'company', 'role', 'source', 'date', 'activity', 'details'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
export const CSV_HEADERS: Record<CsvField, string> = {
  id: 'Interview ID',
  company: 'Company',
  role: 'Role',
  source: 'How it came',
  date: 'Date',
  activity: 'Activity',
  details: 'Details',
};

/**
 * The journal as CSV text, with a BOM so that Excel reads accents right; formulas are escaped. One row per
 * dated activity, as the activity report lists them (report.ts).
 */
export function exportCsv(records: readonly InterviewRecord[], today: IsoDate): string {
  const rows: string[][] = [];
  for (const record of records) {
    const base = [record.id, record.company, record.role, record.source ? SOURCE_LABELS[record.source] : ''];
    const dated = recordActivities(record, today);
    // An interview with nothing dated still gets its row, so no interview is missing from the file.
    if (!dated.length) rows.push([...base, '', '', '']);
    for (const d of dated) rows.push([...base, d.date, d.activity, d.details]);
  }
  return Papa.BYTE_ORDER_MARK + Papa.unparse({ fields: CSV_FIELDS.map((f) => CSV_HEADERS[f]), data: rows }, { escapeFormulae: true });
}

/** Which column (by index) feeds each field; a field left out is not imported. */
export type ColumnMapping = Partial<Record<CsvField, number>>;

/** Header words that suggest each field, compared without case, spaces or punctuation. */
const SYNONYMS: Record<CsvField, readonly string[]> = {
  id: ['interviewid', 'id'],
  company: ['company', 'employer', 'organization', 'companyname'],
  role: ['role', 'position', 'job', 'jobtitle', 'title'],
  source: ['howitcame', 'source', 'via', 'channel', 'howfound'],
  date: ['date', 'when', 'interviewdate', 'eventdate', 'day'],
  activity: ['activity', 'event', 'stage', 'status', 'step', 'type'],
  details: ['details', 'notes', 'note', 'comments', 'comment', 'interviewers'],
};
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A mapping proposed from a spreadsheet's header: each field takes the first column whose name is one of
 * its words, or else contains one; a column feeds one field at most. The person checks it before importing.
 */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const names = headers.map(squash);
  for (const exact of [true, false]) {
    for (const field of CSV_FIELDS) {
      if (mapping[field] !== undefined) continue;
      const index = names.findIndex(
        (name, i) => !used.has(i) && name !== '' && SYNONYMS[field].some((word) => (exact ? name === word : name.includes(word))),
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

/**
 * A date cell as an IsoDate, by the rule above, or undefined. `3/14/2026` and `2026-03-14` are the same
 * day; `14/3/2026` is not a date (month first).
 */
export function parseCsvDate(cell: string): IsoDate | undefined {
  const text = cell.trim();
  if (isIsoDate(text)) return text;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(text);
  if (!us) return undefined;
  const year = us[3].length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const iso = `${year}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

type Activity = { round: RoundKind } | { event: EventKind } | { interview: true };

/** Words a tracker uses for each activity, beyond the journal's own labels. */
const ACTIVITY_WORDS: [string, Activity][] = [
  ...ROUND_KINDS.flatMap((kind): [string, Activity][] => [
    [squash(roundActivity(kind)), { round: kind }],
    [squash(ROUND_LABELS[kind]), { round: kind }],
  ]),
  ...EVENT_KINDS.map((kind): [string, Activity] => [squash(EVENT_LABELS[kind]), { event: kind }]),
  ['phonescreen', { round: 'screen' }],
  ['screening', { round: 'screen' }],
  ['finalround', { round: 'final' }],
  ['thankyou', { event: 'thank-you-sent' }],
  ['followup', { event: 'follow-up-sent' }],
  ['nextround', { event: 'next-round' }],
  ['invited', { event: 'next-round' }],
  ['rejection', { event: 'rejected' }],
  ['noresponse', { event: 'ghosted' }],
  ['withdrawn', { event: 'withdrew' }],
  ['replied', { event: 'reply' }],
  ['interview', { interview: true }],
  ['interviewed', { interview: true }],
];

function readActivity(cell: string): Activity | undefined {
  const word = squash(cell);
  if (!word) return { interview: true };
  return ACTIVITY_WORDS.find(([w]) => w === word)?.[1];
}

function readSource(cell: string): Source | null | undefined {
  const word = squash(cell);
  if (!word) return null;
  return SOURCES.find((s) => squash(SOURCE_LABELS[s]) === word || squash(s) === word || squash(SOURCE_LABELS[s]).startsWith(word));
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
}

/** The interviews the rows describe, and the rows that could not be read, each named by its row number. */
export interface CsvImport {
  interviews: ImportedInterview[];
  errors: string[];
}

/** A stable id for an interview named only by company and role (FNV-1a, so the same names give the same id). */
function nameId(company: string, role: string): string {
  let hash = 0x811c9dc5;
  for (const ch of `${company.trim().toLowerCase()}\u0000${role.trim().toLowerCase()}`) {
    hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  }
  return `csv-${hash.toString(36)}`;
}

/** Undoes the quote papaparse puts before a cell that would read as a formula. */
const unescapeFormula = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/**
 * Reads the rows with `mapping` into interviews, as of `today`. Rows with nothing in them are skipped; a
 * row that cannot be read is named in `errors` and left out, the others are kept. An id column is
 * optional: without it, rows with the same company and role are one interview.
 */
export function importCsv(rows: readonly string[][], mapping: ColumnMapping, today: IsoDate): CsvImport {
  const byId = new Map<string, ImportedInterview>();
  const errors: string[] = [];
  const cell = (row: readonly string[], field: CsvField) => {
    const index = mapping[field];
    return index === undefined ? '' : unescapeFormula((row[index] ?? '').trim());
  };
  rows.forEach((row, i) => {
    const at = `Row ${i + 2}`;
    if (row.every((c) => !c.trim())) return;
    const company = cell(row, 'company').slice(0, 200);
    const role = cell(row, 'role').slice(0, 200);
    const id = cell(row, 'id').slice(0, 64) || (company || role ? nameId(company, role) : '');
    if (!id) return errors.push(`${at}: there is no company, role or interview ID to say which interview it is about.`);
    const dateCell = cell(row, 'date');
    const date = dateCell ? parseCsvDate(dateCell) : undefined;
    if (dateCell && !date) {
      return errors.push(`${at}: the date '${dateCell}' is not a date. Write it as month/day/year (3/14/2026) or 2026-03-14.`);
    }
    const activityCell = cell(row, 'activity');
    const activity = readActivity(activityCell);
    if (!activity) return errors.push(`${at}: the activity '${activityCell}' is not one the journal knows.`);
    const source = readSource(cell(row, 'source'));
    if (source === undefined) {
      return errors.push(
        `${at}: '${cell(row, 'source')}' is not a way an interview comes (${SOURCES.map((s) => SOURCE_LABELS[s]).join(', ')}).`,
      );
    }
    if (!('interview' in activity) && !date) return errors.push(`${at}: the ${activityCell} has no date.`);
    if ('event' in activity && date! > today) return errors.push(`${at}: the date '${dateCell}' is after today.`);

    const interview = byId.get(id) ?? { id, company, role, source: null, rounds: [], events: [] };
    byId.set(id, interview);
    if (company) interview.company = company;
    if (role) interview.role = role;
    if (source) interview.source = source;
    const details = cell(row, 'details');
    if ('interview' in activity) {
      if (date && (!interview.interviewDate || date > interview.interviewDate)) interview.interviewDate = date;
    } else if ('round' in activity) {
      const interviewers = details
        .split(/[;\n]/)
        .map((n) => n.trim())
        .filter(Boolean)
        .slice(0, JOURNAL_LIMITS.interviewers)
        .map((n) => n.slice(0, JOURNAL_LIMITS.interviewer));
      const same = interview.rounds.findIndex((r) => r.date === date && r.kind === activity.round);
      const round = { date: date!, kind: activity.round, interviewers };
      if (same >= 0) interview.rounds[same] = round;
      else if (interview.rounds.length < JOURNAL_LIMITS.rounds) interview.rounds.push(round);
      else errors.push(`${at}: an interview keeps at most ${JOURNAL_LIMITS.rounds} rounds.`);
    } else {
      const note = details.slice(0, JOURNAL_LIMITS.note);
      const event: JournalEvent = { kind: activity.event, date: date!, ...(note ? { note } : {}) };
      const same = interview.events.findIndex((e) => eventKey(e) === eventKey(event));
      if (same >= 0) interview.events[same] = event;
      else if (interview.events.length < JOURNAL_LIMITS.events) interview.events.push(event);
      else errors.push(`${at}: an interview keeps at most ${JOURNAL_LIMITS.events} events.`);
    }
  });
  for (const interview of byId.values()) interview.interviewDate ??= lastHeld(interview.rounds, today);
  return { interviews: [...byId.values()], errors };
}

const byDate = <T extends { date: IsoDate }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * `state` with the imported interviews merged in by id: an interview already here keeps everything the
 * sheet does not say (answers, debrief), takes the sheet's names and how it came when given, and gains
 * its rounds and events (one already here on the same day, of the same kind, is updated, never doubled).
 * Importing the same sheet twice gives what importing it once gave. Interviews past the count limit are
 * the caller's to refuse (addProblem), as for any import.
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
    const merged: InterviewRecord = {
      ...current,
      company: item.company || current.company,
      role: item.role || current.role,
      source: item.source ?? current.source,
      rounds: rounds.sort(byDate),
      events: sortedEvents,
      answers: foldEvents(answers, sortedEvents),
    };
    const changed = at < 0 || JSON.stringify(merged) !== JSON.stringify(current);
    const stamped = changed ? { ...merged, updatedAt: now.toISOString() } : current;
    if (at >= 0) records[at] = stamped;
    else records.push(stamped);
  }
  return { ...state, interviews: records };
}
