/**
 * Clock times across time zones, for reading a calendar invite: which IANA zone an invite's TZID names
 * (Outlook writes Windows names such as "Eastern Standard Time"), the instant a wall-clock time in a zone
 * stands for, and that instant on the person's own clock. The browser's Intl.DateTimeFormat knows every
 * zone's rules, so nothing here carries a table of offsets.
 */
import type { IsoDate } from '../core/dates.ts';

/** A moment as a clock and a calendar show it: a date and "HH:MM". */
export interface WallTime {
  date: IsoDate;
  time: string;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The Windows time zone names Outlook and Exchange write as a TZID, with the IANA zone each means (the
 * "001" row of Unicode CLDR's windowsZones.xml), for the zones most people live in. A name missing here
 * falls back on the invite's own VTIMEZONE.
 */
const WINDOWS_ZONES: Record<string, string> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'UTC-11': 'Etc/GMT+11',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Mountain Standard Time': 'America/Denver',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time (Mexico)': 'America/Cancun',
  'Eastern Standard Time': 'America/New_York',
  'US Eastern Standard Time': 'America/Indiana/Indianapolis',
  'Venezuela Standard Time': 'America/Caracas',
  'Atlantic Standard Time': 'America/Halifax',
  'SA Western Standard Time': 'America/La_Paz',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'SA Eastern Standard Time': 'America/Cayenne',
  UTC: 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'GTB Standard Time': 'Europe/Bucharest',
  'Middle East Standard Time': 'Asia/Beirut',
  'Egypt Standard Time': 'Africa/Cairo',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'FLE Standard Time': 'Europe/Kiev',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arab Standard Time': 'Asia/Riyadh',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Kolkata',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'W. Australia Standard Time': 'Australia/Perth',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'Tasmania Standard Time': 'Australia/Hobart',
  'New Zealand Standard Time': 'Pacific/Auckland',
};
const WINDOWS_BY_LOWER = new Map(Object.entries(WINDOWS_ZONES).map(([name, zone]) => [name.toLowerCase(), zone]));

const formatters = new Map<string, Intl.DateTimeFormat | null>();
/** A formatter giving a zone's wall clock in numbers, or null when the browser knows no such zone. */
function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

/** Whether the browser knows `zone` as an IANA time zone. */
const isKnownZone = (zone: string) => zone !== '' && formatter(zone) !== null;

/**
 * The IANA zone a TZID names, or undefined: an IANA name as is, a Windows name through the table above,
 * or the IANA name at the end of a prefixed TZID ("/mozilla.org/20070129_1/Europe/London", as older
 * Thunderbird and Evolution write).
 */
export function ianaZone(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (!name) return undefined;
  const windows = WINDOWS_BY_LOWER.get(name.toLowerCase());
  if (windows) return windows;
  if (isKnownZone(name)) return name;
  const parts = name.split('/').filter(Boolean);
  // The longest tail that is a zone, so "America/Argentina/Buenos_Aires" wins over "Buenos_Aires".
  for (let i = 0; i < parts.length - 1; i++) {
    const tail = parts.slice(i).join('/');
    if (/^[A-Za-z]/.test(tail) && isKnownZone(tail)) return tail;
  }
  return undefined;
}

/** How a zone is named to a person: its city ("New York", "Kolkata"), or UTC. */
export function zoneName(zone: string): string {
  if (/^(Etc\/)?(UTC|GMT|Zulu|UCT|Universal)$/i.test(zone)) return 'UTC';
  return zone.split('/').at(-1)!.replace(/_/g, ' ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall clock of `zone` at `instant` (ms since 1970, UTC), to the second, as numbers. */
function clock(zone: string, instant: number): [number, number, number, number, number, number] {
  const parts = formatter(zone)!.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return [get('year'), get('month'), get('day'), get('hour') % 24, get('minute'), get('second')];
}

/** How far `zone`'s clock is ahead of UTC at `instant`, in ms. */
function offsetAt(zone: string, instant: number): number {
  const [y, mo, d, h, mi, s] = clock(zone, instant);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(instant / 1000) * 1000;
}

/** The wall clock of `zone` at `instant`, as a date and "HH:MM". The zone must be known (isKnownZone). */
export function wallTime(instant: number, zone: string): WallTime {
  const [y, mo, d, h, mi] = clock(zone, instant);
  return { date: `${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)}`, time: `${pad(h)}:${pad(mi)}` };
}

/** The fields of a date-time as an invite writes it, read as if in UTC: the zone is applied after. */
export interface ClockFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}
export const asUtc = (c: ClockFields) => Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second ?? 0);

/**
 * The instant a wall-clock time in `zone` stands for, by RFC 5545's rule (3.3.5): a time that happens twice
 * (the hour the clocks go back) is its first occurrence; a time that never happens (the hour they go
 * forward) is read with the offset from before the change, so 2:30 on a spring-forward night in New York is
 * 3:30 daylight time.
 */
export function instantOf(fields: ClockFields, zone: string): number {
  const wall = asUtc(fields);
  // A day either side is past any single change of offset, so the two offsets are "before" and "after".
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);
  const fits = [before, after].map((offset) => wall - offset).filter((t) => offsetAt(zone, t) === wall - t);
  return fits.length ? Math.min(...fits) : wall - before;
}
