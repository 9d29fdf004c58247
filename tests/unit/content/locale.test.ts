/**
 * One locale: US English everywhere a person reads (lessons, quiz, checklists, UI, emails) and in the code
 * that writes it. Fails on British spellings from a list, naming file, line and word.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const BRITISH = [
  /\b\w*(?:organis|recognis|realis|apologis|prioritis|personalis|optimis|summaris|minimis|maximis|specialis|utilis|categoris|memoris|customis|emphasis)(?:e|ed|es|ing|ation|ations)\b/gi,
  /\b(?:criticis|finalis|analys)(?:e|ed|es|ing)\b/gi,
  /\btravell(?:ing|ed|er|ers)\b/gi,
  /\b(?:colour|behaviour|favour|honour|labour|neighbour|humour|rumour)\w*/gi,
  /\b(?:licence|centre|centres|defence|offence|catalogue|judgement|whilst|amongst|learnt|spelt|misspelt|programme|programmes|enrol|enrolment|practise|practised|cheque|grey)\b/gi,
  // "Referee" is British for a job reference; in the US a referee officiates a game.
  /\breferees?\b/gi,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(mdx?|ya?ml|ts|astro|svelte|css|json)$/.test(name) ? [path] : [];
  });
}

describe('US English', () => {
  const found = ['content', 'src'].flatMap((dir) =>
    files(join(ROOT, dir)).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => BRITISH.flatMap((re) => [...line.matchAll(re)].map((m) => `${relative(ROOT, file)}:${i + 1}: ${m[0]}`))),
    ),
  );

  it('finds no British spelling in content/ or src/', () => {
    expect(found).toEqual([]);
  });

  it('would catch one', () => {
    const sample = 'A reorganisation, travelling referees and a colour change, whilst we analyse it.';
    expect(BRITISH.flatMap((re) => [...sample.matchAll(re)].map((m) => m[0]))).toEqual(
      expect.arrayContaining(['reorganisation', 'travelling', 'referees', 'colour', 'whilst', 'analyse']),
    );
  });
});
