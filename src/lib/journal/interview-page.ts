/**
 * What one interview's page shows, worked out once so the page only renders it: its name, the one next step,
 * where it stands (before its day, on the day, after it), when and where it is, the follow-up plan's dates and
 * the email due, and the words of its delete question.
 */
import { formatDate, type IsoDate } from '../core/dates.ts';
import { PLAN_STEP_TEXTS } from '../follow-up/calendar.ts';
import { arrangerOf, composeEmail, type Email } from '../follow-up/email.ts';
import type { WorkCalendar } from '../follow-up/work-calendar.ts';
import type { MessageKind, PlanStep } from '../follow-up/timeline.ts';
import { interviewLabel, type InterviewRecord } from '../interviews/interviews.ts';
import { readTiming } from '../interviews/timing-answers.ts';
import { answersToday, foldEvents } from './journal.ts';
import { nextStep, timelineToday, type NextStep } from './next-step.ts';
import { lastInterview } from './patterns.ts';
import { upcomingText } from './view.ts';

/** Where the interview is: still ahead, today, or behind (closed ones included). */
type Phase = 'before' | 'day' | 'after';

export interface InterviewPageView {
  /** "Acme · Designer · December 10": the page's title and heading. */
  label: string;
  next: NextStep;
  phase: Phase;
  /** The interview still to come: "Thursday, December 10 at 2:30 PM · in 4 days". */
  when?: string;
  /** Where it takes place, from its calendar invite; a web address is a link. */
  place?: { text: string; href?: string };
  /** An interview has taken place (today included): the debrief is asked for. */
  held: boolean;
  /** The follow-up plan's steps in words, while it is open and an interview has taken place. */
  plan: { key: PlanStep['key']; text: string; state: PlanStep['state'] }[];
  /** The message the plan asks for now, drafted. */
  email?: { kind: MessageKind; email: Email };
  /** "Delete Acme · Designer? This removes its rounds, events and debrief from this browser." */
  deleteQuestion: string;
}

/** How each step of the plan reads beside its name. */
function stepWords(step: PlanStep, today: IsoDate): string {
  const on = step.date ? formatDate(step.date, today) : '';
  switch (step.state) {
    case 'done':
      return step.sent ? `sent ${formatDate(step.sent, today)}` : 'done';
    case 'due':
      return step.date && step.date < today ? `due (it was for ${on})` : `due ${step.date === today ? 'today' : on}`;
    case 'upcoming':
      return on;
    case 'folded':
      return 'goes into the follow-up as a line of thanks';
    case 'past':
      return `${on}, passed`;
  }
}

/**
 * What deleting asks, naming the interview by company and role (its label, date included, when it has
 * neither): "Delete Acme · Designer? This removes its rounds, events and debrief from this browser."
 */
export function deleteQuestion(record: InterviewRecord, today: IsoDate): string {
  const name = [record.company.trim(), record.role.trim()].filter(Boolean).join(' · ') || interviewLabel(record, today);
  return `Delete ${name}? This removes its rounds, events and debrief from this browser.`;
}

/** A place that is a web address (a video call) becomes a link; anything else stays text. */
function placeOf(place: string | undefined): InterviewPageView['place'] {
  const text = place?.trim();
  if (!text) return undefined;
  return /^https?:\/\/\S+$/i.test(text) ? { text, href: text } : { text };
}

/** Everything one interview's page shows, for `record` on `today`. */
export function interviewPage(record: InterviewRecord, today: IsoDate, calendar: WorkCalendar): InterviewPageView {
  const next = nextStep(record, today, calendar);
  const upcoming = next.upcoming;
  const phase: Phase = !upcoming ? 'after' : upcoming === today ? 'day' : 'before';
  const held = lastInterview(record, today) !== undefined;
  const open = next.about !== 'outcome';
  const timeline = timelineToday(record, today, calendar);
  const plan =
    held && open
      ? timeline.steps.map((s) => ({ key: s.key, state: s.state, text: `${PLAN_STEP_TEXTS[s.key].name}: ${stepWords(s, today)}` }))
      : [];
  const kind = open ? next.message : undefined;
  const arrangedBy = arrangerOf(record.answers.recruiter, record.source);
  const timing = readTiming(foldEvents(answersToday(record, today), record.events));
  const place = placeOf(record.meeting?.place);
  return {
    label: interviewLabel(record, today),
    next,
    phase,
    ...(upcoming ? { when: upcomingText(upcoming, today, record.meeting?.time) } : {}),
    ...(place && upcoming ? { place } : {}),
    held,
    plan,
    ...(kind ? { email: { kind, email: composeEmail(kind, record, { timing, today, arrangedBy }) } } : {}),
    deleteQuestion: deleteQuestion(record, today),
  };
}
