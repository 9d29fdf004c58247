/**
 * The diagnostic engine on the real model (content/quiz/*.yaml): every reason can come out on top, every
 * status rule is reached, and bad input fails with one error naming every offending field.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuizModel } from '../../../scripts/lib/quiz-files';
import { pruneAnswers } from '../../../src/lib/diagnostic/answers';
import { diagnose, InvalidAnswersError } from '../../../src/lib/diagnostic/diagnose';
import type { Answers } from '../../../src/lib/interviews/interviews';
import { parseModel } from '../../../src/lib/diagnostic/quiz-schema';
import { REASON_IDS, REASONS_LESSON, type ReasonId } from '../../../src/lib/diagnostic/reasons';
import { STATUSES } from '../../../src/lib/follow-up/timeline';
import { US } from '../../fixtures/calendars.ts';

const model = loadQuizModel();
const TODAY = '2026-11-20';
// 18 days after this interview: past the first follow-up date, not yet a long silence.
const settled = { interviewDate: '2026-11-02', followUps: 1 as const, lastFollowUp: '2026-11-19' };
const run = (answers: Answers, today = TODAY) => diagnose(answers, { today, model, calendar: US });

describe('the answers contract', () => {
  const contract: Record<string, (string | number)[] | 'date' | 'number'> = {
    interviewDate: 'date',
    promisedBy: 'date',
    lastFollowUp: 'date',
    rounds: 'number',
    thankYou: ['sent', 'not-sent'],
    followUps: [0, 1, 2],
    references: ['briefed', 'not-briefed', 'not-asked'],
    onlineCheck: ['clean', 'issues', 'unchecked'],
    fit: ['strong', 'partial', 'stretch'],
    tailored: ['yes', 'no'],
    availability: ['matched', 'mismatch'],
    tone: ['measured', 'pushed-change'],
    concern: ['none', 'answered', 'unanswered'],
    internalSignals: ['yes', 'no'],
    panel: ['one', 'several'],
    recruiter: ['agency', 'in-house', 'none'],
    companySignals: ['freeze', 'reorg', 'reposted', 'budget-talk'],
    seniority: ['above', 'match', 'below'],
    praise: ['told-did-well', 'neutral'],
    contactConfirmed: ['yes', 'no'],
    slate: ['early', 'late'],
  };
  it.each(Object.entries(contract))('%s is asked with exactly its contract values', (id, values) => {
    const question = model.questions.find((q) => q.id === id);
    expect(question).toBeDefined();
    if (Array.isArray(values)) expect(question!.options!.map((o) => o.value)).toEqual(values);
    else expect(question!.kind).toBe(values);
  });
});

describe('every reason can come out on top', () => {
  const cases: [ReasonId, Answers, string?][] = [
    ['no-thank-you', { ...settled, thankYou: 'not-sent' }],
    ['online-presence', { ...settled, onlineCheck: 'issues' }],
    ['references', { ...settled, references: 'not-briefed' }],
    ['fit', { ...settled, fit: 'stretch' }],
    ['application-materials', { ...settled, tailored: 'no', fit: 'strong' }],
    ['availability', { ...settled, availability: 'mismatch' }],
    ['overconfidence', { ...settled, tone: 'pushed-change' }],
    ['unaddressed-concern', { ...settled, concern: 'unanswered' }],
    ['stronger-candidate', { ...settled }],
    ['internal-candidate', { ...settled, internalSignals: 'yes' }],
    ['still-deciding', { interviewDate: '2026-11-10', promisedBy: '2026-11-27' }],
    ['no-consensus', { ...settled, panel: 'several', rounds: 4 }],
    ['budget-or-freeze', { ...settled, companySignals: ['freeze'] }],
    ['communication-gap', { interviewDate: '2026-10-01', contactConfirmed: 'no' }],
    ['overqualified', { ...settled, seniority: 'above' }],
    ['second-choice', { interviewDate: '2026-10-15', praise: 'told-did-well', rounds: 4, panel: 'one' }],
  ];

  it('covers every reason', () => {
    expect(cases.map(([id]) => id).sort()).toEqual([...REASON_IDS].sort());
  });

  // The résumé already won the interview, so an untailored one is never the likeliest reason on its own:
  // it comes first among the reasons within the person's control.
  const firstAmongYours = new Set<ReasonId>(['application-materials']);
  it.each(cases)('%s', (id, answers) => {
    const { reasons } = run(answers);
    const ranked = firstAmongYours.has(id) ? reasons.filter((r) => r.control === 'yours') : reasons;
    expect(ranked[0].id).toBe(id);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
  });

  it('says which answers raised a reason', () => {
    const { reasons } = run({ ...settled, thankYou: 'not-sent', panel: 'several', rounds: 3 });
    const byId = Object.fromEntries(reasons.map((r) => [r.id, r]));
    expect(byId['no-thank-you'].because.map((b) => b.id)).toEqual(['thankYou']);
    expect(byId['no-consensus'].because.map((b) => b.id)).toEqual(['rounds', 'panel']);
    expect(byId['no-thank-you'].because[0].text).toBe('Did you send a thank-you note after the interview? No, or only to some of them.');
    expect(byId['no-thank-you'].control).toBe('yours');
    expect(byId['no-consensus'].control).toBe('theirs');
  });

  it('lowers what the answers rule out', () => {
    const before = run(settled).reasons.find((r) => r.id === 'no-thank-you')!.score;
    const after = run({ ...settled, thankYou: 'sent' }).reasons.find((r) => r.id === 'no-thank-you')!.score;
    expect(after).toBeLessThan(before / 3);
  });

  it('counts timing as evidence: a promised date still ahead points to "still deciding"', () => {
    const { reasons } = run({ interviewDate: '2026-11-10', promisedBy: '2026-11-27' });
    expect(reasons[0].id).toBe('still-deciding');
    expect(reasons[0].because.map((b) => b.id)).toEqual(['promisedBy']);
  });
});

describe('status and dates', () => {
  const cases: [string, Answers, string, (typeof STATUSES)[number]][] = [
    ['the interview was today', { interviewDate: TODAY }, TODAY, 'send-thank-you'],
    ['thank-you sent, early days', { interviewDate: '2026-11-18', thankYou: 'sent' }, TODAY, 'wait'],
    ['promised date ahead', { interviewDate: '2026-11-06', promisedBy: '2026-11-25', thankYou: 'sent' }, TODAY, 'wait'],
    ['promised date passed', { interviewDate: '2026-11-10', promisedBy: '2026-11-17', thankYou: 'sent' }, TODAY, 'follow-up'],
    ['no follow-up after 10 days', { interviewDate: '2026-11-10', followUps: 0 }, TODAY, 'follow-up'],
    ['one follow-up, a week ago', { interviewDate: '2026-11-01', followUps: 1, lastFollowUp: '2026-11-13' }, TODAY, 'final-follow-up'],
    ['one follow-up, yesterday', { interviewDate: '2026-11-01', followUps: 1, lastFollowUp: '2026-11-19' }, TODAY, 'wait'],
    ['two follow-ups, a week of silence', { interviewDate: '2026-10-20', followUps: 2, lastFollowUp: '2026-11-12' }, TODAY, 'move-on'],
  ];
  it.each(cases)('%s → %s', (_, answers, today, status) => {
    const result = run(answers, today);
    expect(result.status).toBe(status);
    // The first thing to do now is the status's own step, in words.
    expect(result.actions[0].when).toBe('now');
    expect(result.actions[0].text).toBe(
      result.actions[0].text.replace(/\{\w+\}/g, 'UNFILLED'), // every {date} placeholder was filled
    );
  });

  it('reaches every status and every situation', () => {
    expect(new Set(cases.map(([, , , s]) => s))).toEqual(new Set(STATUSES));
  });

  it('gives the concrete dates of the next steps, and the message due today', () => {
    const { dates, actions, next, email } = run({ interviewDate: '2026-11-10', followUps: 0, thankYou: 'sent' });
    // The day after the interview is Veterans Day, a federal holiday: the thank-you was due the day after that.
    expect(dates).toEqual({ thankYouBy: '2026-11-12', firstFollowUp: '2026-11-17', secondFollowUp: '2026-11-27', moveOn: '2026-12-04' });
    expect(actions[0]).toMatchObject({ date: TODAY, sends: 'follow-up' });
    expect(next).toMatchObject({ title: 'Send your first follow-up', when: 'Today, Friday, November 20', sends: 'follow-up' });
    expect(actions[0].text).toContain('Friday, November 27');
    expect(email?.kind).toBe('follow-up');
  });

  it('suggests next-time steps only for reasons within your control', () => {
    const { actions, reasons } = run({ ...settled, thankYou: 'not-sent', companySignals: ['freeze'] });
    const nextTime = actions.filter((a) => a.when === 'next-time');
    expect(nextTime.map((a) => a.reason)).toContain('no-thank-you');
    for (const a of nextTime) expect(reasons.find((r) => r.id === a.reason)!.control).toBe('yours');
  });

  it("puts a reason's point into the message due, and words it without a message when none is", () => {
    const due = run({ interviewDate: '2026-11-10', thankYou: 'sent', concern: 'unanswered' });
    expect(due.actions).toContainEqual(
      expect.objectContaining({ reason: 'unaddressed-concern', text: expect.stringMatching(/^In your follow-up, answer the doubt/) }),
    );
    const waiting = run({ interviewDate: '2026-11-18', thankYou: 'sent', concern: 'unanswered' });
    expect(waiting.status).toBe('wait');
    expect(waiting.actions).toContainEqual(
      expect.objectContaining({ reason: 'unaddressed-concern', text: expect.stringMatching(/^Note the doubt/) }),
    );
  });

  it('links an answer to the guide that explains it: a re-posted job', () => {
    const { reasons } = run({ ...settled, companySignals: ['reposted'] });
    const raised = reasons.filter((r) => r.because.some((b) => b.id === 'companySignals'));
    expect(raised.map((r) => r.id)).toEqual(expect.arrayContaining(['stronger-candidate', 'fit']));
    expect(raised.map((r) => r.id)).not.toContain('still-deciding');
    expect(raised[0].because.find((b) => b.id === 'companySignals')?.href).toBe('/guides/red-flags/');
  });

  it('"you did well" points to a decision still being made, not only a close second', () => {
    const score = (answers: Answers, id: string) => run(answers).reasons.find((r) => r.id === id)!.score;
    const base = { interviewDate: '2026-11-18', thankYou: 'sent' as const };
    expect(score({ ...base, praise: 'told-did-well' }, 'still-deciding')).toBeGreaterThan(score(base, 'still-deciding'));
  });

  it('does not count a long silence while a promised date is still ahead', () => {
    const pending = run({ interviewDate: '2026-10-01', promisedBy: '2026-11-30' });
    expect(pending.reasons.find((r) => r.id === 'still-deciding')!.because.map((b) => b.id)).toEqual(['promisedBy']);
    expect(pending.reasons.find((r) => r.id === 'communication-gap')!.because).toEqual([]);
  });
});

describe('missing and invalid answers', () => {
  it('answers everything but the interview date "not sure" without throwing', () => {
    const result = run({ interviewDate: '2026-11-18' });
    expect(result.answered).toBe(1);
    expect(result.reasons).toHaveLength(model.reasons.length);
    expect(result.reasons.filter((r) => r.id !== 'still-deciding').every((r) => r.because.length === 0)).toBe(true);
  });

  it('refuses answers without an interview date', () => {
    expect(() => run({})).toThrow('interviewDate (required');
  });

  it('raises confidence with each answer', () => {
    expect(run({ interviewDate: '2026-11-10' }).confidence).toBeGreaterThan(0);
    expect(run({ interviewDate: '2026-11-10', thankYou: 'sent', fit: 'strong' }).confidence).toBeGreaterThan(
      run({ interviewDate: '2026-11-10' }).confidence,
    );
  });

  it('is deterministic and ignores the order of the answers', () => {
    const a = { thankYou: 'not-sent', interviewDate: '2026-11-10', companySignals: ['reorg', 'freeze'] };
    const b = { companySignals: ['reorg', 'freeze'], interviewDate: '2026-11-10', thankYou: 'not-sent' };
    expect(run(a)).toEqual(run(b));
  });

  it('lists every offending field in one error', () => {
    let error: unknown;
    try {
      run({
        thankYou: true as unknown as string,
        interviewDate: '2026-12-01',
        favouriteColour: 'blue',
        fit: 'perfect',
        rounds: 2.5,
        companySignals: ['freeze', 'freeze'],
        lastFollowUp: '2026-11-10',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidAnswersError);
    const fields = (error as InvalidAnswersError).fields;
    expect(fields.map((f) => f.field).sort()).toEqual(
      ['companySignals', 'favouriteColour', 'fit', 'interviewDate', 'lastFollowUp', 'rounds', 'thankYou'].sort(),
    );
    expect((error as Error).message).toContain('interviewDate (after today (2026-11-20))');
    expect((error as Error).message).toContain('favouriteColour (unknown question)');
    expect((error as Error).message).toContain('lastFollowUp (only asked when followUps is 1 or 2)');
  });

  it.each([null, [], 'answers', 42])('rejects %j as answers', (input) => {
    expect(() => diagnose(input, { today: TODAY, model, calendar: US })).toThrow(InvalidAnswersError);
  });

  it('rejects dates before the interview', () => {
    expect(() => run({ interviewDate: '2026-11-10', promisedBy: '2026-11-01' })).toThrow('promisedBy (before the interview date');
  });

  it('drops answers to questions no longer asked', () => {
    expect(pruneAnswers(model, { followUps: 0, lastFollowUp: '2026-11-10', fit: 'strong' })).toEqual({ followUps: 0, fit: 'strong' });
  });
});

describe('the model', () => {
  const raw = () => JSON.parse(JSON.stringify(model));
  it('rejects a model missing a reason, naming it', () => {
    const m = raw();
    m.reasons = m.reasons.filter((r: { id: string }) => r.id !== 'fit');
    expect(() => parseModel(m)).toThrow('reasons: fit is missing');
  });
  it('rejects effects on an unknown reason, naming where', () => {
    const m = raw();
    m.questions[2].options[0].effects = { 'bad-luck': 1 };
    expect(() => parseModel(m)).toThrow('questions[2].options.0.effects: Unrecognized key: "bad-luck"');
  });
  it('rejects a condition on an unknown question', () => {
    const m = raw();
    m.questions.find((q: { id: string }) => q.id === 'lastFollowUp').showIf.question = 'nope';
    expect(() => parseModel(m)).toThrow('showIf names unknown question nope');
  });
});

// Each test starts the CLI as a person would, a Node process or two: about a second each on a quiet machine,
// several on a busy one (seen at 6.4 s while the browser tests ran), past Vitest's 5-second default.
describe('npm run diagnose', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'diagnose-'));
  const cli = (answers: unknown, ...args: string[]) => {
    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify(answers));
    return spawnSync(process.execPath, ['scripts/diagnose.ts', file, ...args], { encoding: 'utf8' });
  };

  it('prints the same result as the engine, for one answers object', () => {
    const answers = { interviewDate: '2026-11-10', thankYou: 'not-sent' };
    const { status, stdout } = cli(answers, '--today', TODAY);
    expect(stdout).toContain('"email"');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(run(answers));
  });

  it('prints an array of results for an array of items, with the email filled from the details', () => {
    const { stdout } = cli(
      [
        { interviewDate: '2026-11-18', thankYou: 'sent' },
        {
          // The hiring manager arranged the interview, so the follow-up goes to them.
          answers: { interviewDate: '2026-10-20', followUps: 1, lastFollowUp: '2026-11-06', recruiter: 'none' },
          details: { company: 'Acme', interviewer: 'Ms Chen' },
        },
      ],
      '--today',
      TODAY,
    );
    const results = JSON.parse(stdout);
    expect(results.map((r: { status: string }) => r.status)).toEqual(['wait', 'final-follow-up']);
    expect(results[0].email).toBeUndefined();
    expect(results[1].email.subject).toBe('Re: Checking in: [Role] interview');
    expect(results[1].email.body).toMatch(/^Dear Ms Chen,/);
    expect(results[1].actions[0]).toMatchObject({ sends: 'final-follow-up', date: TODAY });
  });

  it('streams line-delimited input: one result per line, every bad line named by its index', () => {
    const file = join(dir, 'batch.ndjson');
    const good = { interviewDate: '2026-11-18', thankYou: 'sent' };
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify(i === 7 ? { interviewDate: 'soon' } : good));
    writeFileSync(file, `${lines.join('\n')}\nnot json\n`);
    const { status, stdout, stderr } = spawnSync(process.execPath, ['scripts/diagnose.ts', file, '--today', TODAY], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(status).toBe(1);
    const results = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(results).toHaveLength(lines.length - 1);
    expect(results[0]).toEqual(run(good));
    expect(stderr).toContain('item 7: interviewDate: expected a date');
    expect(stderr).toContain(`item ${lines.length}: not JSON`);
  });

  it('refuses a JSON file over its size limit with a message, not a stack trace', () => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, `[${'{},'.repeat(4_000_000)}{}]`);
    const { status, stderr } = spawnSync(process.execPath, ['scripts/diagnose.ts', file, '--today', TODAY], { encoding: 'utf8' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^diagnose: .*huge\.json is [\d.]+ MB; a JSON file may be at most \d+ MB/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names every bad item and field, exits 1 and prints no results', () => {
    const { status, stderr, stdout } = cli(
      [
        {},
        { interviewDate: '2026-11-10', thankYou: 'maybe' },
        { interviewDate: '1901-01-01' },
        { interviewDate: '2026-11-10', promisedBy: '2099-01-01' },
      ],
      '--today',
      TODAY,
    );
    expect(status).toBe(1);
    expect(stderr).toContain('item 0: interviewDate: required');
    expect(stderr).toContain('item 1: thankYou: expected one of "sent", "not-sent"');
    expect(stderr).toContain('item 2: interviewDate: more than a year ago');
    expect(stderr).toContain('item 3: promisedBy: more than a year after the interview');
    expect(stdout).toBe('');
  });

  it('plans in the country each item names, else --country, else the United States', () => {
    const answers = { interviewDate: '2026-11-23', thankYou: 'sent' };
    const { status, stdout, stderr } = cli(
      [answers, { answers, country: 'gb-eng' }, { answers, country: 'GB-SCT' }],
      '--today',
      '2026-11-24',
      '--country',
      'GB-SCT',
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const results = JSON.parse(stdout);
    expect(results.map((r: { calendar: { country: string } }) => r.calendar.country)).toEqual(['GB-SCT', 'GB-ENG', 'GB-SCT']);
    // St Andrew's Day, Monday, November 30, is Scotland's: it moves the follow-up there, not in England.
    expect(results.map((r: { dates: { firstFollowUp: string } }) => r.dates.firstFollowUp)).toEqual([
      '2026-12-01',
      '2026-11-30',
      '2026-12-01',
    ]);
    expect(results[0].calendar.holidays).toEqual([{ date: '2026-11-30', name: 'St Andrew’s Day', moved: ['firstFollowUp'] }]);
    expect(JSON.parse(cli(answers, '--today', '2026-11-24').stdout).calendar.country).toBe('US');
  });

  it('names an unknown country or region, with every other problem of the item', () => {
    const { status, stderr, stdout } = cli(
      [
        { answers: { interviewDate: '2026-11-10' }, country: 'XX' },
        { answers: { interviewDate: '2026-11-10', thankYou: 'maybe' }, country: 'GB-NOPE' },
      ],
      '--today',
      TODAY,
    );
    expect(status).toBe(1);
    expect(stderr).toContain('item 0: country: "XX" is not a country or region code the site knows');
    expect(stderr).toContain('item 1: country: "GB-NOPE" is not a country or region code the site knows');
    expect(stderr).toContain('item 1: thankYou: expected one of');
    expect(stdout).toBe('');
    const flag = cli({ interviewDate: '2026-11-10' }, '--today', TODAY, '--country', 'Narnia');
    expect(flag.status).toBe(1);
    expect(flag.stderr).toContain('--country: "Narnia" is not a country or region code the site knows');
  });
});

describe('one name per reason', () => {
  it('gives each reason the same title as its heading in the guide it links to', () => {
    const guide = readFileSync(
      join(import.meta.dirname, '../../../content/lessons', `${REASONS_LESSON.split('/').filter(Boolean).pop()}.mdx`),
      'utf8',
    );
    const headings = new Map([...guide.matchAll(/^#+ (.+?) \{#([a-z-]+)\}$/gm)].map(([, title, id]) => [id, title]));
    for (const reason of model.reasons) expect(reason.title, reason.id).toBe(headings.get(reason.id));
  });
});
