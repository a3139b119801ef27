/**
 * SIGINT while a large file is still loading: the load checks the interrupt as it reads and
 * parses, so the process exits 130 within a second with nothing on stdout. The file ends in a bad
 * cell, so a load that ran to the end would exit 2 instead: 130 proves the stop came mid-load.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../support/cli.js';

const big = join(tempDir(), 'big.csv');

beforeAll(() => {
  // About 25 MB, 300,000 models: several seconds to parse.
  const lines = ['model,' + Array.from({ length: 10 }, (_, i) => `b${i}`).join(',')];
  for (let r = 0; r < 300_000; r++) lines.push(`model-${r},0.1234,0.2345,0.3456,0.4567,0.5678,0.6789,0.7891,0.8912,0.9123,0.1111`);
  lines.push('last,N/A,1,1,1,1,1,1,1,1,1');
  writeFileSync(big, lines.join('\n') + '\n');
});
afterAll(() => rmSync(dirname(big), { recursive: true, force: true }));

describe('interrupting a load', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s during the load of a large --scores file: exit 130 within 1 s, stdout empty', async (signal) => {
    const child = spawn(process.execPath, [BIN, 'simulate', '--scores', big, '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // started, reading or parsing
    const sent = Date.now();
    child.kill(signal);
    const code = await exited;
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(code, stderr).toBe(130);
    expect(stderr).toBe('swiss-rank: the run was aborted [ABORTED]\n');
    expect(stdout).toBe('');
  }, 30_000);
});
