/**
 * Reading a calendar invite: the invites Google Calendar, Outlook and Apple Calendar write (tests/fixtures/invites/)
 * read into the interview a person would see in their own calendar, on their own clock; every way a file can
 * fail to be one invite says why; time zones, all-day and floating times, folded lines and line endings are
 * held to their rules over generated cases.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/core/dates';
import { readInvite, readTitle, uidDigest, whenText, type InviteEvent } from '../../../src/lib/journal/invite';
import { LIMITS } from '../../../src/lib/core/limits';
import { ianaZone } from '../../../src/lib/journal/invite-time';
import { JOURNAL_LIMITS } from '../../../src/lib/interviews/journal-record';

const TODAY = '2026-12-06';
const DIR = join(import.meta.dirname, '../../fixtures/invites');
const fixture = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Reads `file` as a person in `zone` would, today; the event, or fails the test with the problem. */
async function event(file: Uint8Array | string, zone = 'America/New_York', today = TODAY): Promise<InviteEvent> {
  const read = await readInvite(file, { today, zone });
  if (!read.ok) throw new Error(read.problem);
  return read.event;
}
async function problemOf(file: Uint8Array | string, zone = 'America/New_York', today = TODAY) {
  const read = await readInvite(file, { today, zone });
  if (read.ok) throw new Error(`read as an event: ${read.event.title}`);
  return read;
}

/** A one-event calendar around `lines` (the event's properties), CRLF as RFC 5545 asks. */
const ics = (lines: string[], { eol = '\r\n', before = [] as string[] } = {}) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Test//EN',
    ...before,
    'BEGIN:VEVENT',
    'UID:test-1@example.com',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .join(eol)
    .concat(eol);

describe('invites from the three calendars people use', () => {
  it('Google Calendar: the time in its VTIMEZONE, the Meet link as the place, the organizer as the contact', async () => {
    expect(await event(fixture('google.ics'))).toEqual({
      uid: uidDigest('4k2v0n8q3t1s9r7p5m6l2j4h8g@google.com'),
      title: 'Interview with Acme',
      company: 'Acme',
      role: '',
      date: '2026-12-10',
      time: '14:30',
      place: 'https://meet.google.com/abc-defg-hij',
      contact: 'Maya Chen',
      canceled: false,
    });
  });

  it('Outlook: a Windows zone name ("Eastern Standard Time") is New York time; a Teams link too long to keep stays in the calendar', async () => {
    const read = await event(fixture('outlook.ics'), 'Europe/London');
    expect(read).toMatchObject({
      title: 'Globex | Final round | Senior Data Analyst',
      company: 'Globex',
      role: 'Senior Data Analyst',
      kind: 'final',
      date: '2026-12-15',
      time: '15:00',
      theirs: { date: '2026-12-15', time: '10:00', zone: 'in New York' },
      place: 'Microsoft Teams Meeting',
      contact: 'Sam Lee',
    });
    expect(whenText(read, TODAY)).toBe("Tuesday, December 15 at 3:00 PM, your time (10:00 AM in New York, the invite's time)");
  });

  it("Apple Calendar: London time read in Kolkata, an address on several lines, the round's kind from the title", async () => {
    const read = await event(fixture('apple.ics'), 'Asia/Kolkata');
    expect(read).toMatchObject({
      company: 'Initech',
      role: 'Backend Engineer',
      kind: 'technical',
      date: '2026-12-11',
      time: '15:00',
      place: 'Initech Café, 14 Bunhill Row, London EC1Y 8NQ',
    });
    expect(read.contact).toBeUndefined();
    expect(whenText(read, TODAY)).toBe("Friday, December 11 at 3:00 PM, your time (9:30 AM in London, the invite's time)");
  });

  it('an all-day event is its date in any time zone, with no time', async () => {
    for (const zone of ['Pacific/Honolulu', 'UTC', 'Pacific/Kiritimati']) {
      const read = await event(fixture('all-day.ics'), zone);
      expect(read).toMatchObject({ date: '2026-12-17', company: 'Hooli', role: 'Product Manager', kind: 'panel' });
      expect(read.time).toBeUndefined();
      expect(whenText(read, TODAY)).toBe('Thursday, December 17, all day');
    }
  });

  it('a canceled invite is read as canceled, with the UID of the invite it cancels', async () => {
    const canceled = await event(fixture('canceled.ics'));
    expect(canceled.canceled).toBe(true);
    expect(canceled.uid).toBe((await event(fixture('google.ics'))).uid);
    expect((await event(ics(['DTSTART:20261210T150000Z', 'STATUS:CANCELLED']))).canceled).toBe(true);
  });

  it('line endings do not matter: CRLF, LF or CR alone read the same', async () => {
    for (const name of readdirSync(DIR)) {
      const text = new TextDecoder().decode(fixture(name));
      const expected = await readInvite(text, { today: TODAY, zone: 'Europe/Berlin' });
      for (const eol of ['\n', '\r']) {
        expect(
          await readInvite(utf8(text.replace(/\r\n/g, eol)), { today: TODAY, zone: 'Europe/Berlin' }),
          `${name} ${JSON.stringify(eol)}`,
        ).toEqual(expected);
      }
    }
  });
});

describe('what stops an invite, said so a person can act on it', () => {
  const HOW = 'In your calendar, open the interview and download or export its invite (a .ics file), then choose that file.';

  it('names what a file is when it is not an invite', async () => {
    const cases: [string, Uint8Array | string, string][] = [
      ['empty', '', 'The file is empty: there is no invite in it.'],
      ['blank', ' \r\n\t', 'The file is empty: there is no invite in it.'],
      [
        'a zip',
        'PK\u0003\u0004word/document.xml',
        `This is not a calendar invite: it is a binary file (a document, an image or an archive). ${HOW}`,
      ],
      ['a PDF', '%PDF-1.7\n', `This is not a calendar invite: it is a binary file (a document, an image or an archive). ${HOW}`],
      [
        'an image',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
        `This is not a calendar invite: it is a binary file (a document, an image or an archive). ${HOW}`,
      ],
      [
        'a CSV',
        'Company,Role,Date\nAcme,Designer,12/10/2026\n',
        'This looks like a spreadsheet (CSV), not a calendar invite: add it with “Import from a spreadsheet” below the journal.',
      ],
      [
        'a Callback backup',
        '{"format":"callback-data","version":1,"stores":{}}',
        'This is a Callback data file, not a calendar invite: import it on the “Your data” page.',
      ],
      [
        'a contact card',
        'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Maya Chen\r\nEND:VCARD\r\n',
        `This is a contact card (vCard), not a calendar invite. ${HOW}`,
      ],
      ['a web page', '<!DOCTYPE html><html><body>Your invite</body></html>', `This is a web page, not a calendar invite. ${HOW}`],
      [
        'other text',
        'Interview with Acme on Thursday at 2:30',
        `This is not a calendar invite: an invite file starts with “BEGIN:VCALENDAR”, and this one does not. ${HOW}`,
      ],
    ];
    for (const [what, file, message] of cases) expect((await problemOf(file)).problem, what).toBe(message);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = ics(['DTSTART:20261210T150000Z', `DESCRIPTION:${'x'.repeat(LIMITS.invite.input)}`]);
    expect((await problemOf(huge)).problem).toBe(
      'The file is larger than 1 MB, and an invite is a few kilobytes. Check that you chose the invite (a .ics file).',
    );
  });

  it('names the line it cannot read, and a file cut short', async () => {
    expect((await problemOf(fixture('broken.ics'))).problem).toBe(
      "The invite can't be read: line 10 (“Parking is behind the building”) is not written the way a calendar file must be. Nothing was added: download the invite again from your calendar and choose the new file.",
    );
    const cut = ics(['DTSTART:20261210T150000Z']).replace(/END:VEVENT[\s\S]*$/, '');
    expect((await problemOf(cut)).problem).toBe(
      "The invite can't be read: it stops before its end (the file may have been cut short). Nothing was added: download the invite again from your calendar and choose the new file.",
    );
  });

  it('a calendar with no event, or several, says so and lists them so the right one can be exported', async () => {
    const todo = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t\r\nSUMMARY:Send portfolio\r\nEND:VTODO\r\nEND:VCALENDAR\r\n';
    expect((await problemOf(todo)).problem).toBe('This calendar file holds no event (no VEVENT), so there is no interview in it to add.');
    expect(await problemOf(fixture('two-events.ics'))).toEqual({
      ok: false,
      problem:
        'This file holds 2 events, and one invite per file is read, so nothing was added. In your calendar, export just the interview, then choose that file. The events in this file:',
      list: ['Umbrella Corp – Hiring manager interview, Monday, December 14', 'Dentist, Friday, December 18'],
    });
  });

  it('a repeating event is not an interview, overrides of one occurrence included', async () => {
    const series =
      "This invite repeats (a series, like a weekly meeting), and an interview happens once, so a repeating invite isn't read. If one meeting of the series is your interview, add it with “Add an interview”.";
    expect((await problemOf(fixture('recurring.ics'))).problem).toBe(series);
    expect((await problemOf(ics(['DTSTART:20261210T150000Z', 'RDATE:20261217T150000Z']))).problem).toBe(series);
  });

  it('one moved occurrence of a series, sent on its own, is one event', async () => {
    const single = ics(['RECURRENCE-ID:20261215T150000Z', 'DTSTART:20261216T150000Z', 'SUMMARY:Acme – Designer interview']);
    expect(await event(single, 'UTC')).toMatchObject({ date: '2026-12-16', time: '15:00', company: 'Acme' });
  });

  it('an event with no start, or a start that is not a date, is refused', async () => {
    expect((await problemOf(ics(['SUMMARY:Interview with Acme']))).problem).toBe(
      'The event has no start (DTSTART), so there is no day to put in your journal.',
    );
    expect((await problemOf(ics(['DTSTART:20261310T250000']))).problem).toBe(
      "The event's start, “20261310T250000”, is not a date and time, so the invite can't be read.",
    );
  });

  it('accepts a year back and a year ahead, and says why a date past either is refused', async () => {
    const on = (date: string) => ics([`DTSTART;VALUE=DATE:${date.replace(/-/g, '')}`]);
    expect((await event(on(addDays(TODAY, -365)))).date).toBe('2025-12-06');
    expect((await event(on(addDays(TODAY, 365)))).date).toBe('2027-12-06');
    expect((await problemOf(on(addDays(TODAY, -366)))).problem).toBe(
      'The invite is for Friday, December 5, 2025, more than a year ago: the journal keeps the interviews of the past year.',
    );
    expect((await problemOf(on(addDays(TODAY, 366)))).problem).toBe(
      'The invite is for Tuesday, December 7, 2027, more than a year ahead: check the date in your calendar.',
    );
  });
});

// ─── Time zones ───────────────────────────────────────────────────────────────────────────────────────────

const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Africa/Casablanca',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'Pacific/Chatham',
  'Pacific/Honolulu',
  'UTC',
];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const parts = (zone: string, instant: number) => {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    time: `${p.hour}:${p.minute}`,
    ical: `${p.year}${p.month}${p.day}T${p.hour}${p.minute}00`,
  };
};
/** The zone's clock minus UTC at `instant`. */
const offset = (zone: string, instant: number) => {
  const { date, time } = parts(zone, instant);
  return Date.parse(`${date}T${time}:00Z`) - instant;
};
const todayMs = Date.parse(`${TODAY}T12:00:00Z`);
/** Whole minutes within 300 days of today. */
const instant = fc.integer({ min: -300 * 24 * 60, max: 300 * 24 * 60 }).map((m) => todayMs + m * MINUTE);
const zone = fc.constantFrom(...ZONES);

describe('time zones', () => {
  it('an event at any instant, written in any zone, reads in any other as the clock there shows it', async () => {
    await fc.assert(
      fc.asyncProperty(instant, zone, zone, async (t, theirs, mine) => {
        // Times in the hour clocks go back happen twice; RFC 5545 picks the first (checked below by example).
        fc.pre(offset(theirs, t - 3 * HOUR) === offset(theirs, t + 3 * HOUR));
        const read = await event(ics([`DTSTART;TZID=${theirs}:${parts(theirs, t).ical}`]), mine);
        const expected = parts(mine, t);
        expect([read.date, read.time]).toEqual([expected.date, expected.time]);
        // The invite's own clock is shown only when it differs from the person's.
        const own = parts(theirs, t);
        expect(read.theirs).toEqual(
          own.date === expected.date && own.time === expected.time ? undefined : { ...own, ical: undefined, zone: expect.any(String) },
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a UTC time ("Z") reads as the clock of any zone shows that instant, with no invite time beside it', async () => {
    await fc.assert(
      fc.asyncProperty(instant, zone, async (t, mine) => {
        const read = await event(ics([`DTSTART:${parts('UTC', t).ical}Z`]), mine);
        expect([read.date, read.time, read.theirs]).toEqual([parts(mine, t).date, parts(mine, t).time, undefined]);
      }),
      { numRuns: 200 },
    );
  });

  it('a floating time, and an all-day date, are the same on every clock', async () => {
    await fc.assert(
      fc.asyncProperty(instant, zone, async (t, mine) => {
        const { ical, date, time } = parts('UTC', t);
        expect(await event(ics([`DTSTART:${ical}`]), mine)).toMatchObject({ date, time });
        const allDay = await event(ics([`DTSTART;VALUE=DATE:${ical.slice(0, 8)}`]), mine);
        expect([allDay.date, allDay.time]).toEqual([date, undefined]);
      }),
      { numRuns: 200 },
    );
  });

  it('follows RFC 5545 where a clock jumps: a time that happens twice is the first, one that never happens moves on', async () => {
    // New York, November 1, 2026: 1:30 AM happens in daylight time (UTC−4), then again in standard time.
    expect(await event(ics(['DTSTART;TZID=America/New_York:20261101T013000']), 'UTC')).toMatchObject({ date: '2026-11-01', time: '05:30' });
    // March 14, 2027: clocks go from 2:00 to 3:00, so 2:30 is read with the offset before (UTC−5): 3:30 daylight time.
    expect(await event(ics(['DTSTART;TZID=America/New_York:20270314T023000']), 'UTC')).toMatchObject({ date: '2027-03-14', time: '07:30' });
  });

  it('Windows zone names read as their IANA zones; a prefixed TZID too', async () => {
    const pairs: [string, string][] = [
      ['Eastern Standard Time', 'America/New_York'],
      ['Pacific Standard Time', 'America/Los_Angeles'],
      ['GMT Standard Time', 'Europe/London'],
      ['W. Europe Standard Time', 'Europe/Berlin'],
      ['India Standard Time', 'Asia/Kolkata'],
      ['AUS Eastern Standard Time', 'Australia/Sydney'],
      ['/mozilla.org/20070129_1/Europe/London', 'Europe/London'],
      ['"America/Argentina/Buenos_Aires"', 'America/Argentina/Buenos_Aires'],
    ];
    for (const [tzid, iana] of pairs) expect(ianaZone(tzid), tzid).toBe(iana);
    for (const wall of ['20260704T090000', '20261210T143000']) {
      const windows = await event(ics([`DTSTART;TZID=Eastern Standard Time:${wall}`]), 'Asia/Tokyo');
      const named = await event(ics([`DTSTART;TZID=America/New_York:${wall}`]), 'Asia/Tokyo');
      expect([windows.date, windows.time]).toEqual([named.date, named.time]);
    }
  });

  it("a zone no browser knows is read from the file's own VTIMEZONE, daylight time included", async () => {
    const tzid = '(UTC-05:00) Eastern Time (US & Canada)';
    const vtimezone = [
      'BEGIN:VTIMEZONE',
      `TZID:${tzid}`,
      'BEGIN:STANDARD',
      'DTSTART:16010101T020000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:16010101T020000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ];
    const winter = await event(ics([`DTSTART;TZID="${tzid}":20261210T100000`], { before: vtimezone }), 'Europe/London');
    expect(winter).toMatchObject({
      date: '2026-12-10',
      time: '15:00',
      theirs: { time: '10:00', zone: `in the invite's time zone, “${tzid}”` },
    });
    const summer = await event(ics([`DTSTART;TZID="${tzid}":20270610T100000`], { before: vtimezone }), 'Europe/London', '2027-01-10');
    expect([summer.date, summer.time]).toEqual(['2027-06-10', '15:00']);
  });

  it('a zone neither known nor defined is read as the person’s own time, and the words say to check it', async () => {
    const read = await event(ics(['DTSTART;TZID=Mars/Olympus_Mons:20261210T143000']), 'Asia/Tokyo');
    expect(read).toMatchObject({ date: '2026-12-10', time: '14:30', unknownZone: 'Mars/Olympus_Mons' });
    expect(whenText(read, TODAY)).toBe(
      "Thursday, December 10 at 2:30 PM (read as your time: the invite's time zone, “Mars/Olympus_Mons”, is not one this site knows, so check it in your calendar)",
    );
  });
});

describe('folded lines', () => {
  /** `line` folded every 75 octets (74 after the fold's space), wherever that falls, even inside a character. */
  function foldOctets(line: string, eol: string): Uint8Array {
    const bytes = utf8(line);
    const chunks: Uint8Array[] = [];
    for (let at = 0, first = true; at < bytes.length; first = false) {
      const size = first ? 75 : 74;
      if (!first) chunks.push(utf8(`${eol} `));
      chunks.push(bytes.subarray(at, at + size));
      at += size;
    }
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
    return out;
  }
  const join = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
    return out;
  };
  const letters = fc.constantFrom('a', 'Z', 'é', 'ß', '’', '–', '中', '文', '😀', '🧑‍💻', ' ', 'ü', 'ø');

  it('a title folded anywhere, in the middle of a UTF-8 character too, reads back whole, with CRLF or LF', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(letters, { minLength: 1, maxLength: 120 }), fc.constantFrom('\r\n', '\n'), async (chars, eol) => {
        const title = chars.join('');
        const [head, tail] = ics(['DTSTART:20261210T150000Z', 'SUMMARY:@'], { eol }).split('SUMMARY:@');
        const file = join(utf8(head), foldOctets(`SUMMARY:${title}`, eol), utf8(tail));
        expect((await event(file)).title).toBe(title.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 200 },
    );
  });

  it('the fixtures fold long lines (Google at 75 octets) and read as written', async () => {
    const google = new TextDecoder().decode(fixture('google.ics'));
    expect(google).toMatch(/\r\n [^\r\n]/);
    expect((await event(fixture('google.ics'))).place).toBe('https://meet.google.com/abc-defg-hij');
  });
});

describe('the place and the contact', () => {
  const place = async (...lines: string[]) => (await event(ics(['DTSTART:20261210T150000Z', ...lines]))).place;

  it('keeps a location, adds a short video link when it fits, and finds a link in the description', async () => {
    expect(await place('LOCATION:Room 4\\, Acme HQ', 'X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij')).toBe(
      'Room 4, Acme HQ · https://meet.google.com/abc-defg-hij',
    );
    expect(await place('DESCRIPTION:Join Zoom Meeting\\nhttps://us02web.zoom.us/j/81234567890\\nMeeting ID: 812 3456 7890')).toBe(
      'https://us02web.zoom.us/j/81234567890',
    );
    expect(await place('LOCATION:https://acme.webex.com/meet/maya.chen')).toBe('https://acme.webex.com/meet/maya.chen');
    expect(await place('SUMMARY:Acme interview')).toBeUndefined();
  });

  it('never cuts a link: one past the limit is left in the calendar, and the place says so', async () => {
    const zoom = `https://us02web.zoom.us/j/81234567890?pwd=${'Q'.repeat(90)}.1`;
    expect(zoom.length).toBeGreaterThan(JOURNAL_LIMITS.place);
    expect(await place(`LOCATION:${zoom}`)).toBe('Zoom: the video link is in your calendar');
    expect(await place(`DESCRIPTION:Join: ${zoom}`)).toBe('Zoom: the video link is in your calendar');
  });

  it('cuts a long address at a word, within the limit', async () => {
    const address = 'Acme Tower, 1200 Avenue of the Americas, 23rd floor, reception desk B (ask for the design team), New York, NY 10036';
    const cut = await place(`LOCATION:${address.replace(/,/g, '\\,')}`);
    expect(cut!.length).toBeLessThanOrEqual(JOURNAL_LIMITS.place);
    expect(cut).toMatch(/^Acme Tower, 1200 Avenue of the Americas, .*[a-z)]…$/);
    expect(address.startsWith(cut!.slice(0, -1))).toBe(true);
  });

  it("the contact is the organizer's name, else its address; a calendar's own address is no one", async () => {
    const contact = async (line: string) => (await event(ics(['DTSTART:20261210T150000Z', line]))).contact;
    expect(await contact('ORGANIZER;CN="Chen, Maya":mailto:maya.chen@acme.com')).toBe('Chen, Maya');
    expect(await contact('ORGANIZER:mailto:maya.chen@acme.com')).toBe('maya.chen@acme.com');
    expect(await contact('ORGANIZER:mailto:c_1a2b3c@group.calendar.google.com')).toBeUndefined();
  });
});

describe("the UID's digest", () => {
  it('is short, the same for the same UID, and differs between UIDs', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.string({ minLength: 1, maxLength: 300 }), (a, b) => {
        expect(uidDigest(a)).toMatch(/^[0-9a-z]{1,13}$/);
        expect(uidDigest(a)).toBe(uidDigest(a));
        if (a !== b) expect(uidDigest(a)).not.toBe(uidDigest(b));
      }),
    );
  });

  it('an invite without a UID still reads the same each time (its start and title stand for it)', async () => {
    const file = ics(['DTSTART:20261210T150000Z', 'SUMMARY:Acme interview']).replace('UID:test-1@example.com\r\n', '');
    expect((await event(file)).uid).toBe((await event(file)).uid);
  });
});

describe('the title: company, role and kind of round', () => {
  const cases: [string, Partial<ReturnType<typeof readTitle>>, Parameters<typeof readTitle>[1]?][] = [
    // Google Calendar: what the person or recruiter typed.
    ['Interview with Acme', { company: 'Acme', role: '' }],
    ['Acme – Product Designer interview', { company: 'Acme', role: 'Product Designer' }],
    ['Product Designer interview @ Acme', { company: 'Acme', role: 'Product Designer' }],
    ['Phone screen: Acme (Designer)', { company: 'Acme', role: 'Designer', kind: 'screen' }],
    ['Interview with Jane Doe', { company: 'Acme', role: '' }, { organizerEmail: 'jane.doe@acme.com', people: ['Jane Doe'] }],
    // Outlook and hiring systems.
    ['Acme | Final round | Designer', { company: 'Acme', role: 'Designer', kind: 'final' }],
    ['Globex | Final round | Senior Data Analyst', { company: 'Globex', role: 'Senior Data Analyst', kind: 'final' }],
    [
      'Hiring Manager Interview - Senior Engineer - Stark Industries',
      { company: 'Stark Industries', role: 'Senior Engineer', kind: 'hiring-manager' },
    ],
    ['Acme <> Alex Rivera: Hiring manager call', { company: 'Acme', role: '', kind: 'hiring-manager' }, { people: ['Alex Rivera'] }],
    ['Second round interview at Acme for the Data Analyst role', { company: 'Acme', role: 'Data Analyst' }],
    ['Recruiter screen with Umbrella Corp', { company: 'Umbrella Corp', role: '', kind: 'screen' }],
    ['Invitation: Acme Tech – Designer interview', { company: 'Acme Tech', role: 'Designer' }],
    // Apple Calendar: short, as typed on a phone.
    ['Technical interview – Initech – Backend Engineer', { company: 'Initech', role: 'Backend Engineer', kind: 'technical' }],
    ['System design interview (Acme, Staff Engineer)', { company: 'Acme', role: 'Staff Engineer', kind: 'technical' }],
    ['Take-home review - Acme', { company: 'Acme', role: '', kind: 'technical' }],
    ['Hooli onsite – Product Manager', { company: 'Hooli', role: 'Product Manager', kind: 'panel' }],
    ['Acme, Inc. – UX Designer – Panel', { company: 'Acme, Inc.', role: 'UX Designer', kind: 'panel' }],
    ['Interview with Acme via Zoom', { company: 'Acme', role: '' }],
    // Unsure: left empty rather than guessed.
    ['Acme interview', { company: 'Acme', role: '' }],
    ['Product Designer interview', { company: '', role: 'Product Designer' }],
    ['Interview', { company: '', role: '' }],
  ];
  for (const [title, expected, hints] of cases) {
    it(JSON.stringify(title), () => {
      const read = readTitle(title, hints);
      expect(read).toMatchObject(expected);
      if (!expected.kind) expect(read.kind).toBeUndefined();
    });
  }
});
