/** What a person shares with a mentor is written from their own journal, and only what they filled in. */
import { describe, expect, it } from 'vitest';
import { newInterview, type InterviewRecord } from '../../src/lib/interviews';
import { debriefPart, patternsPart } from '../../src/lib/mentor-parts';

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
  it('is nothing before any interview, and says when there are too few to mean anything', () => {
    expect(patternsPart([], TODAY)).toBeUndefined();
    const part = patternsPart([record()], TODAY)!;
    expect(part.text).toContain('Too few interviews to mean anything yet: 1 so far.');
    expect(part.text).toContain('- Interviewed: 1');
  });
});
