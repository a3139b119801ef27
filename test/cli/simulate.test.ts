import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../support/cli.js';
import { HAS_LIVEBENCH, HELM_LITE, LIVEBENCH, LIVEBENCH_CATEGORIES, OPEN_LLM } from '../support/realData.js';

// The bundled HELM Lite has one gap; these tests play it as a coin, as the default run does.
const helm = [HELM_LITE, '--missing', 'coin'];
const livebench = LIVEBENCH;
const categories = (HAS_LIVEBENCH ? JSON.parse(readFileSync(LIVEBENCH_CATEGORIES, 'utf8')) : {}) as Record<string, string[]>;
const livebenchRounds = Object.values(categories).map((tasks) => tasks.join(',')).join(';');

describe('swiss-rank simulate, end to end', () => {
  it('ranks the bundled default table and says which data and rounds it used', async () => {
    const r = await cli('simulate', '--iterations', '2000', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/HELM Lite v1\.13\.0/);
    const json = JSON.parse(r.stdout);
    expect(json.tool).toBe('swiss-rank');
    expect(json.seed).toBe(1);
    expect(json.iterations).toBe(2000);
    expect(json.tieBreak).toBe('random');
    expect(json.models).toHaveLength(91);
    expect(json.rounds).toHaveLength(10);
    expect(json.rounds[0]).toEqual({ name: 'NarrativeQA', benchmarks: ['NarrativeQA'], elimination: 0 });
    // The bundled table's one gap is a coin unless --missing says otherwise, and the run says so.
    expect(json.missing).toBe('coin');
    expect(r.stderr).toMatch(/phi-3-small-8k-instruct on GSM8K.*--missing coin/);
    const sum = json.models.reduce((a: number, m: { expectedScore: number }) => a + m.expectedScore, 0);
    expect(sum).toBeCloseTo(json.matchesPerTournament, 9);
    // Ordered by expected score, ranks 1..n.
    for (let i = 1; i < json.models.length; i++) {
      expect(json.models[i - 1].expectedScore).toBeGreaterThanOrEqual(json.models[i].expectedScore);
    }
    expect(json.models[0]).toMatchObject({ rank: 1, name: expect.any(String), stdError: expect.any(Number) });
    // A legend says what each interval covers, so a pipeline need not guess.
    expect(Object.keys(json.intervals).sort()).toEqual(['ci95', 'pFirstStdError', 'rankInterval90', 'stdError']);
    expect(json.intervals.ci95).toMatch(/^Monte Carlo 95% interval of expectedScore .*Monte Carlo error only.*says nothing about noise in the benchmark scores/);
    expect(json.intervals.stdError).toMatch(/^Monte Carlo standard error of expectedScore/);
    expect(json.intervals.pFirstStdError).toMatch(/^Monte Carlo standard error of pFirst/);
    expect(json.intervals.rankInterval90).toMatch(/^Spread across tournaments, not a confidence interval: the 5% and 95% quantiles/);
  });

  it('refuses the bundled table\'s gap when --missing error is asked for', async () => {
    const r = await cli('simulate', '--missing', 'error', '--iterations', '1000', '--quiet');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/phi-3-small-8k-instruct.*GSM8K.*\[MISSING_SCORE\]/);
  });

  it.skipIf(!HAS_LIVEBENCH)('refuses the LiveBench table\'s short row (line 110) unless told to skip it', async () => {
    const refused = await cli('simulate', '--scores', livebench, '--iterations', '1000', '--quiet');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('livebench_2026_01_08.csv:110: ');
    expect(refused.stderr).toContain('[RAGGED_ROW]');
  });

  it.skipIf(!HAS_LIVEBENCH)('reads models-as-rows tables with grouped rounds and per-round elimination', async () => {
    const r = await cli('simulate', '--scores', livebench, '--ragged', 'skip', '--rounds', livebenchRounds,
      '--elimination', '2,2,2,2,2,2,0', '--iterations', '3000', '--format', 'json', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.models).toHaveLength(126); // 127 rows, one of them 3 fields short
    expect(json.source.skippedRows).toEqual([
      { line: 110, name: 'nemotron-3-super-120b-a12b', fields: 21, expected: 24 },
    ]);
    expect(json.rounds.map((x: { elimination: number }) => x.elimination)).toEqual([2, 2, 2, 2, 2, 2, 0]);
    expect(json.rounds[0].benchmarks).toEqual(categories.Reasoning);
    // The warning shows even with --quiet.
    expect(r.stderr).toMatch(/warning: .*:110: left out "nemotron-3-super-120b-a12b"/);
  });

  it('ranks the 4,496-model Open LLM Leaderboard table', async () => {
    const r = await cli('simulate', '--scores', OPEN_LLM, '--iterations', '200',
      '--threads', '1', '--format', 'json', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.models).toHaveLength(4496);
    expect(json.rounds.map((x: { name: string }) => x.name)).toEqual(['IFEval', 'BBH', 'MATH Level 5', 'GPQA', 'MUSR', 'MMLU-PRO']);
  });

  it('writes csv and table formats', async () => {
    const csv = await cli('simulate', '--scores', ...helm, '--iterations', '1000', '--format', 'csv', '--quiet');
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('rank,model,expected_score,std_error,mc_ci95_low,mc_ci95_high,p_first,p_first_std_error,mean_rank,standing_p05,standing_p95,p_eliminated,mean_elimination_round,survival_round_1,survival_round_2,survival_round_3,survival_round_4,survival_round_5,survival_round_6,survival_round_7,survival_round_8,survival_round_9,survival_round_10');
    expect(lines).toHaveLength(92);
    const table = await cli('simulate', '--scores', ...helm, '--iterations', '1000', '--quiet');
    expect(table.stdout).toMatch(/Expected Win Score/);
    expect(table.stdout).toMatch(/seed 1/);
    // Every interval says what it covers: Monte Carlo error, or the spread across tournaments.
    const header = table.stdout.split('\n').slice(4, 8).join('\n');
    for (const label of ['Monte Carlo SE', 'Monte Carlo 95%', 'P(first)', '± Monte Carlo SE', 'Mean standing', 'Standing 5-95%', '(spread across', 'tournaments)']) {
      expect(header).toContain(label);
    }
    expect(table.stdout).not.toMatch(/95% interval|Rank 90%/);
    expect(table.stdout).toMatch(/^\s*║\s+1 │ \S+ .*│ +0\.\d{3} ± 0\.\d{4} │/m); // P(first) with its standard error
    expect(table.stdout).toContain('Monte Carlo SE and 95%: the error of averaging 1,000 simulated tournaments');
    expect(table.stdout).toContain('5-95% is its spread across tournaments, not a confidence interval');
  });

  it('writes --out atomically and prints nothing on stdout', async () => {
    const dir = tempDir();
    const out = join(dir, 'result.json');
    const r = await cli('simulate', '--scores', ...helm, '--iterations', '1000', '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).models).toHaveLength(91);
    expect(readdirSync(dir)).toEqual(['result.json']); // no temporary file left behind
  });

  it('refuses an unwritable --out before simulating and writes nothing', async () => {
    // (A missing folder is created now; a folder that cannot be made, below a file, is refused.)
    const dir = tempDir();
    writeFileSync(join(dir, 'a-file'), '');
    const out = join(dir, 'a-file', 'result.json');
    const r = await cli('simulate', '--iterations', '1000', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/OUTPUT_UNWRITABLE/);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['simulate', '--iterations', '0'], 'BAD_OPTION'],
    [['simulate', '--iterations', '1.5'], 'BAD_OPTION'],
    [['simulate', '--iterations', String(2 ** 31 + 1)], 'BAD_OPTION'],
    [['simulate', '--threads', '0'], 'BAD_OPTION'],
    [['simulate', '--seed', '-1'], 'BAD_OPTION'],
    [['simulate', '--no-such-flag'], 'BAD_OPTION'],
    [['simulate', '--elimination', '1,2'], 'BAD_ELIMINATION'],
    [['simulate', '--elimination', '-1'], 'BAD_ELIMINATION'],
    [['simulate', '--rounds', 'MMLU;Nope'], 'UNKNOWN_BENCHMARK'],
    [['simulate', '--rounds', 'MMLU;MMLU'], 'REPEATED_BENCHMARK'],
    [['simulate', '--scores', '/nonexistent/file.csv'], 'FILE_NOT_FOUND'],
    [['simulate', '--tie-break', 'coin'], 'BAD_OPTION'],
    [['frobnicate'], 'BAD_OPTION'],
  ])('%j exits 2 with %s', async (argv, code) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('determinism', () => {
  it('gives identical JSON for the same seed with 1, 2 and 3 threads', async () => {
    const run = (threads: string) =>
      cli('simulate', '--scores', ...helm, '--iterations', '30000', '--seed', '7', '--threads', threads, '--format', 'json', '--quiet');
    const [one, two, three] = await Promise.all([run('1'), run('2'), run('3')]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
  });

  it('gives different results for a different seed', async () => {
    const a = await cli('simulate', '--iterations', '2000', '--seed', '1', '--format', 'json', '--quiet');
    const b = await cli('simulate', '--iterations', '2000', '--seed', '2', '--format', 'json', '--quiet');
    expect(JSON.parse(a.stdout).models).not.toEqual(JSON.parse(b.stdout).models);
  });
});
