/**
 * The library in a process of its own: an abort stops the workers and the process exits by itself,
 * a one-off run leaves no worker behind, and the pipeline example runs as the README shows it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { HELM_LITE as helmPath } from '../support/realData.js';

function run(script: string, timeout = 20_000): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { timeout, cwd: REPO_ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr, ms: Date.now() - started });
    });
  });
}

describe('the library in its own process', () => {
  it('abort rejects promptly with ABORTED and leaves no worker running (the process exits by itself)', async () => {
    const r = await run(`
      import { loadScores, simulate, tournament } from './dist/src/index.js';
      const t = tournament(await loadScores(${JSON.stringify(helmPath)}), { elimination: 1, missing: 'coin' });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const started = Date.now();
      try {
        await simulate(t, { iterations: 50_000_000, threads: 2, signal: controller.signal });
        console.log('finished?!');
      } catch (error) {
        console.log(error.code, Date.now() - started);
      }
    `);
    expect(r.code, r.stderr).toBe(0);
    const [code, ms] = r.stdout.trim().split(' ');
    expect(code).toBe('ABORTED');
    expect(Number(ms)).toBeLessThan(1000);
    expect(r.ms).toBeLessThan(5000); // exited by itself: no live worker thread or handle kept it
  });

  it('a one-off run with workers leaves no worker behind', async () => {
    const r = await run(`
      import { loadScores, simulate, tournament } from './dist/src/index.js';
      const t = tournament(await loadScores(${JSON.stringify(helmPath)}), { missing: 'coin' });
      const result = await simulate(t, { iterations: 100_000, threads: 2 });
      console.log(result.models.length);
    `);
    expect(r.stdout.trim()).toBe('91');
    expect(r.ms).toBeLessThan(10_000);
  });
});

describe('the pipeline example', () => {
  it('reads a leaderboard JSON, ranks it and writes the ranking (examples/rank-leaderboard.ts)', async () => {
    const out = join(tempDir(), 'ranking.json');
    const r = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [join(REPO_ROOT, 'dist/examples/rank-leaderboard.js'), join(REPO_ROOT, 'examples/leaderboard.json'), out],
        (error, stdout) => resolve({ code: error ? 1 : 0, stdout }));
    });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^1\. \S+ \d+\.\d{3}$/);
    const ranking = JSON.parse(readFileSync(out, 'utf8'));
    expect(ranking.models).toHaveLength(30);
    expect(ranking.iterations).toBe(100_000);
  });
});

