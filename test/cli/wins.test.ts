import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../support/cli.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const HELM = join(FIXTURES, 'helm/runs');
const QWEN = join(FIXTURES, 'inspect/eee_fixture_arc_easy_2models/data_arc_qwen.json');
const SONNET = join(FIXTURES, 'inspect/eee_fixture_arc_easy_2models/data_arc_sonnet.json');
const HELM_FILE = 'bbq.csv';

describe('swiss-rank wins', () => {
  it('writes one --win-matrix CSV per benchmark and provenance.json, which simulate then ranks', async () => {
    const out = join(tempDir(), 'helm-wins');
    const r = await cli('wins', '--from', 'helm', HELM, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/win matrices of 3 models on 1 benchmarks from helm/);
    expect(r.stdout).toMatch(/bbq\.csv .*3 of 3 .*25-25/);
    expect(readdirSync(out).sort()).toEqual(['.swiss-rank-report', HELM_FILE, 'provenance.json']);
    expect(readFileSync(join(out, HELM_FILE), 'utf8')).toBe(
      [
        'model,anthropic/claude-3-5-sonnet-20240620,meta/llama-3-8b-chat,openai/gpt-4o-2024-05-13',
        'anthropic/claude-3-5-sonnet-20240620,0.5,0.52,0.5',
        'meta/llama-3-8b-chat,0.48,0.5,0.48',
        'openai/gpt-4o-2024-05-13,0.5,0.52,0.5',
        '',
      ].join('\n'),
    );
    const provenance = JSON.parse(readFileSync(join(out, 'provenance.json'), 'utf8'));
    expect(provenance).toMatchObject({ tool: 'swiss-rank', kind: 'helm', counted: 'items' });
    expect(provenance.benchmarks[0]).toMatchObject({ name: 'bbq', file: HELM_FILE });
    expect(provenance.benchmarks[0].counts[0]).toEqual([0, 25, 25]);

    const sim = await cli('simulate', '--win-matrix', join(out, HELM_FILE), '--iterations', '1000', '--format', 'json', '--quiet');
    expect(sim.code, sim.stderr).toBe(0);
    const json = JSON.parse(sim.stdout);
    expect(json.models).toHaveLength(3);
    expect(json.rounds[0].name).toBe('bbq');
  });

  it('takes the Inspect logs as positional paths, and replaces its own folder on a second run', async () => {
    const out = join(tempDir(), 'inspect-wins');
    expect((await cli('wins', '--from', 'inspect', QWEN, SONNET, '--out', out, '--quiet')).code).toBe(0);
    const again = await cli('wins', '--from', 'inspect', QWEN, SONNET, '--out', out);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/left out: arc_easy: 2 of anthropic\/claude-sonnet-4-0's 5 items/);
    expect(readdirSync(out).sort()).toEqual(['.swiss-rank-report', 'arc_easy.csv', 'provenance.json']);
    const sim = await cli('simulate', '--win-matrix', join(out, 'arc_easy.csv'), '--iterations', '1000', '--format', 'json', '--quiet');
    expect(sim.code, sim.stderr).toBe(0);
    const [first] = JSON.parse(sim.stdout).models;
    // One match, sonnet wins it with P = 2.5 / 3.
    expect(first.name).toBe('anthropic/claude-sonnet-4-0');
  });

  it('without --out writes nothing and prints the matrices: whole as JSON, long as CSV', async () => {
    const json = await cli('wins', '--from', 'inspect', QWEN, SONNET, '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.benchmarks[0].p).toEqual([[0.5, 0.5 / 3], [2.5 / 3, 0.5]]);
    expect(result.benchmarks[0].counts).toEqual([[0, 3], [3, 0]]);
    const csv = await cli('wins', '--from', 'inspect', QWEN, SONNET, '--format', 'csv');
    expect(csv.stdout.split('\n').slice(0, 2)).toEqual([
      'benchmark,model,opponent,p,items',
      `arc_easy,ollama/qwen2.5:0.5b,anthropic/claude-sonnet-4-0,${0.5 / 3},3`,
    ]);
  });

  it('warns how many arena pairs are coins, and refuses them with --unseen error', async () => {
    const dir = tempDir();
    const file = join(dir, 'battles.csv');
    writeFileSync(file, 'model_a,model_b,winner\nx,y,model_a\ny,z,tie\n');
    const r = await cli('wins', '--from', 'arena', file, '--quiet');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      'swiss-rank: warning: 1 of 3 pairs (over all benchmarks) had nothing to compare and are a coin (0.5); --unseen error refuses them\n',
    );
    const refused = await cli('wins', '--from', 'arena', file, '--unseen', 'error');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/x vs z on overall: no battle between them .*\[MISSING_SCORE\]\n$/);
  });

  it('gives one line and exit 2 for each bad input, and writes nothing', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const cases: [string[], RegExp][] = [
      [['wins', HELM], /--from: wins reads one of lm-eval, helm, inspect, arena; none given \[BAD_OPTION\]/],
      [['wins', '--from', 'long', HELM], /--from: wins reads one of .*; found long \[BAD_OPTION\]/],
      [['wins', '--from', 'inspect', join(FIXTURES, 'inspect/inspect_ai_tests/2025-05-12T20-28-13-04-00_popularity.json'), '--out', out], /\[RUN_NOT_FINISHED\]/],
      [['wins', '--from', 'lm-eval', join(FIXTURES, 'lm-eval/eee_fixture_results_and_samples'), '--out', out], /at least 2 models, found 1 \[TOO_FEW_MODELS\]/],
      [['wins', '--from', 'helm', '--out', out], /\[BAD_OPTION\]/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("never writes into a folder holding the user's files, nor over the logs it reads", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'notes.txt'), 'keep');
    const foreign = await cli('wins', '--from', 'helm', HELM, '--out', join(dir, 'mine'));
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/\[OUTPUT_NOT_OURS\]/);
    expect(readdirSync(join(dir, 'mine'))).toEqual(['notes.txt']);
    const input = await cli('wins', '--from', 'helm', HELM, '--out', HELM);
    expect(input.code).toBe(2);
    expect(input.stderr).toMatch(/\[OUTPUT_IS_INPUT\]/);
  });
});
