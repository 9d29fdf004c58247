/**
 * A build of an earlier commit beside this one, for benches that compare before and after in the same run
 * (the same machine, the same load): a git worktree in a scratch folder, using this checkout's node_modules,
 * built once and reused while the commit is the same.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timeAstroBuild } from './scaled-site.ts';

const run = (command: string, args: string[], cwd: string) => {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
};

/**
 * Commits before Workbox was replaced build their service worker with `workbox-build`, no longer among this
 * checkout's dependencies, and would not build. The benches block service workers, so a stand-in that writes
 * none measures those commits as they were.
 */
function standInForWorkbox(dir: string) {
  const file = join(dir, 'scripts/service-worker.ts');
  if (!existsSync(file) || !readFileSync(file, 'utf8').includes("from 'workbox-build'")) return;
  writeFileSync(file, 'export const buildServiceWorker = async () => ({ count: 0, size: 0, warnings: [] });\n');
}

/** Builds `rev` (once) and returns its output folder. */
export function buildBaseline(rev: string): string {
  const dir = join(tmpdir(), `callback-baseline-${rev}`);
  const out = join(dir, 'dist');
  if (existsSync(join(out, 'index.html'))) return out;
  if (!existsSync(dir)) {
    run('git', ['worktree', 'add', '--detach', '--force', dir, rev], '.');
    // The scratch checkout's dependencies are this one's (the worktree is never committed from).
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    standInForWorkbox(dir);
  }
  timeAstroBuild(dir, process.env);
  return out;
}
