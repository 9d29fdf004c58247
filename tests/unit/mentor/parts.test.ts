/** What a person shares with a mentor is written from their own journal, and only what they filled in. */
import { describe, expect, it } from 'vitest';
import { newInterview, type InterviewRecord } from '../../../src/lib/interviews/interviews';
import { dueMessage } from '../../../src/lib/journal/journal';
import { debriefPart, emailPart, patternsPart } from '../../../src/lib/mentor/parts';
import { questionIndex, type Expectation } from '../../../src/lib/prep/practice';
import type { Story } from '../../../src/lib/prep/stories';
import { US } from '../../fixtures/calendars.ts';

const TODAY = '2026-11-30';
const record = (extra: Partial<InterviewRecord> = {}): InterviewRecord => ({
  ...newInterview('a', new Date('2026-11-01T09:00:00Z')),
  company: 'Acme',
  role: 'Designer',
  answers: { interviewDate: '2026-11-20' },
  ...extra,
});

describe('the debrief part', () => {
  it('is nothing for an interview with nothing written', () => {
    expect(debriefPart(record(), TODAY)).toBeUndefined();
  });

  it('carries the fields filled in and the events, nothing else', () => {
    const part = debriefPart(
      record({
        debrief: { questions: ['Why us?'], concerns: ['Travel'], confidence: 6 },
        events: [{ kind: 'follow-up-sent', date: '2026-11-27' }],
      }),
      TODAY,
    )!;
    expect(part.title).toBe('Debrief: Acme · Designer · November 20');
    expect(part.text).toBe(
      [
        'Questions they asked:',
        '- Why us?',
        'What they probed:',
        '- Travel',
        'How it went, 1 to 10: 6',
        'Since then:',
        '- Friday, November 27: Follow-up sent',
      ].join('\n'),
    );
    expect(part.text).not.toContain('Salary');
  });
});

describe('the patterns part', () => {
  it('is nothing before any interview held (one still ahead is not one), and counts what recurs as the journal does', () => {
    expect(patternsPart([], TODAY)).toBeUndefined();
    expect(patternsPart([record({ answers: { interviewDate: '2026-12-04' } })], TODAY)).toBeUndefined();
    const part = patternsPart([record()], TODAY)!;
    expect(part.text).toContain('- Interviewed: 1');
    expect(part.text).not.toMatch(/Too few/);
    const quiet = (id: string) => record({ id, events: [{ kind: 'ghosted', date: '2026-11-28' }] });
    const six = [quiet('a'), quiet('b'), quiet('c'), quiet('d'), quiet('e'), record({ id: 'f' })];
    expect(patternsPart(six, TODAY)!.text).toContain('- 5 of 6 went quiet after the interview.');
  });
});

describe('the draft email part', () => {
  it('is the message the plan asks for today, filled from the journal, and nothing once it is sent', () => {
    // Interviewed ten days ago, thanked the same day: the follow-up is what the plan asks for.
    const thanked = record({ answers: { interviewDate: '2026-11-20' }, events: [{ kind: 'thank-you-sent', date: '2026-11-20' }] });
    expect(dueMessage(thanked, TODAY, US)).toBe('follow-up');
    const part = emailPart(thanked, TODAY, US)!;
    expect(part.kind).toBe('email');
    expect(part.title).toBe('Draft follow-up: Acme · Designer · November 20');
    expect(part.text).toMatch(/^Subject: .+\n\nDear /);
    expect(part.text).toContain('Designer');
    const followed = { ...thanked, events: [...thanked.events, { kind: 'follow-up-sent' as const, date: TODAY }] };
    expect(dueMessage(followed, TODAY, US)).toBeUndefined();
    expect(emailPart(followed, TODAY, US)).toBeUndefined();
  });

  it('is nothing for an interview with no date, whose plan asks for nothing', () => {
    expect(emailPart(record({ answers: {} }), TODAY, US)).toBeUndefined();
  });
});

describe('the debrief part with the question loop', () => {
  const questions = questionIndex(
    [
      { id: 'why-us', text: 'Why us?', round: ['screen'], competencies: [] },
      { id: 'conflict', text: 'Tell me about a disagreement.', round: ['screen'], competencies: ['conflict'] },
      { id: 'pay', text: 'What pay do you expect?', round: ['screen'], competencies: [] },
    ],
    [],
  );
  const stories: Story[] = [{ id: 's1', title: 'The release dispute', competencies: ['conflict'] }];
  const expectation: Expectation = {
    interviewId: 'a',
    round: 'screen',
    expected: ['why-us', 'conflict', 'pay'],
    asked: ['why-us', 'conflict'],
    fumbled: ['conflict'],
    stories: [{ storyId: 's1', landed: 'flat' }],
  };

  it('says which expected questions came up (and went badly), which did not, the stories told, and calls the rest surprises', () => {
    const part = debriefPart(record({ debrief: { questions: ['Where do you see yourself?'] } }), TODAY, {
      expectation,
      questions,
      stories,
    })!;
    expect(part.text.split('\n')).toEqual([
      'Questions I expected that came up:',
      '- Why us?',
      '- Tell me about a disagreement. (went badly)',
      'Questions I expected that did not:',
      '- What pay do you expect?',
      'Stories I told:',
      '- The release dispute: it fell flat',
      'Questions I did not expect:',
      '- Where do you see yourself?',
    ]);
  });

  it('makes a debrief of ticks alone worth sharing, and leaves out what the bank or the story bank no longer has', () => {
    const gone = {
      ...expectation,
      expected: ['why-us', 'removed'],
      asked: ['why-us', 'removed'],
      fumbled: [],
      stories: [{ storyId: 'deleted' }],
    };
    expect(debriefPart(record(), TODAY, { expectation: gone, questions, stories })!.text).toBe(
      'Questions I expected that came up:\n- Why us?',
    );
  });
});
