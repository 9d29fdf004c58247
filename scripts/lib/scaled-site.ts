/**
 * The site at N times its lessons, for the benches (bench:search, bench:build, bench): every lesson of
 * content/lessons written N times into a scratch folder, each copy with its own file name (its URL), its own
 * place in the reading order and a title that says which copy it is, then built with `astro build` into an
 * output folder of its own. The build reads the folder from CALLBACK_LESSONS, writes to CALLBACK_OUT and keeps
 * its cache in CALLBACK_CACHE (src/content.config.ts, astro.config.mjs); at 1× all are left unset, so that
 * build is the real one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LESSONS = 'content/lessons';
/** Copies' places in the reading order start this far apart, so no two files share one. */
const ORDER_STRIDE = 10_000;

/**
 * Everything a scaled build writes (lessons, cache, output) stays in this checkout: the cache records the
 * lessons' paths relative to the project, so a cache shared between checkouts (a scratch folder in /tmp) would
 * send one checkout's build to another's copies.
 */
const SCALED = join('node_modules', '.cache', 'callback-scaled');

/** Writes the lessons `scale` times into a scratch folder and returns its path. */
export function writeScaledLessons(scale: number, dir = resolve(SCALED, `lessons-${scale}x`)): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(LESSONS).filter((file) => file.endsWith('.mdx'))) {
    const text = readFileSync(join(LESSONS, name), 'utf8');
    for (let copy = 0; copy < scale; copy++) {
      const file = copy ? name.replace(/\.mdx$/, `-copy-${copy}.mdx`) : name;
      const body = copy
        ? text
            .replace(
              /^title: (.*)$/m,
              (_, title: string) => `title: ${JSON.stringify(`${title.replace(/^["']|["']$/g, '')} (copy ${copy})`)}`,
            )
            .replace(/^order: (\d+)$/m, (_, order: string) => `order: ${Number(order) + copy * ORDER_STRIDE}`)
        : text;
      writeFileSync(join(dir, file), body);
    }
  }
  return dir;
}

/**
 * The output folder of the site at `scale`: dist/ at 1×, a scratch folder otherwise. Inside the project: the
 * build runs its prerender chunks from the output folder, and their imports of packages (Astro's own) resolve
 * only from a folder under node_modules' parent; from the system's temp folder the build fails.
 */
export const scaledOut = (scale: number) => (scale === 1 ? 'dist' : join(SCALED, `dist-${scale}x`));

/**
 * Astro's cache of the site at `scale` (its content layer's store): the default at 1×, one of its own otherwise.
 * A shared store would let the real build keep a lesson entry a scaled build wrote (same id, same text) and
 * render it from the scratch copy's path.
 */
export const scaledCache = (scale: number) => (scale === 1 ? 'node_modules/.astro' : resolve(SCALED, `cache-${scale}x`));

/** The environment for `astro build` of the site at `scale`. */
function scaledEnv(scale: number): NodeJS.ProcessEnv {
  if (scale === 1) return { ...process.env };
  return {
    ...process.env,
    CALLBACK_LESSONS: writeScaledLessons(scale),
    CALLBACK_OUT: resolve(scaledOut(scale)),
    CALLBACK_CACHE: scaledCache(scale),
  };
}

/**
 * What one `astro build` cost: its wall time, and where /usr/bin/time can tell, its peak memory and the CPU
 * time it used (user + system, all threads), which a machine busy with other work disturbs less than the wall.
 */
export type BuildCost = { ms: number; maxRssMb?: number; cpuMs?: number };

const TIME = '/usr/bin/time';

/**
 * Runs `astro build` in `cwd` with the Astro found from there (`astro` is the path of its bin script), and
 * measures it. GNU time writes the child's figures to a file of its own, so the build's output is left as it is.
 */
export function timeAstroBuild(cwd: string, env: NodeJS.ProcessEnv, astro = 'node_modules/astro/bin/astro.mjs'): BuildCost {
  const figures = join(tmpdir(), `callback-build-time-${process.pid}.txt`);
  const measured = existsSync(TIME);
  const [command, args] = measured
    ? [TIME, ['-f', '%M %U %S', '-o', figures, process.execPath, astro, 'build']]
    : [process.execPath, [astro, 'build']];
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const ms = Math.round(performance.now() - started);
  if (result.status !== 0) throw new Error(`astro build in ${cwd} failed`);
  if (!measured) return { ms };
  const [kb, user, system] = readFileSync(figures, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(figures, { force: true });
  return { ms, maxRssMb: Math.round(kb / 1024), cpuMs: Math.round((user + system) * 1000) };
}

/** Builds the site at `scale`; resolves to its output folder, the build's wall time in ms and its peak memory. */
export function buildScaled(scale: number): { dir: string } & BuildCost {
  const env = scaledEnv(scale);
  return { dir: scaledOut(scale), ...timeAstroBuild(process.cwd(), env) };
}
