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

  it('shows bootstrap intervals, tiers and robustness in the table and CSV', async () => {
    const table = await cli('compare', '--scores', ...helm, '--iterations', '500', '--bootstrap', '10', '--resample', 'rounds', '--zero-random', '1', '--quiet');
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/Kendall tau-b/);
    expect(table.stdout).toMatch(/Rank \(UB\)/);
    expect(table.stdout).toMatch(/CSD T=2 rank, bootstrap 95% over rounds/);
    expect(table.stdout).toMatch(/CSD T=2 E\[S\], bootstrap 95% over rounds/);
    expect(table.stdout).toMatch(/bootstrap 95% over rounds: 10 replicates \(\d+ distinct of 92,378 possible, each simulated once\), 500 tournaments each/);
    expect(table.stdout).toMatch(/Tier: in order of the point estimate, a tier's rank is its first model's position/);
    expect(table.stdout).toMatch(/ \d+-\d+ \(±\d+\.\d, ±\d+\.\d\) /); // a rank interval, each end with its SE
    expect(table.stdout).toMatch(/Mean shift/);
    const csv = await cli('compare', '--scores', ...helm, '--iterations', '500', '--bootstrap', '10', '--resample', 'rounds', '--format', 'csv', '--quiet');
    const [header, first] = csv.stdout.split('\n');
    expect(header).toContain(
      'bootstrap_interval,tier,tier_rank,rank_ub,rank95_low,rank95_low_se,rank95_high,rank95_high_se,' +
        'expected_score95_low,expected_score95_low_se,expected_score95_high,expected_score95_high_se',
    );
    expect(first).toContain(',bootstrap 95% over rounds,1,1,'); // the first model: tier 1, its rank 1
  });

  it.each([
    [['--bootstrap', '1'], 'BAD_OPTION'],
    [['--zero-random', '99'], 'BAD_OPTION'],
    [['--score-stderr', '/no/such.csv', '--bootstrap', '5'], 'FILE_NOT_FOUND'],
    [['--bootstrap', '5', '--resample', 'coins'], 'BAD_OPTION'],
    [['--bootstrap', '5', '--resample', 'rounds', '--bootstrap-iterations', '0'], 'BAD_OPTION'],
    [['--resample', 'rounds'], 'CONFLICTING_OPTIONS'], // without --bootstrap it would do nothing
    [['--bootstrap', '5', '--resample', 'rounds', '--score-stderr', HELM_LITE], 'CONFLICTING_OPTIONS'],
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
  it('alone means 1,000 replicates; absent, none', async () => {
    const { parseCommandLine } = await import('../../src/cli/parseArgs.js');
    const bootstrap = async (...argv: string[]) => (await parseCommandLine(['compare', ...argv]))?.values.bootstrap;
    expect(await bootstrap('--bootstrap', '--quiet')).toBe(1000);
    expect(await bootstrap()).toBe(0);
    expect(await bootstrap('--bootstrap', '50')).toBe(50);
  });

  it('refuses, in one line, to resample benchmarks when every round has one (HELM Lite as published)', async () => {
    const r = await cli('compare', '--scores', ...helm, '--iterations', '100', '--bootstrap', '5', '--quiet');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--resample: every round has one benchmark.*use --resample rounds or --score-stderr FILE \[CONFLICTING_OPTIONS\]/);
  });

  it('warns, even with --quiet, naming the one-benchmark rounds it holds fixed', async () => {
    const rounds = 'NarrativeQA,NaturalQuestions (open-book);NaturalQuestions (closed-book),OpenbookQA;MMLU;MATH,GSM8K;LegalBench;MedQA;WMT 2014';
    const r = await cli('compare', '--scores', ...helm, '--rounds', rounds, '--iterations', '200', '--bootstrap', '20', '--format', 'json', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: the bootstrap over benchmarks holds 4 one-benchmark round\(s\) fixed, so they carry no resampling uncertainty: MMLU, LegalBench, MedQA, WMT 2014/);
    const json = JSON.parse(r.stdout);
    expect(json.bootstrap).toMatchObject({ unit: 'benchmarks', level: 0.95, replicates: 20, possibleResamples: 27, iterationsPerReplicate: 200 });
    expect(json.bootstrap.fixedRounds).toEqual(['MMLU', 'LegalBench', 'MedQA', 'WMT 2014']);
    expect(json.models[0].bootstrap).toEqual({
      expectedScore95: [expect.any(Number), expect.any(Number)],
      expectedScore95StdError: [expect.any(Number), expect.any(Number)],
      rank95: [expect.any(Number), expect.any(Number)],
      rank95StdError: [expect.any(Number), expect.any(Number)],
      rankUB: expect.any(Number),
      tier: 1,
      tierRank: expect.any(Number),
    });
  });
});
