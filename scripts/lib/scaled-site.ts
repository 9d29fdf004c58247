/**
 * The site at N times its lessons, for the benches (bench:search, bench:build, bench): every lesson of
 * content/lessons written N times into a scratch folder, each copy with its own file name (its URL), its own
 * place in the reading order and a title that says which copy it is, then built with `astro build` into an
 * output folder of its own. The build reads the folder from CALLBACK_LESSONS and writes to CALLBACK_OUT
 * (src/content.config.ts, astro.config.mjs); at 1× both are left unset, so that build is the real one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const LESSONS = 'content/lessons';
/** Copies' places in the reading order start this far apart, so no two files share one. */
const ORDER_STRIDE = 10_000;

/** Writes the lessons `scale` times into a scratch folder and returns its path. */
export function writeScaledLessons(scale: number, dir = join(tmpdir(), `callback-lessons-${scale}x`)): string {
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

/** Where scaled builds go: a scratch folder with this checkout's node_modules beside them (see scaledEnv). */
const SCALED = join(tmpdir(), 'callback-scaled');

/** The output folder of the site at `scale`: dist/ at 1×, a scratch folder otherwise. */
export const scaledOut = (scale: number) => (scale === 1 ? 'dist' : join(SCALED, `dist-${scale}x`));

/** The environment for `astro build` of the site at `scale`. */
export function scaledEnv(scale: number): NodeJS.ProcessEnv {
  if (scale === 1) return { ...process.env };
  // Astro runs the prerender chunks it writes into the output folder, and they import packages by name
  // (@oslojs/encoding): Node finds them only in a node_modules above that folder.
  mkdirSync(SCALED, { recursive: true });
  rmSync(join(SCALED, 'node_modules'), { force: true });
  symlinkSync(resolve('node_modules'), join(SCALED, 'node_modules'), 'dir');
  return { ...process.env, CALLBACK_LESSONS: writeScaledLessons(scale), CALLBACK_OUT: resolve(scaledOut(scale)) };
}

/** Builds the site at `scale`; resolves to its output folder and the build's wall time in ms. */
export function buildScaled(scale: number): { dir: string; ms: number } {
  const env = scaledEnv(scale);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`astro build at ${scale}× failed`);
  return { dir: scaledOut(scale), ms: Math.round(performance.now() - started) };
}
