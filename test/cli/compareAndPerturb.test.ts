import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { HELM_LITE } from '../support/realData.js';

// The bundled HELM Lite has one gap; these tests play it as a coin, as the default run does.
const helm = [HELM_LITE, '--missing', 'coin'];

describe('swiss-rank compare', () => {
  it('prints the JSON pipelines read', async () => {
    const r = await cli('compare', '--scores', ...helm, '--iterations', '1000', '--format', 'json', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.methods).toEqual(['mean', 'normalizedMean', 'meanWinRate', 'roundMean', 'roundWinRate', 'csd:T=0', 'csd:T=1', 'csd:T=2']);
    expect(Object.keys(json.models[0].scores)).toEqual(json.methods);
    expect(Object.keys(json.models[0].ranks)).toEqual(json.methods);
    expect(json.kendallTau[0]).toEqual({ a: 'mean', b: 'normalizedMean', tau: expect.any(Number) });
  });

  it('shows tiers and robustness in the table and CSV', async () => {
    const table = await cli('compare', '--scores', ...helm, '--iterations', '500', '--bootstrap', '10', '--zero-random', '1', '--quiet');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/Kendall tau-b/);
    expect(table.stdout).toMatch(/LMArena rank/);
    expect(table.stdout).toMatch(/Mean shift/);
    const csv = await cli('compare', '--scores', ...helm, '--iterations', '500', '--bootstrap', '10', '--format', 'csv', '--quiet');
    expect(csv.stdout.split('\n')[0]).toContain('tier,tier_rank,lmarena_rank');
  });

  it.each([
    [['--bootstrap', '1'], 'BAD_OPTION'],
    [['--zero-random', '99'], 'BAD_OPTION'],
    [['--score-stderr', '/no/such.csv', '--bootstrap', '5'], 'FILE_NOT_FOUND'],
  ])('%j exits 2 with %s', async (extra, code) => {
    const r = await cli('compare', '--scores', ...helm, '--iterations', '100', ...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
  });
});

describe('swiss-rank perturb', () => {
  it('shows one model before and after, by every method', async () => {
    const r = await cli('perturb', '--scores', ...helm, '--iterations', '1000', '--zero', 'openai/gpt-4o-2024-05-13:MMLU,MATH',
      '--format', 'json', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.zeroed.model).toBe('openai/gpt-4o-2024-05-13');
    expect(json.zeroed.benchmarks).toEqual(['MMLU', 'MATH']);
    expect(json.zeroed.shifts).toHaveLength(8); // five baselines and CSD at T = 0, 1, 2
    const table = await cli('perturb', '--scores', ...helm, '--iterations', '1000', '--zero', 'amazon/nova-lite-v1:0:MMLU', '--quiet');
    expect(table.code, table.stderr).toBe(0); // a model name with ':' splits at the last one
    expect(table.stdout).toMatch(/Rank before/);
  });

  it.each([
    [[], 'CONFLICTING_OPTIONS'],
    [['--zero', 'x:MMLU', '--zero-random', '1'], 'CONFLICTING_OPTIONS'],
    [['--zero', 'nobody'], 'BAD_OPTION'],
    [['--zero', 'nobody:MMLU'], 'BAD_OPTION'],
    [['--zero', 'openai/gpt-4o-2024-05-13:Nope'], 'UNKNOWN_BENCHMARK'],
  ])('%j exits 2 with %s', async (extra, code) => {
    const r = await cli('perturb', '--scores', ...helm, '--iterations', '100', ...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
  });
});

describe('compare --bootstrap', () => {
  it('alone means 200 replicates; absent, none', async () => {
    const { parseCommandLine } = await import('../../src/cli/parseArgs.js');
    const bootstrap = async (...argv: string[]) => (await parseCommandLine(['compare', ...argv]))?.values.bootstrap;
    expect(await bootstrap('--bootstrap', '--quiet')).toBe(200);
    expect(await bootstrap()).toBe(0);
    expect(await bootstrap('--bootstrap', '50')).toBe(50);
  });
});
