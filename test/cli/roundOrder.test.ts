/**
 * `--round-order random` end to end: every command takes it and says it; the exact answer is the
 * mean of the fixed orders' exact answers; the Monte Carlo lies within 4.5 SE of it with the sum of
 * E exact; the same bytes on 1 and 2 threads.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { cli, tempDir } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { HELM_LITE } from '../support/realData.js';
import { join } from 'node:path';

const table = join(REPO_ROOT, 'test/fixtures/order6.csv');
const helm = ['--scores', HELM_LITE, '--missing', 'coin'];
const ORDERS = ['X;Y;Z', 'X;Z;Y', 'Y;X;Z', 'Y;Z;X', 'Z;X;Y', 'Z;Y;X'];

interface Model {
  name: string;
  expectedScore: number;
  stdError: number;
}

async function scores(...args: string[]): Promise<{ json: { models: Model[]; roundOrder: string; matchesPerTournament: number }; byName: Map<string, Model> }> {
  const r = await cli('simulate', '--scores', table, '--elimination', '1', ...args, '--format', 'json', '--quiet');
  expect(r.code, r.stderr).toBe(0);
  const json = JSON.parse(r.stdout);
  return { json, byName: new Map(json.models.map((m: Model) => [m.name, m])) };
}

describe('simulate --round-order random', () => {
  it('--exact equals the mean of the six fixed orders\' exact answers; the Monte Carlo is within 4.5 SE of it', async () => {
    const fixed = await Promise.all(ORDERS.map((rounds) => scores('--exact', '--rounds', rounds)));
    const mean = new Map<string, number>();
    for (const run of fixed) for (const m of run.json.models) mean.set(m.name, (mean.get(m.name) ?? 0) + m.expectedScore / ORDERS.length);
    const exact = await scores('--exact', '--round-order', 'random');
    expect(exact.json.roundOrder).toBe('random');
    for (const [name, e] of mean) expect(exact.byName.get(name)?.expectedScore, name).toBeCloseTo(e, 10);
    // The orders do differ here, so the mean is not any one of them.
    const spread = Math.max(...fixed.map((run) => Math.abs((run.byName.get('a')?.expectedScore ?? 0) - (mean.get('a') ?? 0))));
    expect(spread).toBeGreaterThan(0.05);

    const mc = await scores('--round-order', 'random', '--iterations', '60000', '--seed', '4');
    for (const [name, e] of mean) {
      const m = mc.byName.get(name) as Model;
      expect(Math.abs(m.expectedScore - e), name).toBeLessThanOrEqual(4.5 * m.stdError + 1e-12);
    }
    const sum = mc.json.models.reduce((a, m) => a + m.expectedScore, 0);
    expect(sum).toBeCloseTo(mc.json.matchesPerTournament, 9);
  });

  it('--exact refuses more than 7 rounds under a random order, naming --round-order (exit 2)', async () => {
    const file = join(tempDir(), 'eight.csv');
    const rows = Array.from({ length: 8 }, (_, k) => `b${k},${[0, 1, 2, 3].map((m) => (m + k) % 4).join(',')}`);
    writeFileSync(file, ['benchmark,a,b,c,d', ...rows].join('\n'));
    const r = await cli('simulate', '--exact', '--round-order', 'random', '--scores', file, '--quiet');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^swiss-rank: --round-order: exact enumeration under a random round order handles at most 7 rounds .*\[BAD_OPTION\]\n$/);
    const seven = await cli('simulate', '--exact', '--round-order', 'random', '--scores', file, '--rounds', 'b0;b1;b2;b3;b4;b5;b6', '--quiet');
    expect(seven.code, seven.stderr).toBe(0);
  });

  it('refuses a value it does not know, naming the flag', async () => {
    const r = await cli('simulate', '--round-order', 'shuffled', '--iterations', '100', '--quiet');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--round-order: expected one of fixed, random, found "shuffled" \[BAD_OPTION\]/);
  });

  it('is said in every output: JSON header and the table', async () => {
    const table1 = await cli('simulate', '--round-order', 'random', '--iterations', '1000', '--quiet');
    expect(table1.stdout).toMatch(/rounds, in a fresh random order in every tournament/);
    const fixed = await cli('simulate', '--iterations', '1000', '--quiet');
    expect(fixed.stdout).toMatch(/rounds, in this order: NarrativeQA \|/);
    for (const command of ['sweep', 'compare']) {
      const r = await cli(command, ...helm, '--round-order', 'random', '--iterations', '1000', '--format', 'json', '--quiet');
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).roundOrder).toBe('random');
    }
    const perturb = await cli('perturb', ...helm, '--round-order', 'random', '--zero', 'openai/gpt-4o-2024-05-13:MMLU',
      '--iterations', '1000', '--format', 'json', '--quiet');
    expect(perturb.code, perturb.stderr).toBe(0);
    expect(JSON.parse(perturb.stdout).roundOrder).toBe('random');
  });

  it('gives the same bytes on 1 and 2 threads (and differs from the fixed order)', async () => {
    const run = (threads: string, order: string) =>
      cli('simulate', ...helm, '--round-order', order, '--elimination', '2', '--iterations', '12000', '--seed', '3',
        '--threads', threads, '--format', 'json', '--quiet');
    const one = await run('1', 'random');
    const two = await run('2', 'random');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const fixed = await run('1', 'fixed');
    expect(JSON.parse(fixed.stdout).models[0]).not.toEqual(JSON.parse(one.stdout).models[0]);
  });

  it('sweep pairs its T values on the same random orders, on any thread count', async () => {
    const run = (threads: string) =>
      cli('sweep', ...helm, '--round-order', 'random', '--iterations', '8000', '--threads', threads, '--format', 'json', '--quiet');
    const [one, two] = [await run('1'), await run('2')];
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
});
