/**
 * Before any test: workers and the executable run the compiled dist/, so a dist/ older than the
 * sources would test yesterday's code. It is rebuilt when any source is newer (or it is missing).
 * And the LiveBench tests say why they are skipped when ../shared is not beside the repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HAS_LIVEBENCH, LIVEBENCH_SKIP_REASON } from './realData.js';
import { REPO_ROOT } from './paths.js';

const SOURCES = ['src', 'workers', 'assembly', 'examples', 'package.json', 'tsconfig.json'];
const BUILT = ['dist/swiss-rank.mjs', 'dist/workers/simulateWorker.js', 'dist/src/index.js', 'dist/kernel/csdKernel.wasm'];

export default function setup(): void {
  const newestSource = Math.max(...SOURCES.map((path) => newest(join(REPO_ROOT, path))));
  const oldestBuilt = Math.min(...BUILT.map((path) => modified(join(REPO_ROOT, path))));
  if (oldestBuilt < newestSource) {
    console.log('dist/ is older than the sources: rebuilding (npm run build) before the tests');
    execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  if (!HAS_LIVEBENCH) console.log(`LiveBench tests are skipped: ${LIVEBENCH_SKIP_REASON}`);
}

/** The newest modification time in a file or folder tree (ms); -Infinity when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return Number.NEGATIVE_INFINITY;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function modified(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : Number.NEGATIVE_INFINITY;
}
