/**
 * A calendar invite read into the interview it describes. People already have the invite (Google Calendar,
 * Outlook and Apple Calendar all save one as an `.ics` file), so adding an interview from it is one file,
 * not a form. `readInvite` turns a file into either the one event it describes, on the person's own clock,
 * or a problem in words: what the file is instead, why it can't be read, or why it isn't one interview.
 * Never half-read: a file is taken whole or not at all.
 *
 * ical.js does the parsing (escapes, parameters, time zone definitions); it is loaded by readInvite itself,
 * so a page that imports this module pays for it only when a file comes. The time zone arithmetic is in
 * invite-time.ts; what importing does to the journal is invite-merge.ts.
 */
import type ICAL from 'ical.js';

import { addDays, formatDate, parseIsoDate, plural, type IsoDate } from '../core/dates.ts';
import { LIMITS, sizeWords } from '../core/limits.ts';
import { DETAIL_MAX } from '../interviews/interviews.ts';
import { JOURNAL_LIMITS, type RoundKind } from '../interviews/journal-record.ts';
import { MAX_DAYS_AHEAD, MAX_INTERVIEW_AGE_DAYS } from '../interviews/timing-answers.ts';
import { asUtc, ianaZone, instantOf, wallTime, zoneName, type ClockFields } from './invite-time.ts';

type Component = ICAL.Component;
type Property = ICAL.Property;

/** An invite is a few kilobytes: LIMITS.invite bounds the file, its parts (BEGIN lines) and their nesting. */
const DOOR = LIMITS.invite;

/** The one event an invite describes, as the journal takes it. */
export interface InviteEvent {
  /** A digest of the invite's UID: the same invite always gives the same one (the record's `meeting.uid`). */
  uid: string;
  /** The invite's title as it reads (its SUMMARY), or empty. */
  title: string;
  /** Told apart from the title where the title allows; empty when unsure (the person checks both). */
  company: string;
  role: string;
  /** The kind of round the title names, if it names one. */
  kind?: RoundKind;
  /** The day it starts, on the person's own calendar. */
  date: IsoDate;
  /** "HH:MM" on the person's own clock; absent for an all-day event. */
  time?: string;
  /** The invite's own clock, when it names a time zone whose clock differs from the person's. */
  theirs?: { date: IsoDate; time: string; zone: string };
  /** A time zone the invite names that is neither known nor defined in the file: its time was read as the person's. */
  unknownZone?: string;
  /** Where: the invite's location or its video link, within JOURNAL_LIMITS.place. */
  place?: string;
  /** Who sent it (the organizer's name, or address). */
  contact?: string;
  /** The invite says the meeting is off (METHOD:CANCEL or STATUS:CANCELLED). */
  canceled: boolean;
}

export type InviteRead = { ok: true; event: InviteEvent } | { ok: false; problem: string; list?: string[] };

/** What to read and against what: today and the person's time zone (an IANA name) are the caller's. */
export interface ReadOptions {
  today: IsoDate;
  zone: string;
}

/** Why a file of `size` bytes is not read at all (past LIMITS.invite.input), or undefined. */
export function sizeProblem(size: number): string | undefined {
  if (size <= DOOR.input) return undefined;
  return `The file is larger than ${sizeWords(DOOR.input)}, and an invite is a few kilobytes. Check that you chose the invite (a .ics file).`;
}

/**
 * Why a calendar text is not parsed at all: more parts (BEGIN lines) or deeper nesting than LIMITS.invite
 * allows, counted in one pass before the parser (which builds every part) sees it.
 */
function partsProblem(source: string): string | undefined {
  let parts = 0;
  let depth = 0;
  for (const [, word] of source.matchAll(/^(BEGIN|END):/gim)) {
    if (word.toUpperCase() === 'END') depth--;
    else if (++parts > DOOR.output) return `This calendar file holds more than ${DOOR.output} entries, and an invite holds one. ${HOW_TO}`;
    else if (++depth > DOOR.depth)
      return `This calendar file nests its entries more than ${DOOR.depth} deep, which no calendar does. ${HOW_TO}`;
  }
  return undefined;
}

const problem = (text: string, list?: string[]): InviteRead => ({ ok: false, problem: text, ...(list ? { list } : {}) });

/** Where a person finds the invite file itself, said wherever the chosen file is not one. */
const HOW_TO = 'In your calendar, open the interview and download or export its invite (a .ics file), then choose that file.';

/**
 * A file's bytes as text, with RFC 5545's folded lines joined first: a long line is cut every 75 octets and
 * the cut may fall inside a UTF-8 character, so joining must come before decoding. UTF-8, or else
 * Windows-1252 (older Outlook), so an accent is never turned into a replacement mark.
 */
function decodeInvite(bytes: Uint8Array): string {
  const joined = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    // A line break (CRLF, LF or a lone CR) followed by a space or a tab continues the line.
    const crlf = b === 0x0d && bytes[i + 1] === 0x0a;
    const breakLength = crlf ? 2 : b === 0x0a || b === 0x0d ? 1 : 0;
    const next = bytes[i + breakLength];
    if (breakLength && (next === 0x20 || next === 0x09)) {
      i += breakLength;
      continue;
    }
    joined[n++] = b;
  }
  const text = joined.subarray(0, n);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(text);
  } catch {
    return new TextDecoder('windows-1252').decode(text);
  }
}

/**
 * Why `text` is not an iCalendar file, naming what it looks like instead, or undefined. Looks only at what it
 * can be sure of from the first characters.
 */
function notAnInvite(text: string): string | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start) return 'The file is empty: there is no invite in it.';
  // A zip (a workbook, an archive), a PDF, or anything with NUL characters is not text at all.
  if (start.startsWith('PK\u0003\u0004') || start.startsWith('%PDF') || start.includes('\u0000')) {
    return `This is not a calendar invite: it is a binary file (a document, an image or an archive). ${HOW_TO}`;
  }
  if (/^\{[\s\S]*"format"\s*:\s*"callback-data"/.test(start)) {
    return 'This is a Callback data file, not a calendar invite: import it on the “Your data” page.';
  }
  if (/^BEGIN:VCARD/i.test(start)) return `This is a contact card (vCard), not a calendar invite. ${HOW_TO}`;
  if (/^<(!doctype|html|\?xml)/i.test(start)) return `This is a web page, not a calendar invite. ${HOW_TO}`;
  if (/^BEGIN:(VCALENDAR|VEVENT)\s*$/im.test(start.slice(0, 200))) return undefined;
  const firstLine = start.split(/\r\n|\r|\n/, 1)[0];
  if (firstLine.includes(',') || firstLine.includes(';') || firstLine.includes('\t')) {
    return 'This looks like a spreadsheet (CSV), not a calendar invite: add it with “Import from a spreadsheet” below the journal.';
  }
  return `This is not a calendar invite: an invite file starts with “BEGIN:VCALENDAR”, and this one does not. ${HOW_TO}`;
}

/**
 * A stable short digest of an invite's UID (64-bit FNV-1a of its UTF-8, in base 36: at most 13 characters).
 * @internal The tests check its rules directly.
 */
export function uidDigest(uid: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(uid)) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(36);
}

// ─── The title ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * The kinds of round a title's words name, the most telling first: a "final technical" round is the final
 * one, a "technical phone screen" is technical, a "panel with the hiring manager" is a panel.
 */
const KIND_PHRASES: [RoundKind, RegExp][] = [
  ['final', /\bfinal\b/i],
  [
    'technical',
    /\btechnical\b|\btech (?:screen|interview|round|call)\b|\bcoding\b|\bsystems? design\b|\btake[- ]?home\b|\bpair(?:ing)?[- ]programming\b|\bwhiteboard(?:ing)?\b/i,
  ],
  ['panel', /\bpanel\b|\b(?:virtual )?on-?site\b|\binterview loop\b|\bsuper ?day\b/i],
  // "HM" only in capitals: "hm" is a word of its own.
  ['hiring-manager', /\b[Hh][Ii][Rr][Ii][Nn][Gg][- ][Mm][Aa][Nn][Aa][Gg][Ee][Rr]\b|\bHM\b/],
  ['screen', /\bscreen(?:ing|er)?\b|\brecruiter\b|\bintro(?:ductory)? call\b/i],
];

/** The kind of round `title` names, if any. */
function kindOf(title: string): RoundKind | undefined {
  return KIND_PHRASES.find(([, words]) => words.test(title))?.[0];
}

/**
 * Words around a title's names that are neither: the round, its kind, the kind of meeting. Taken off the
 * ends of a part only, so a name holding one ("Final Cut Studios" aside) keeps its middle.
 */
const FILLER = [
  '1st|2nd|3rd|4th|first|second|third|fourth|final|next',
  'technical|tech (?:screen|interview|round|call)|coding|live coding|systems? design|take[- ]?home(?: review)?|pair(?:ing)?[- ]programming|whiteboard(?:ing)?',
  'panel|(?:virtual )?on-?site|loop|super ?day|hiring[- ]manager|hm',
  'phone|video|zoom|screen|screening|recruiter|intro(?:ductory)?',
  'interviews?|round|call|chat|conversation|meeting|invitation|invite|session|stage|role|position|job|opening',
].join('|');
const SEPARATORS = '[\\s,.!:;–—-]';
const FILLER_START = new RegExp(`^(?:${FILLER})(?=${SEPARATORS}|$)${SEPARATORS}*`, 'i');
const FILLER_END = new RegExp(`(?:^|${SEPARATORS}+)(?:${FILLER})${SEPARATORS}*$`, 'i');

/** `text` without filler words at either end (empty when it was only filler, as "Final round" is). */
function trimFiller(text: string): string {
  let t = text.trim();
  for (;;) {
    const next = t.replace(FILLER_START, '').replace(FILLER_END, '').trim();
    if (next === t) return t;
    t = next;
  }
}

/** Words that say a part of a title is a job: "Product Designer", "Senior Data Analyst", "Sales Rep". */
const ROLE_WORDS =
  /\b(?:designers?|engineers?|developers?|managers?|analysts?|scientists?|directors?|leads?|head of|specialists?|coordinators?|consultants?|architects?|interns?|internship|associates?|writers?|editors?|marketers?|representatives?|rep|officers?|administrators?|admin|accountants?|assistants?|researchers?|technicians?|nurses?|teachers?|strategists?|owners?|producers?|vp|vice president|president|executives?|programmers?|sre|devops|qa|testers?|agents?|advisors?|counsel|attorneys?|lawyers?|paralegals?|clerks?|planners?|buyers?|controllers?|auditors?|economists?|therapists?|pharmacists?|physicians?|mechanics?|electricians?|fellows?|apprentices?|trainees?|graduates?|principal|senior|junior|sr|jr|chief|cto|ceo|cfo|coo)\b/i;

/** Prefixes calendars and mail put before a title. */
const TITLE_PREFIX =
  /^(?:(?:updated |new )?invitation|accepted|declined|tentative|canceled|cancelled|canceled event|cancelled event|fw|fwd|re)\s*:\s*/i;

/** How the meeting happens, said after the names: "Interview with Acme via Zoom". */
const MEDIUM = /\s+(?:via|on|over|by)\s+(?:zoom|(?:microsoft\s+)?teams|google\s+meet|meet|webex|skype|phone|video(?:\s+call)?)\b/gi;
/** A company's legal form, which belongs to the name before it. */
const LEGAL_FORM = /^(?:inc|llc|ltd|limited|corp|co|gmbh|plc|sa|ag|bv)\.?$/i;

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Mail and scheduling services whose addresses say nothing about the employer. */
const NOT_EMPLOYERS =
  /^(gmail|googlemail|google|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|zoho|yandex|fastmail|hey|greenhouse|lever|ashbyhq|goodtime|calendly|workday|myworkday|smartrecruiters|icims|gem|zoom|microsoft|office365|webex|jobvite|bamboohr|recruitee|workable|teamtailor|personio|paradox|hirevue|modernhire)$/i;

/** The name in an address's domain ("acme" from jane@careers.acme.co.uk), unless it is a mail or hiring service. */
function employerDomain(email: string | undefined): string | undefined {
  const labels = email?.split('@')[1]?.toLowerCase().split('.').filter(Boolean) ?? [];
  if (labels.length < 2) return undefined;
  let at = labels.length - 2;
  // A country's second level ("co.uk", "com.au") is not the name.
  if (at > 0 && /^(co|com|org|net|ac|gov|edu)$/.test(labels[at]) && labels[labels.length - 1].length === 2) at--;
  const name = labels[at];
  return name.length >= 3 && !NOT_EMPLOYERS.test(name) ? name : undefined;
}

/** What a title says: the company and role (empty when unsure) and the kind of round. */
interface TitleParts {
  company: string;
  role: string;
  kind?: RoundKind;
}

/**
 * The company, role and kind of round in an invite's title, in the forms calendars and hiring teams
 * write: "Interview with Acme", "Acme – Product Designer interview", "Product Designer interview @ Acme",
 * "Acme | Final round | Designer", "Phone screen: Acme (Designer)". A part after "at", "@" or "from" is the
 * company; one with a job's words ("designer", "engineer", "senior") is the role; the organizer's own
 * domain picks the company among the rest; names of the people invited are neither. A role is only given
 * when a part reads as one: the person checks both before anything is saved.
 * @internal The tests pin its cases directly, title by title.
 */
export function readTitle(summary: string, hints: { organizerEmail?: string; people?: readonly string[] } = {}): TitleParts {
  const title = summary.replace(/\s+/g, ' ').trim().replace(TITLE_PREFIX, '').replace(MEDIUM, '');
  const kind = kindOf(title);
  const people = new Set((hints.people ?? []).map(squash).filter(Boolean));
  const domain = employerDomain(hints.organizerEmail);

  // Bracketed parts are parts of their own, split at commas: "System design (Acme, Staff Engineer)". A legal
  // form stays with its name ("Acme, Inc.").
  const brackets: string[] = [];
  const main = title.replace(/\(([^()]*)\)|\[([^[\]]*)\]/g, (_, round: string | undefined, square: string | undefined) => {
    for (const part of (round ?? square ?? '').split(/\s*[,;]\s+/)) {
      if (LEGAL_FORM.test(part) && brackets.length) brackets[brackets.length - 1] += `, ${part}`;
      else brackets.push(part);
    }
    return ' ';
  });
  const tagged: string[] = [];
  const plain: string[] = [];
  const withWhom: string[] = [];
  const forWhat: string[] = [];
  /** `text` less what follows "at", "@" or "from" (the company, kept in `tagged`). */
  const untag = (text: string) => {
    const at = /^(.*?)(?:\s+|^)(?:@|at|from)\s+(.+)$/i.exec(text);
    if (!at) return text;
    tagged.push(at[2]);
    return at[1];
  };
  for (const segment of main.split(/\s+[|–—~•·]\s+|\s+-+\s+|\s*:\s+|\s+\/\s+|\s+<>\s+/)) {
    // "… for (the) Designer (role)": what the interview is for; "… at Acme": who with; "… with Acme": either.
    const forPart = /^(.*?)(?:\s+|^)for\s+(?:the\s+|a\s+|an\s+)?(.+)$/i.exec(segment);
    if (forPart) forWhat.push(untag(forPart[2]));
    const rest = untag(forPart ? forPart[1] : segment);
    const withPart = /^(.*?)(?:\s+|^)with\s+(.+)$/i.exec(rest);
    if (withPart) withWhom.push(withPart[2]);
    plain.push(withPart ? withPart[1] : rest);
  }
  // A part that is only the names of people invited ("Jane Doe", "Jane Doe and Sam Lee") names no one's employer.
  const isPeople = (part: string) => people.size > 0 && part.split(/\s+(?:and|&)\s+|,\s*/).every((name) => people.has(squash(name)));
  const clean = (parts: string[]) => parts.map(trimFiller).filter((part) => part && !isPeople(part));
  const isRole = (part: string) => ROLE_WORDS.test(part);

  const [taggedParts, plainParts, withParts, forParts, bracketParts] = [tagged, plain, withWhom, forWhat, brackets].map(clean);
  const role = [...forParts, ...plainParts, ...bracketParts, ...withParts].find(isRole) ?? '';
  const others = [...plainParts, ...withParts, ...bracketParts, ...forParts].filter((part) => !isRole(part));
  const named = (part: string) =>
    domain !== undefined && (squash(part).includes(domain) || (squash(part).length >= 3 && domain.includes(squash(part))));
  // With no name in the title, the organizer's employer (jane@acme.com: Acme) is the best guess there is.
  const fromDomain = domain ? domain[0].toUpperCase() + domain.slice(1) : '';
  const company = taggedParts.find((part) => !isRole(part)) ?? others.find(named) ?? others[0] ?? fromDomain;
  return { company: company.slice(0, DETAIL_MAX), role: role.slice(0, DETAIL_MAX), ...(kind ? { kind } : {}) };
}

// ─── Where and who ───────────────────────────────────────────────────────────────────────────────────────

const VIDEO_SERVICES: [string, RegExp][] = [
  ['Google Meet', /^https:\/\/meet\.google\.com\//i],
  ['Zoom', /^https:\/\/([\w-]+\.)*(zoom\.us|zoomgov\.com)\//i],
  ['Microsoft Teams', /^https:\/\/teams\.(microsoft|live)\.com\//i],
  ['Webex', /^https:\/\/([\w-]+\.)*webex\.com\//i],
];
const URL = /https:\/\/[^\s<>"'()[\]{}]+/gi;

/** The first link to a video meeting in `texts`, and the service's name. */
function videoLink(texts: readonly (string | undefined)[]): { url: string; service: string } | undefined {
  for (const text of texts) {
    for (const match of text?.matchAll(URL) ?? []) {
      const url = match[0].replace(/[.,;:!?]+$/, '');
      const service = VIDEO_SERVICES.find(([, host]) => host.test(url))?.[0];
      if (service) return { url, service };
    }
  }
  return undefined;
}

/** `text` within `max` characters, cut at a word with an ellipsis. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * Where the meeting is: the invite's LOCATION, with a short video link beside it when there is room, or the
 * video link alone. A link is never cut (a cut link leads nowhere): one longer than the limit is left in the
 * calendar, and the place says so.
 */
function placeOf(location: string, texts: readonly (string | undefined)[]): string | undefined {
  const max = JOURNAL_LIMITS.place;
  // An address on several lines (Apple Calendar writes them so) reads as one: "Initech Café, 14 Bunhill Row, London".
  const where = location
    .split(/\s*\n\s*/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ')
    .replace(/,,/g, ',');
  const link = videoLink([...texts.slice(0, -1), where, texts.at(-1)]);
  const onlyLink = /^https?:\/\/\S+$/i.test(where);
  if (where && !onlyLink) {
    const both = link && !where.includes(link.url) ? `${where} · ${link.url}` : where;
    return both.length <= max ? both : cut(where, max);
  }
  const url = link?.url ?? (onlyLink ? where : undefined);
  if (!url) return undefined;
  if (url.length <= max) return url;
  return `${link?.service ?? 'Online'}: the video link is in your calendar`;
}

/** Addresses that stand for a calendar, not a person. */
const NOT_A_PERSON = /@(group\.)?calendar\.google\.com$|^unknownorganizer@|^noreply@|^no-reply@/i;

function contactOf(organizer: Property | null): { contact?: string; email?: string } {
  if (!organizer) return {};
  const value = String(organizer.getFirstValue() ?? '');
  const email = value.replace(/^mailto:/i, '').trim();
  const name = String(organizer.getParameter('cn') ?? '')
    .replace(/^"|"$/g, '')
    .trim();
  const address = email.includes('@') && !NOT_A_PERSON.test(email) ? email : undefined;
  const contact = (name && !NOT_A_PERSON.test(name) ? name : address)?.slice(0, DETAIL_MAX);
  return { ...(contact ? { contact } : {}), ...(email.includes('@') ? { email } : {}) };
}

// ─── When ────────────────────────────────────────────────────────────────────────────────────────────────

type Start =
  { ok: true; date: IsoDate; time?: string; theirs?: InviteEvent['theirs']; unknownZone?: string } | { ok: false; problem: string };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The start of `event` on the person's clock in `zone`: a date (all day) stays that date; a UTC time, a
 * time in a named zone (IANA, Windows, or else the file's own VTIMEZONE) or a floating time (the person's
 * own, by RFC 5545) becomes their local date and "HH:MM".
 */
function startOf(event: Component, zone: string, raw: string | undefined): Start {
  const prop = event.getFirstProperty('dtstart');
  if (!prop) return { ok: false, problem: 'The event has no start (DTSTART), so there is no day to put in your journal.' };
  const value = String(prop.jCal[3] ?? '');
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})?:(\d{2})?:(\d{2})?(Z)?)?$/.exec(value);
  const date = m ? parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
  const bad = { ok: false, problem: `The event's start, “${raw ?? value}”, is not a date and time, so the invite can't be read.` } as const;
  if (!m || !date) return bad;
  if (m[4] === undefined) return { ok: true, date };
  const fields: ClockFields = { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +(m[5] ?? 0), second: +(m[6] ?? 0) };
  if (fields.hour > 23 || fields.minute > 59 || fields.second! > 60 || m[5] === undefined) return bad;
  const written = `${pad(fields.hour)}:${pad(fields.minute)}`;
  const tzid = prop.getParameter('tzid');
  let instant: number | undefined;
  let theirZone: string | undefined;
  if (m[7]) instant = asUtc(fields);
  else if (typeof tzid === 'string' && tzid) {
    const iana = ianaZone(tzid);
    if (iana) {
      instant = instantOf(fields, iana);
      theirZone = `in ${zoneName(iana)}`;
    } else {
      // Not a zone the browser knows: the file's own definition of it, when it has one.
      try {
        const time = prop.getFirstValue() as { zone?: { tzid?: string; component?: unknown }; toUnixTime(): number };
        if (time.zone?.tzid === tzid && time.zone.component) {
          instant = time.toUnixTime() * 1000;
          theirZone = `in the invite's time zone, “${tzid}”`;
        }
      } catch {
        // An unreadable definition is as good as none: read below as the person's own time.
      }
      if (instant === undefined) return { ok: true, date, time: written, unknownZone: tzid };
    }
  }
  if (instant === undefined) return { ok: true, date, time: written };
  const mine = wallTime(instant, zone);
  const differs = theirZone && (mine.date !== date || mine.time !== written);
  return { ok: true, ...mine, ...(differs ? { theirs: { date, time: written, zone: theirZone! } } : {}) };
}

/** "2:30 PM" for "14:30". */
export function clockText(time: string): string {
  const [h, m] = time.split(':').map(Number);
  return `${h % 12 || 12}:${pad(m)} ${h < 12 ? 'AM' : 'PM'}`;
}

/**
 * When the event is, in words, on the person's clock: "Thursday, December 10 at 2:30 PM, your time (9:30 AM
 * in London, the invite's time)"; "Thursday, December 10, all day".
 */
export function whenText(event: Pick<InviteEvent, 'date' | 'time' | 'theirs' | 'unknownZone'>, today: IsoDate): string {
  const day = formatDate(event.date, today);
  if (!event.time) return `${day}, all day`;
  if (event.unknownZone) {
    return `${day} at ${clockText(event.time)} (read as your time: the invite's time zone, “${event.unknownZone}”, is not one this site knows, so check it in your calendar)`;
  }
  const theirs = event.theirs;
  const their = theirs
    ? ` (${clockText(theirs.time)}${theirs.date !== event.date ? ` on ${formatDate(theirs.date, today)}` : ''} ${theirs.zone}, the invite's time)`
    : '';
  return `${day} at ${clockText(event.time)}, your time${their}`;
}

// ─── Reading ─────────────────────────────────────────────────────────────────────────────────────────────

/** The line of `text` that ical.js quotes in its error, as a person would count it in the file. */
function lineNumber(text: string, quoted: string): number | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const probe = quoted.slice(0, 40);
  const at = lines.findIndex((line) => line === quoted || (probe && line.startsWith(probe)));
  return at >= 0 ? at + 1 : undefined;
}

function parseProblem(error: unknown, text: string): InviteRead {
  const message = error instanceof Error ? error.message : String(error);
  const again = 'Nothing was added: download the invite again from your calendar and choose the new file.';
  if (/component began but did not end/.test(message)) {
    return problem(`The invite can't be read: it stops before its end (the file may have been cut short). ${again}`);
  }
  // ical.js quotes the line it stopped at: 'invalid line (no token ";" or ":") "LINE"', "Invalid parameters in 'LINE'".
  const found = /\) "(.*)"$|in '(.*)'$/.exec(message);
  const quoted = found?.[1] ?? found?.[2];
  if (quoted !== undefined) {
    const line = lineNumber(text, quoted);
    const where = line ? `line ${line}` : 'a line';
    return problem(`The invite can't be read: ${where} (“${cut(quoted, 60)}”) is not written the way a calendar file must be. ${again}`);
  }
  return problem(`The invite can't be read (the calendar reader says: “${cut(message, 120)}”). ${again}`);
}

const text = (c: Component, name: string) => {
  const v = c.getFirstPropertyValue(name);
  return typeof v === 'string' ? v : '';
};

/**
 * Reads an invite file (its bytes, or text already decoded) into the one event it describes, as of `today`
 * on the clock of `zone`, or the problem that stops it, in words a person can act on: the file is not an
 * invite (and what it looks like), too large, unreadable (naming the line), holds no event or several
 * (listing them, so the right one can be exported), repeats, has no start, or falls more than a year from
 * today. A canceled invite is read (`canceled`): what to do with it depends on the journal (invite-merge.ts).
 */
export async function readInvite(file: Uint8Array | string, { today, zone }: ReadOptions): Promise<InviteRead> {
  const tooLarge = sizeProblem(file.length);
  if (tooLarge) return problem(tooLarge);
  const raw = typeof file === 'string' ? file : decodeInvite(file);
  const notInvite = notAnInvite(raw);
  if (notInvite) return problem(notInvite);
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const tooMany = partsProblem(source);
  if (tooMany) return problem(tooMany);

  const { default: ical } = await import('ical.js');
  let roots: Component[];
  try {
    const parsed = ical.parse(source) as unknown[];
    const many = Array.isArray(parsed[0]);
    roots = (many ? parsed : [parsed]).map((jcal) => new ical.Component(jcal as unknown[]));
  } catch (error) {
    return parseProblem(error, raw);
  }

  const events = roots.flatMap((root) => (root.name === 'vevent' ? [root] : root.getAllSubcomponents('vevent')));
  if (!events.length) return problem('This calendar file holds no event (no VEVENT), so there is no interview in it to add.');

  // An event and the changes to single occurrences of it (RECURRENCE-ID) share a UID: one event.
  const groups = new Map<string, Component[]>();
  events.forEach((event, i) => {
    const key = text(event, 'uid') || `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), event]);
  });
  if (groups.size > 1) {
    const list = [...groups.values()].map((group) => {
      const event = group.find((e) => !e.hasProperty('recurrence-id')) ?? group[0];
      const start = startOf(event, zone, undefined);
      const title = text(event, 'summary').trim() || 'Untitled event';
      return start.ok ? `${title}, ${formatDate(start.date, today)}` : title;
    });
    return problem(
      `This file holds ${plural(groups.size, 'event')}, and one invite per file is read, so nothing was added. In your calendar, export just the interview, then choose that file. The events in this file:`,
      list,
    );
  }
  const [[uidText, group]] = groups;
  const master = group.find((e) => !e.hasProperty('recurrence-id'));
  if ((master && (master.hasProperty('rrule') || master.hasProperty('rdate'))) || (!master && group.length > 1)) {
    return problem(
      "This invite repeats (a series, like a weekly meeting), and an interview happens once, so a repeating invite isn't read. If one meeting of the series is your interview, add it with “Add an interview”.",
    );
  }
  const event = master ?? group[0];
  const method = roots.map((r) => text(r, 'method')).find(Boolean) ?? '';
  const canceled = /^cancel$/i.test(method) || /^cancell?ed$/i.test(text(event, 'status'));

  const rawStart = /^DTSTART[^:\n]*:(.*)$/im.exec(source)?.[1]?.trim();
  const start = startOf(event, zone, rawStart);
  if (!start.ok) return problem(start.problem);
  if (!canceled && start.date < addDays(today, -MAX_INTERVIEW_AGE_DAYS)) {
    return problem(
      `The invite is for ${formatDate(start.date, today)}, more than a year ago: the journal keeps the interviews of the past year.`,
    );
  }
  if (!canceled && start.date > addDays(today, MAX_DAYS_AHEAD)) {
    return problem(`The invite is for ${formatDate(start.date, today)}, more than a year ahead: check the date in your calendar.`);
  }

  const title = text(event, 'summary').replace(/\s+/g, ' ').trim();
  const organizer = contactOf(event.getFirstProperty('organizer'));
  const people = event
    .getAllProperties('attendee')
    .map((a) => String(a.getParameter('cn') ?? ''))
    .concat(organizer.contact ?? []);
  const names = readTitle(title, { organizerEmail: organizer.email, people });
  const place = placeOf(text(event, 'location'), [
    text(event, 'x-google-conference'),
    text(event, 'x-microsoft-skypeteamsmeetingurl'),
    text(event, 'description'),
  ]);
  // Without a UID (which RFC 5545 requires), the start and title stand for it, so the same file still matches.
  const uid = uidDigest(uidText.startsWith('#') ? `${rawStart ?? ''}|${title}` : uidText);
  return {
    ok: true,
    event: {
      uid,
      title,
      ...names,
      date: start.date,
      ...(start.time ? { time: start.time } : {}),
      ...(start.theirs ? { theirs: start.theirs } : {}),
      ...(start.unknownZone ? { unknownZone: start.unknownZone } : {}),
      ...(place ? { place } : {}),
      ...(organizer.contact ? { contact: organizer.contact } : {}),
      canceled,
    },
  };
}
