/**
 * Faults, as a user meets them: a worker that throws or dies fails the run with exit 1 and one
 * line, an interrupt stops everything within two seconds with exit 130, and neither leaves an
 * output file behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../support/cli.js';

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

function start(args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, stderr, ms: Date.now() - started }));
  });
  return { child, finished };
}

describe('faults', () => {
  it.each(['throw', 'exit'])('a worker that %ss fails the run with exit 1, one line, no output file', async (fault) => {
    for (const threads of [['--threads', '2'], []]) {
      const dir = tempDir();
      const out = join(dir, 'result.json');
      const { finished } = start(['simulate', '--iterations', '3000000', ...threads, '--out', out, '--quiet'], {
        SWISS_RANK_TEST_WORKER_FAULT: fault,
      });
      const r = await finished;
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^swiss-rank: a worker failed: .*\[WORKER_FAILED\]\n$/);
      expect(readdirSync(dir)).toEqual([]);
      expect(r.ms).toBeLessThan(15_000);
    }
  }, 60_000);

  it.each(['SIGINT', 'SIGTERM'] as const)('%s during a long run stops within 2 s with exit 130 and writes nothing', async (signal) => {
    const dir = tempDir();
    const out = join(dir, 'result.json');
    const { child, finished } = start(['simulate', '--iterations', '200000000', '--out', out, '--quiet']);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // well into the simulation
    const sent = Date.now();
    child.kill(signal);
    const r = await finished;
    expect(Date.now() - sent).toBeLessThan(2000);
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/\[ABORTED\]/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);

  it('refuses an unwritable --out before simulating', async () => {
    const { finished } = start(['simulate', '--iterations', '200000000', '--out', '/proc/no/such/place.json']);
    const r = await finished;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[OUTPUT_UNWRITABLE\]/);
    expect(r.ms).toBeLessThan(5000);
  });
});
