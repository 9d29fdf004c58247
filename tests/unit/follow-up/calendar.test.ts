import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  calendarEntries,
  calendarLabel,
  mergeSteps,
  PLAN_STEP_TEXTS,
  shortTitle,
  type DatedStep,
} from '../../../src/lib/follow-up/calendar';
import { icsFile } from '../../../src/lib/follow-up/ics';
import { planFollowUps, PLAN_KEYS, type PlanDates } from '../../../src/lib/follow-up/timeline';
import { US } from '../../fixtures/calendars.ts';

const planSteps = (dates: PlanDates): DatedStep[] =>
  PLAN_KEYS.map((key) => ({ key, title: PLAN_STEP_TEXTS[key].name, description: PLAN_STEP_TEXTS[key].description, date: dates[key] }));

const today = '2026-11-20';
const plan = planFollowUps({ interviewDate: '2026-11-19', thankYou: 'not-sent' }, today, US);
// Long, with multi-byte characters: folding must count octets, not characters.
const label = 'Zoë’s Café Coöperative · Senior principal product designer, platform team';
const entries = calendarEntries(planSteps(plan.dates), label, 'interview-42', today);

describe('calendarEntries', () => {
  it('makes one all-day entry per step, from today on', () => {
    expect(entries.map((e) => [e.start, e.end])).toEqual([
      ['2026-11-20', '2026-11-21'],
      // A week after the interview is Thanksgiving: the first follow-up is the day after, and the rest follow it.
      ['2026-11-27', '2026-11-28'],
      ['2026-12-04', '2026-12-05'],
      ['2026-12-11', '2026-12-12'],
    ]);
    expect(calendarEntries(planSteps(plan.dates), label, 'x', '2026-11-28').map((e) => e.start)).toEqual(['2026-12-04', '2026-12-11']);
  });

  it('names entries shortly: the step, then the company and role', () => {
    expect(calendarLabel({ company: ' Acme ', role: 'Product Manager' })).toBe('Acme, Product Manager');
    expect(calendarLabel({})).toBe('your interview');
    const [first] = calendarEntries(planSteps(plan.dates), calendarLabel({ company: 'Acme', role: 'Product Manager' }), 'x', today);
    expect(first.title).toBe('Thank-you note: Acme, Product Manager');
  });
});

describe('mergeSteps and shortTitle', () => {
  it('gives items due on the same step one entry, listing them all', () => {
    const merged = mergeSteps([
      { key: 'thankYouBy', title: 'Thank-you note', description: 'Thank each interviewer', date: '2026-11-23' },
      { key: 'check-contact', title: 'Check your contact details', description: 'Spam folder too', date: '2026-11-21' },
      { key: 'thankYouBy', title: 'Thank-you note', description: 'Thank the recruiter', date: '2026-11-23' },
    ]);
    expect(merged.map((s) => s.key)).toEqual(['thankYouBy', 'check-contact']);
    expect(merged[0].description).toBe('Thank each interviewer\nThank the recruiter');
    const uids = calendarEntries(merged, 'Acme', 'x', '2026-11-20').map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });
  it('cuts long titles at a word, and leaves short ones alone', () => {
    expect(shortTitle('Check your contact details')).toBe('Check your contact details');
    const cut = shortTitle('Write down every question you fumbled and what you would say now, within the hour');
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut).toMatch(/\w…$/);
  });
});

describe('icsFile', () => {
  it('parses back, field by field, as the same entries', async () => {
    const text = await icsFile(entries);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(4);
    events.forEach((event, i) => {
      expect(event.uid).toBe(entries[i].uid);
      expect(event.summary).toBe(entries[i].title);
      expect(event.description).toBe(entries[i].description);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(entries[i].start);
      expect(event.endDate.toString()).toBe(entries[i].end);
    });
    expect(events[1].summary).toBe(`First follow-up: ${label}`);
  });

  it('reminds on the morning of each all-day entry', async () => {
    const calendar = new ICAL.Component(ICAL.parse(await icsFile(entries)));
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const alarm = vevent.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('PT9H');
    }
  });

  it('folds long lines at 75 octets and ends lines with CRLF, as RFC 5545 asks', async () => {
    const text = await icsFile(entries);
    const lines = text.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' ') || line.startsWith('\t'))).toBe(true); // folded continuations
    expect(text.split('\n').length).toBe(lines.length); // no bare LF
  });

  it('keeps UIDs stable, so importing an updated plan replaces entries', () => {
    const later = calendarEntries(
      planSteps(planFollowUps({ interviewDate: '2026-11-19', promisedBy: '2026-12-01' }, today, US).dates),
      label,
      'interview-42',
      today,
    );
    expect(later.map((e) => e.uid)).toEqual(entries.map((e) => e.uid));
    expect(later[1].start).not.toBe(entries[1].start);
  });
});
