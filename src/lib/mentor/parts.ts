/**
 * The parts a person can share with a mentor, written out as plain text from their journal: the debrief of
 * one interview, the email its plan asks for now, and the patterns across all of them. What is shown before sharing is exactly what the
 * link carries.
 */
import { formatDate, type IsoDate } from '../core/dates.ts';
import { interviewLabel, type InterviewRecord } from '../interviews/interviews.ts';
import { arrangerOf, composeEmail, MESSAGE_NAMES } from '../follow-up/email.ts';
import type { WorkCalendar } from '../follow-up/work-calendar.ts';
import { dueMessage, foldEvents } from '../journal/journal.ts';
import { EVENT_LABELS } from '../interviews/journal-record.ts';
import { journalPatterns, shareText } from '../journal/patterns.ts';
import type { SharedPart } from './mentor.ts';
import { LANDED_LABELS, type Expectation, type LoopQuestion } from '../prep/practice.ts';
import type { Story } from '../prep/stories.ts';
import { readTiming } from '../interviews/timing-answers.ts';

const line = (label: string, value: string | undefined) => (value?.trim() ? [`${label}: ${value.trim()}`] : []);
const list = (label: string, items: readonly string[] | undefined) => (items?.length ? [`${label}:`, ...items.map((i) => `- ${i}`)] : []);

/** What the question loop knows of one interview: the questions expected (by id) and the stories in the bank. */
export interface DebriefPrep {
  expectation: Expectation;
  questions: ReadonlyMap<string, LoopQuestion>;
  stories: readonly Story[];
}

/** The loop's lines of a debrief: which expected questions came up (and went badly), which did not, the stories told. */
function prepLines({ expectation, questions, stories }: DebriefPrep): string[] {
  const texts = (ids: readonly string[]) => ids.flatMap((id) => questions.get(id)?.text ?? []);
  const cameUp = expectation.asked.flatMap((id) => {
    const text = questions.get(id)?.text;
    return text ? [expectation.fumbled.includes(id) ? `${text} (went badly)` : text] : [];
  });
  const told = expectation.stories.flatMap(({ storyId, landed }) => {
    const story = stories.find((s) => s.id === storyId);
    return story ? [landed ? `${story.title}: ${LANDED_LABELS[landed].toLowerCase()}` : story.title] : [];
  });
  return [
    ...list('Questions I expected that came up', cameUp),
    ...list('Questions I expected that did not', texts(expectation.expected.filter((id) => !expectation.asked.includes(id)))),
    ...list('Stories I told', told),
  ];
}

/**
 * One interview's debrief and what happened after, as text; undefined when there is nothing to share. With
 * `prep` (questions were expected for it), the debrief's questions are the surprises, beside the expected ones.
 */
export function debriefPart(record: InterviewRecord, today: IsoDate, prep?: DebriefPrep): SharedPart | undefined {
  const d = record.debrief;
  const { promisedBy } = readTiming(record.answers);
  const lines = [
    ...(prep ? prepLines(prep) : []),
    ...list(prep?.expectation.expected.length ? 'Questions I did not expect' : 'Questions they asked', d.questions),
    ...line('What went best', d.wentBest),
    ...line('What I fumbled', d.fumbled),
    ...list('What they probed', d.concerns),
    ...line('Salary talk', d.salary),
    ...line('Next step they gave', [d.nextStep, promisedBy && `by ${formatDate(promisedBy, today)}`].filter(Boolean).join(', ')),
    ...(d.confidence ? [`How it went, 1 to 10: ${d.confidence}`] : []),
    ...line('What I will study next', d.study),
    ...list(
      'Since then',
      record.events.map((e) => `${formatDate(e.date, today)}: ${EVENT_LABELS[e.kind]}${e.note ? ` (${e.note})` : ''}`),
    ),
  ];
  return lines.length ? { kind: 'debrief', title: `Debrief: ${interviewLabel(record, today)}`, text: lines.join('\n') } : undefined;
}

/**
 * The email the plan asks for today (the diagnostic's draft, filled from the journal), as text; undefined
 * when no message is due. A mentor reads a draft best before it goes out.
 */
export function emailPart(record: InterviewRecord, today: IsoDate, calendar: WorkCalendar): SharedPart | undefined {
  const kind = dueMessage(record, today, calendar);
  if (!kind) return undefined;
  const timing = readTiming(foldEvents(record.answers, record.events));
  const { subject, body } = composeEmail(kind, record, { timing, today, arrangedBy: arrangerOf(record.answers.recruiter, record.source) });
  return { kind: 'email', title: `Draft ${MESSAGE_NAMES[kind]}: ${interviewLabel(record, today)}`, text: `Subject: ${subject}\n\n${body}` };
}

/** The patterns across the interviews held, as text: what keeps happening, the funnel, the wait for replies, habits, recurring concerns. */
export function patternsPart(records: readonly InterviewRecord[], today: IsoDate): SharedPart | undefined {
  // The journal's own reckoning, so a mentor reads what the person reads: interviews still ahead count in none of it.
  const p = journalPatterns(records, today);
  if (!p.held.length) return undefined;
  const lines = [
    ...(p.recurs.facts.length ? ['What keeps happening:', ...p.recurs.facts.map((f) => `- ${f.text}`), p.recurs.caveat] : [p.recurs.none]),
    'How far they went:',
    ...p.funnel.map((r, i) => `- ${r.label}: ${r.count}${i ? ` (${shareText(r.fromPrevious)} of the stage before)` : ''}`),
    p.wait.text,
    ...p.habits.map((h) => h.text),
    ...list(
      'What they keep asking about',
      p.concerns.map((c) => `${c.label} (${c.count} interviews)`),
    ),
  ];
  return { kind: 'patterns', title: 'Patterns across my interviews', text: lines.filter(Boolean).join('\n') };
}
