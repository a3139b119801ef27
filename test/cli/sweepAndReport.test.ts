import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
    expect(Object.keys(m).sort()).toEqual(['base', 'drop', 'dropStdError', 'dropStdErrorUnpaired', 'name', 'profile', 'results']);
    expect(m.results.map((x: { elimination: number }) => x.elimination)).toEqual([0, 1, 2]);
    expect(m.results[2].rank).toBe(1);
  });

  it('takes --sweep, and renders csv and table', async () => {
    const csv = await cli('sweep', '--scores', ...helm, '--iterations', '1000', '--sweep', '0,3', '--format', 'csv', '--quiet');
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe(
      'model,expected_score_T0,std_error_T0,rank_T0,p_first_T0,mean_rank_T0,expected_score_T3,std_error_T3,rank_T3,p_first_T3,mean_rank_T3,base,drop,drop_std_error,profile',
    );
    const table = await cli('sweep', '--scores', ...helm, '--iterations', '1000', '--quiet');
    expect(table.stdout).toMatch(/E\[S \| T=2\]/);
    expect(table.stdout).toMatch(/robust generalist|aggressive specialist/);
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

describe('the shipped configs on the real tables', () => {
  it.each([
    ['livebench.json', 126],
    ['open-llm-leaderboard.json', 4496],
  ])('configs/%s makes a report of %i models', async (name, models) => {
    const out = join(tempDir(), 'report');
    const r = await cli('report', '--config', join(REPO_ROOT, 'configs', name), '--out', out, '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(json.models).toHaveLength(models);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('scatter-figure');
    // configs/livebench.json asks for the round-order analysis (100 random orders: ~100 runs more).
    if (name === 'livebench.json') {
      expect(json.order.orders).toMatchObject({ method: 'random', count: 100 });
      expect(json.order.models).toHaveLength(models);
      expect(html).toContain('id="order-figure"');
    } else expect(json.order).toBeUndefined();
  }, 600_000);
});
