/**
 * npm run bench:build: how long the site takes to build, against the field's reference: a stock Starlight
 * site of the same lessons, built on the same machine in the same run.
 *
 * Starlight is installed on demand into a scratch folder (never a dependency of this project), once; later
 * runs reuse it. Its copies of the lessons are the ones the project builds at that scale
 * (scripts/lib/scaled-site.ts), made into Starlight pages: title and summary kept as title and description,
 * the reading order as the sidebar order, our MDX components as trivial stubs that keep their text, and
 * `{#id}` heading anchors (a satteri feature MDX reads as a broken expression) dropped.
 *
 * The two builds alternate, round after round, so a busy machine slows both alike; each is cold (its content
 * cache removed first), as on a CI runner. Budgets, each with 15% headroom: the project's median build at
 * most 1.0× Starlight's at 1× the lessons and at most 0.5× at 100×. Exits 1 on a miss; writes
 * reports/bench-build.json. Run nothing else that builds this checkout meanwhile: every build of it, at any
 * scale, writes the same .astro folder, and two at once break each other.
 *
 *   node scripts/bench-build.ts [--rounds=3] [--scales=1,100]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { buildScaled, scaledCache, timeAstroBuild, writeScaledLessons, type BuildCost } from './lib/scaled-site.ts';

const STARLIGHT = { '@astrojs/starlight': '0.42.4', astro: '7.3.5' };
const HEADROOM = 0.85;
const BUDGETS: Record<number, number> = { 1: 1.0, 100: 0.5 };

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const rounds = Number(arg('rounds', '3'));
const scales = arg('scales', '1,100').split(',').map(Number);
if (!(rounds >= 1) || scales.some((scale) => !BUDGETS[scale])) {
  console.error(`Usage: node scripts/bench-build.ts [--rounds=N] [--scales=${Object.keys(BUDGETS).join(',')}]`);
  process.exit(2);
}

const scratch = join(tmpdir(), 'callback-starlight');

/** Installs the pinned Starlight and Astro into the scratch folder, unless they are there already. */
function installStarlight() {
  const installed = Object.entries(STARLIGHT).every(([name, version]) => {
    const manifest = join(scratch, 'node_modules', name, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version;
  });
  if (installed) return;
  console.log(`Installing Starlight ${STARLIGHT['@astrojs/starlight']} and Astro ${STARLIGHT.astro} into ${scratch} …`);
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'bench-starlight', private: true, type: 'module' }));
  const specs = Object.entries(STARLIGHT).map(([name, version]) => `${name}@${version}`);
  const npm = spawnSync('npm', ['install', '--prefix', scratch, '--save-exact', '--no-audit', '--no-fund', ...specs], {
    stdio: 'inherit',
  });
  if (npm.status !== 0) throw new Error('npm install of Starlight failed');
}

/** Stand-ins for src/components/mdx: the same text in plain elements, so Starlight renders comparable pages. */
const STUBS: Record<string, string> = {
  Callout: `---\nconst { title } = Astro.props;\n---\n<aside class="callout">{title && <p>{title}</p>}<slot /></aside>\n`,
  EmailTemplate: `---\nconst { title, subject } = Astro.props;\n---\n<figure><figcaption>{title}</figcaption>{subject && <p>Subject: {subject}</p>}<div><slot /></div></figure>\n`,
  Fold: `---\nconst { title } = Astro.props;\n---\n<details><summary>{title}</summary><slot /></details>\n`,
  Stat: `---\nconst { value, source, year } = Astro.props;\n---\n<figure><p>{value}</p><figcaption><slot /> Source: {source}, {year}</figcaption></figure>\n`,
};

/** One of our lessons as a Starlight page: its frontmatter in Starlight's schema, the stubs imported. */
function toStarlightPage(text: string): string {
  const [, front, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  if (front === undefined) throw new Error('a lesson without frontmatter');
  const lesson = yaml.load(front) as { title: string; summary: string; order: number };
  const frontmatter = yaml.dump({ title: lesson.title, description: lesson.summary, sidebar: { order: lesson.order } });
  const imports = Object.keys(STUBS)
    .map((name) => `import ${name} from '../../components/${name}.astro';`)
    .join('\n');
  return `---\n${frontmatter}---\n\n${imports}\n\n${body.replace(/^(#{1,6} .*?)\s*\{#[\w-]+\}\s*$/gm, '$1')}`;
}

/** Writes a Starlight site of the lessons at `scale` (the project's own scaled copies); returns its folder. */
function writeStarlightSite(scale: number): string {
  const site = join(scratch, `site-${scale}x`);
  const lessons = writeScaledLessons(scale, join(tmpdir(), `callback-starlight-lessons-${scale}x`));
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'src/content/docs'), { recursive: true });
  mkdirSync(join(site, 'src/components'), { recursive: true });
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\n` +
      `export default defineConfig({ integrations: [starlight({ title: 'Callback' })] });\n`,
  );
  writeFileSync(
    join(site, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
      `import { docsSchema } from '@astrojs/starlight/schema';\n\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  for (const [name, source] of Object.entries(STUBS)) writeFileSync(join(site, 'src/components', `${name}.astro`), source);
  for (const file of readdirSync(lessons)) {
    writeFileSync(join(site, 'src/content/docs', file), toStarlightPage(readFileSync(join(lessons, file), 'utf8')));
  }
  rmSync(lessons, { recursive: true, force: true });
  return site;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const cpu = (run: BuildCost) => (run.cpuMs === undefined ? '' : ` (CPU ${seconds(run.cpuMs)})`);
const medianOf = (runs: BuildCost[], key: 'ms' | 'cpuMs') => {
  const values = runs.flatMap((run) => (run[key] === undefined ? [] : [run[key]]));
  return values.length ? median(values) : undefined;
};
const peak = (runs: BuildCost[]) => {
  const values = runs.flatMap((run) => (run.maxRssMb === undefined ? [] : [run.maxRssMb]));
  return values.length ? Math.max(...values) : undefined;
};

installStarlight();
const results = [];
for (const scale of scales) {
  const site = writeStarlightSite(scale);
  const starlight: BuildCost[] = [];
  const project: BuildCost[] = [];
  const buildStarlight = () => {
    rmSync(join(site, 'node_modules/.astro'), { recursive: true, force: true });
    starlight.push(timeAstroBuild(site, { ...process.env }, resolve(scratch, 'node_modules/astro/bin/astro.mjs')));
  };
  const buildProject = () => {
    rmSync(scaledCache(scale), { recursive: true, force: true });
    project.push(buildScaled(scale));
  };
  for (let round = 0; round < rounds; round++) {
    // Alternate who goes first, so neither always follows the other's warm file cache.
    for (const build of round % 2 ? [buildProject, buildStarlight] : [buildStarlight, buildProject]) build();
    const [s, p] = [starlight.at(-1)!, project.at(-1)!];
    console.log(`${scale}× round ${round + 1}: Starlight ${seconds(s.ms)}${cpu(s)}, project ${seconds(p.ms)}${cpu(p)}`);
  }
  const summary = (runs: BuildCost[]) => ({
    medianMs: medianOf(runs, 'ms')!,
    medianCpuMs: medianOf(runs, 'cpuMs'),
    peakRssMb: peak(runs),
    runs,
  });
  const [s, p] = [summary(starlight), summary(project)];
  const ratio = p.medianMs / s.medianMs;
  const limit = BUDGETS[scale] * HEADROOM;
  results.push({
    scale,
    starlight: s,
    project: p,
    ratio: Number(ratio.toFixed(3)),
    // Not budgeted, shown beside the wall-time ratio: what the builds cost in CPU, less moved by a busy machine.
    cpuRatio: s.medianCpuMs && p.medianCpuMs ? Number((p.medianCpuMs / s.medianCpuMs).toFixed(3)) : undefined,
    budget: BUDGETS[scale],
    limit: Number(limit.toFixed(3)),
    ok: ratio <= limit,
  });
}

console.log(`\nMedian of ${rounds} cold build(s) each, interleaved:`);
// The CPU ratio (user + system time, all threads) is shown, not budgeted: a busy machine moves it less.
console.log(
  ['scale', 'Starlight', 'project', 'ratio', 'limit', 'CPU ratio', 'peak MB (S / p)']
    .map((h, i) => (i ? h.padStart(i === 6 ? 18 : 12) : h.padEnd(6)))
    .join(''),
);
for (const r of results) {
  console.log(
    [
      `${r.scale}×`.padEnd(6),
      seconds(r.starlight.medianMs).padStart(12),
      seconds(r.project.medianMs).padStart(12),
      r.ratio.toFixed(2).padStart(12),
      `≤ ${r.limit.toFixed(3)}`.padStart(12),
      (r.cpuRatio?.toFixed(2) ?? '?').padStart(12),
      `${r.starlight.peakRssMb ?? '?'} / ${r.project.peakRssMb ?? '?'}`.padStart(18),
      `  ${r.ok ? 'ok' : 'OVER'} (≤ ${r.budget} with 15% headroom)`,
    ].join(''),
  );
}
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/bench-build.json',
  JSON.stringify({ date: new Date().toISOString(), rounds, starlight: STARLIGHT, results }, null, 2),
);
console.log('Report: reports/bench-build.json');
if (results.some((r) => !r.ok)) process.exit(1);
