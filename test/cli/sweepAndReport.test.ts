import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { HELM_LITE } from '../support/realData.js';

// The bundled HELM Lite has one gap; these tests play it as a coin, as the default run does.
const helm = [HELM_LITE, '--missing', 'coin'];
const configs = join(REPO_ROOT, 'test', 'fixtures', 'configs');

describe('swiss-rank sweep', () => {
  it('writes the sweep JSON pipelines read', async () => {
    const r = await cli('sweep', '--scores', ...helm, '--iterations', '2000', '--format', 'json', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ tool: 'swiss-rank', seed: 1, iterations: 2000, sweep: [0, 1, 2] });
    expect(json.models).toHaveLength(91);
    const m = json.models[0];
    expect(Object.keys(m).sort()).toEqual([
      'base', 'drop', 'dropStdError', 'dropStdErrorUnpaired', 'name', 'profile', 'profileDistanceInSE', 'profileUncertain', 'results',
    ]);
    expect(Object.keys(json.profileRule).sort()).toEqual([
      'aggressiveBelow', 'baseMedian', 'baseMedianModels', 'baseMedianStdError', 'description', 'dropMargin', 'dropMedian',
      'dropMedianModels', 'dropMedianStdError', 'marginFraction', 'meanDrop', 'robustAbove', 'uncertainWithinSE',
    ]);
    expect(m.results.map((x: { elimination: number }) => x.elimination)).toEqual([0, 1, 2]);
    expect(Object.keys(json.intervals).sort()).toEqual([
      'dropStdError', 'dropStdErrorUnpaired', 'pFirstStdError', 'profileDistanceInSE', 'rankInterval90', 'stdError',
    ]);
    expect(json.intervals.dropStdError).toMatch(/^Monte Carlo standard error of drop, from the paired/);
    expect(json.intervals.rankInterval90).toMatch(/^results\[\]\.rankInterval90: Spread across tournaments, not a confidence interval/);
    expect(m.results[2].rank).toBe(1);
  });

  it('takes --sweep, and renders csv and table', async () => {
    const csv = await cli('sweep', '--scores', ...helm, '--iterations', '1000', '--sweep', '0,3', '--format', 'csv', '--quiet');
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe(
      'model,expected_score_T0,std_error_T0,rank_T0,p_first_T0,p_first_std_error_T0,mean_rank_T0,' +
        'expected_score_T3,std_error_T3,rank_T3,p_first_T3,p_first_std_error_T3,mean_rank_T3,' +
        'base,drop,drop_std_error,profile,profile_distance_se,profile_uncertain',
    );
    const table = await cli('sweep', '--scores', ...helm, '--iterations', '1000', '--quiet');
    expect(table.stdout).toMatch(/E\[S \| T=2\]/);
    expect(table.stdout).toMatch(/robust generalist|aggressive specialist/);
    for (const label of ['± Monte Carlo SE', '± paired Monte Carlo SE', 'P(first), T=2', '(* uncertain)']) {
      expect(table.stdout).toContain(label);
    }
    expect(table.stdout).toContain('±: one Monte Carlo standard error, the error of averaging 1,000 simulated tournaments');
    expect(table.stdout).toMatch(/reference drop -0\.\d{3} \(median of the \d+ models that are not weak\); margin 0\.\d{3} \(0\.2 x the mean drop -0\.\d{3}\)/);
    expect(table.stdout).toMatch(/\* uncertain: within 2 standard errors of a boundary \(\d+ of 91 models\)/);
  });

  it('is identical on 1 and 2 threads', async () => {
    const run = (threads: string) =>
      cli('sweep', '--scores', ...helm, '--iterations', '20000', '--threads', threads, '--format', 'json', '--quiet');
    const [one, two] = await Promise.all([run('1'), run('2')]);
    expect(two.stdout).toBe(one.stdout);
  });

  it.each([
    [['--sweep', ''], 'BAD_OPTION'],
    [['--sweep', '1,1'], 'BAD_OPTION'],
    [['--sweep', '-1'], 'BAD_OPTION'],
    [['--elimination', '2'], 'BAD_OPTION'], // not a sweep option
  ])('%j exits 2 with %s', async (extra, code) => {
    const r = await cli('sweep', '--iterations', '100', ...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`[${code}]`);
  });
});

describe('swiss-rank report', () => {
  it('writes results.json, results.csv and report.html into the folder, atomically', async () => {
    const dir = tempDir();
    const out = join(dir, 'report');
    const r = await cli('report', '--config', join(configs, 'helm-small.json'), '--out', out, '--quiet');
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.swiss-rank-report', 'report.html', 'results.csv', 'results.json']);
    expect(readdirSync(dir)).toEqual(['report']); // no temporary folder left beside it
    const json = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(json.rounds.map((x: { name: string }) => x.name)).toEqual(['Reading', 'QA', 'Knowledge', 'Math', 'Law']);
    expect(json.iterations).toBe(3000);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('main-figure');
    expect(html).toContain('scatter-figure');
    expect(html).toMatch(/[0-9a-f]{64}/); // the data file's SHA-256
    // Run again into the same folder: replaced whole.
    const again = await cli('report', '--config', join(configs, 'helm-small.json'), '--out', out, '--quiet');
    expect(again.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['report']);
  });

  it('names the config, the key path and the closest benchmark for an unknown one, and writes nothing', async () => {
    const r = await cli('report', '--config', join(configs, 'unknown-benchmark.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown-benchmark.json: rounds[3].benchmarks[1]: ');
    expect(r.stderr).toContain('MMLU-Pro');
    expect(r.stderr).toContain('[UNKNOWN_BENCHMARK]');
    expect(existsSync(join(REPO_ROOT, 'test-output', 'never-written'))).toBe(false);
  });

  it('reports every problem of a malformed config, one line each', async () => {
    const r = await cli('report', '--config', join(configs, 'malformed.json'));
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/malformed\.json: data\.missing: .*\[BAD_CONFIG\]$/);
    expect(lines[1]).toMatch(/malformed\.json: iterations: .*\[BAD_CONFIG\]$/);
    expect(lines[2]).toMatch(/malformed\.json: sweep: .*\[BAD_CONFIG\]$/);
    expect(existsSync(join(REPO_ROOT, 'test-output', 'never-written'))).toBe(false);
  });

  it('refuses invalid JSON and a missing config', async () => {
    expect((await cli('report', '--config', join(configs, 'not-json.json'))).stderr).toContain('[BAD_CONFIG]');
    expect((await cli('report', '--config', join(configs, 'nope.json'))).stderr).toContain('[FILE_NOT_FOUND]');
    expect((await cli('report')).stderr).toContain('[BAD_OPTION]');
  });

  it('writes to the config\'s own "out" folder when --out is not given', async () => {
    const out = join(REPO_ROOT, 'test-output', 'helm-small-report');
    rmSync(out, { recursive: true, force: true });
    const r = await cli('report', '--config', join(configs, 'helm-small.json'), '--quiet');
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  });
});

describe('swiss-rank report: what it shares and what it says', () => {
  it('embeds no absolute local path: data files relative to the config, with their SHA-256', async () => {
    const out = join(tempDir(), 'report');
    const r = await cli('report', '--config', join(configs, 'helm-small.json'), '--out', out, '--quiet');
    expect(r.code, r.stderr).toBe(0);
    for (const file of ['report.html', 'results.json', 'results.csv']) {
      const text = readFileSync(join(out, file), 'utf8');
      expect(text, file).not.toContain(REPO_ROOT);
      expect(text, file).not.toContain(out);
    }
    const json = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(json.source.files).toEqual(['../../../data/helm_lite_v1.13.0.csv']);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('../../../data/helm_lite_v1.13.0.csv');
    expect(html).toMatch(/<code class="hash">[0-9a-f]{64}<\/code>/);
    expect(html).toContain('swiss-rank report --config helm-small.json');
    // No path of this machine anywhere in the page: not the repository, the output, home, temp or cwd.
    for (const local of [REPO_ROOT, out, homedir(), tmpdir(), process.cwd()]) expect(html).not.toContain(local);
    expect(html).not.toMatch(/["'>\s(](\/(home|root|tmp|work|Users|var|private)\/|[A-Za-z]:\\)/);
  });

  it('explains the ranking: CSD against the mean, the pairwise heatmap and every model\'s round record', async () => {
    const out = join(tempDir(), 'report');
    const r = await cli('report', '--config', join(configs, 'helm-small.json'), '--out', out, '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<section id="against-mean">');
    expect(html).toContain('<section id="pairwise">');
    expect(html.match(/<g class="heat-cell"/g)).toHaveLength(20 * 19);
    expect(html).toContain('the mean over the 5 rounds');
    const island = JSON.parse(/<script type="application\/json" id="model-data">([^<]*)<\/script>/.exec(html)![1]);
    expect(island.rounds).toEqual(['Reading', 'QA', 'Knowledge', 'Math', 'Law']);
    expect(island.models).toHaveLength(91);
    // The simulated survival after each round at each T, as in results.json.
    const json = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
    expect(island.models[90].v[2]).toEqual(json.models[90].results[2].survival.map(round4));
    expect(island.models[0].r[0]).toBe(1);
  });

  it("shows a config's mistakes beside a bad output folder, not hidden by it", async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'thesis.tex'), 'mine');
    const r = await cli('report', '--config', join(configs, 'unknown-benchmark.json'), '--out', folder, '--quiet');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNKNOWN_BENCHMARK]');
    expect(r.stderr).toContain('[OUTPUT_NOT_OURS]');
    expect(readFileSync(join(folder, 'thesis.tex'), 'utf8')).toBe('mine');
  });
});
