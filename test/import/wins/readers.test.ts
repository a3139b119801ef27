import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WinMatrices } from '../../../src/input/types.js';
import { winMatricesFrom } from '../../../src/import/wins/winMatricesFrom.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));
const HELM = join(FIXTURES, 'helm/runs');
const INSPECT_PAIR = join(FIXTURES, 'inspect/eee_fixture_arc_easy_2models');
const LLMFAO = join(FIXTURES, 'arena/llmfao.csv.gz');
const LM_EVAL = join(FIXTURES, 'lm-eval/eee_fixture_results_and_samples');
const LM_SAMPLES = 'samples_math_perturbed_full_2026-01-21T03-44-18.458309.jsonl';
const LM_RESULTS = 'results_2026-01-21T03-44-18.458309.json';

function expectComplementary(matrices: WinMatrices): void {
  const { p, models, benchmarks } = matrices;
  const m = models.length;
  let worst = 0;
  for (let b = 0; b < benchmarks.length; b++) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) worst = Math.max(worst, Math.abs(p[(b * m + i) * m + j]! + p[(b * m + j) * m + i]! - 1));
    }
  }
  expect(worst).toBeLessThanOrEqual(1e-12);
}

async function codeOf(task: Promise<unknown>): Promise<string> {
  return task.then(() => 'no error', (error: { code?: string }) => error.code ?? String(error));
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'swiss-rank-wins-'));
}

describe('HELM per-instance stats', () => {
  it('gives the BBQ matrix of 3 models on the 25 shared instances', async () => {
    const r = await winMatricesFrom('helm', [HELM]);
    expect(r.matrices.models).toEqual(['anthropic/claude-3-5-sonnet-20240620', 'meta/llama-3-8b-chat', 'openai/gpt-4o-2024-05-13']);
    expect(r.matrices.benchmarks).toEqual(['bbq']);
    // exact_match: claude and gpt-4o miss only id57802; llama also misses id58198: one item apart.
    expect(Array.from(r.matrices.p)).toEqual([0.5, 0.52, 0.5, 0.48, 0.5, 0.48, 0.5, 0.52, 0.5]);
    expect(Array.from(r.counts)).toEqual([0, 25, 25, 25, 0, 25, 25, 25, 0]);
    expect(r.leftOut).toEqual([]);
    expect(r.provenance.choices).toContain('bbq: benchmark named by its run group');
    expect(r.provenance.choices.filter((c) => / on bbq: exact_match \(first of /.test(c))).toHaveLength(3);
    expectComplementary(r.matrices);
  });
});

describe('Inspect samples', () => {
  it('compares the arc_easy pair on the 3 shared samples and reports the 2 only one model ran', async () => {
    const r = await winMatricesFrom('inspect', [INSPECT_PAIR]);
    expect(r.matrices.models).toEqual(['ollama/qwen2.5:0.5b', 'anthropic/claude-sonnet-4-0']);
    // qwen C, I, I; sonnet C, C, C on ids 1-3: sonnet alone right twice, agree once: (2 + 0.5) / 3.
    expect(r.matrices.p[1]).toBe(0.5 / 3);
    expect(r.matrices.p[2]).toBe(2.5 / 3);
    expect(r.counts[1]).toBe(3);
    expect(r.leftOut).toEqual([
      "arc_easy: 2 of anthropic/claude-sonnet-4-0's 5 items are not answered by every model (left out of the pairs without them)",
    ]);
    expectComplementary(r.matrices);
  });

  it('refuses a cancelled run, a log with no samples and an unknown score value; leaves errored samples out', async () => {
    expect(await codeOf(winMatricesFrom('inspect', [INSPECT_PAIR, join(FIXTURES, 'inspect/inspect_ai_tests/2025-05-12T20-28-13-04-00_popularity.json')]))).toBe(
      'RUN_NOT_FINISHED',
    );
    const dir = scratch();
    const log = JSON.parse(readFileSync(join(INSPECT_PAIR, 'data_arc_sonnet.json'), 'utf8'));
    writeFileSync(join(dir, 'header.json'), JSON.stringify({ ...log, samples: undefined }));
    expect(await codeOf(winMatricesFrom('inspect', [join(dir, 'header.json')]))).toBe('BAD_IMPORT');
    const odd = structuredClone(log);
    odd.samples[0].scores.choice.value = 'maybe';
    writeFileSync(join(dir, 'odd.json'), JSON.stringify(odd));
    expect(await codeOf(winMatricesFrom('inspect', [join(dir, 'odd.json')]))).toBe('BAD_IMPORT');
    const errored = structuredClone(log);
    errored.eval.model = 'other/model';
    errored.samples[1].error = { message: 'timeout' };
    errored.samples[2].scores.choice.value = 'P';
    writeFileSync(join(dir, 'errored.json'), JSON.stringify(errored));
    const r = await winMatricesFrom('inspect', [join(INSPECT_PAIR, 'data_arc_sonnet.json'), join(dir, 'errored.json')]);
    expect(r.leftOut[0]).toMatch(/errored\.json: 1 samples that errored$/);
    // Shared ids 1, 3, 4, 5 (2 errored); sonnet C everywhere, the other P (0.5) on id 3: (4 + 0.5) / 8.
    expect(r.counts[1]).toBe(4);
    expect(r.matrices.p[1]).toBe(4.5 / 8);
  });
});

describe('lm-eval samples', () => {
  it('refuses one model (a tournament needs two)', async () => {
    expect(await codeOf(winMatricesFrom('lm-eval', [LM_EVAL]))).toBe('TOO_FEW_MODELS');
  });

  /** A second model: the fixture's run copied under another name, some scores changed. */
  function secondModel(change: (sample: Record<string, unknown>, k: number) => void): string {
    const dir = scratch();
    cpSync(LM_EVAL, join(dir, 'a'), { recursive: true });
    cpSync(LM_EVAL, join(dir, 'b'), { recursive: true });
    const results = JSON.parse(readFileSync(join(dir, 'b', LM_RESULTS), 'utf8'));
    writeFileSync(join(dir, 'b', LM_RESULTS), JSON.stringify({ ...results, model_name: 'other/model' }));
    const lines = readFileSync(join(dir, 'b', LM_SAMPLES), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    lines.forEach(change);
    writeFileSync(join(dir, 'b', LM_SAMPLES), lines.map((line) => JSON.stringify(line)).join('\n'));
    return dir;
  }

  it('aligns two models by doc_id, scoring the first metric (exact_match)', async () => {
    const original = readFileSync(join(LM_EVAL, LM_SAMPLES), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(original.every((s) => s.exact_match === 0)).toBe(true);
    const dir = secondModel((sample, k) => {
      if (k < 3) sample.exact_match = 1;
    });
    const r = await winMatricesFrom('lm-eval', [dir]);
    expect(r.matrices.models).toEqual(['RylanSchaeffer/mem_Qwen3-93M_minerva_math_rep_0_sbst_1.0000_epch_1_ot_1', 'other/model']);
    expect(r.matrices.benchmarks).toEqual(['math_perturbed_full']);
    // The copy is right on 3 of 10 where the original is wrong everywhere: (0 + 7/2) / 10.
    expect(r.matrices.p[1]).toBe(0.35);
    expect(r.provenance.choices).toEqual(['math_perturbed_full: metric exact_match (first in the samples\' metrics list)']);
  });

  it('says when a sample has no doc_hash to check (matched by doc_id alone)', async () => {
    const dir = secondModel((sample, k) => {
      if (k === 0) delete sample.doc_hash;
    });
    const r = await winMatricesFrom('lm-eval', [dir]);
    expect(r.provenance.choices[1]).toMatch(/samples_math_perturbed_full_.*: 1 samples without doc_hash, matched by doc_id alone$/);
  });

  it('refuses the same doc_id with another doc_hash (ITEMS_NOT_ALIGNED)', async () => {
    const dir = secondModel((sample, k) => {
      if (k === 4) sample.doc_hash = 'f'.repeat(64);
    });
    expect(await codeOf(winMatricesFrom('lm-eval', [dir]))).toBe('ITEMS_NOT_ALIGNED');
  });
});

describe('arena judgements', () => {
  it('gives one llmfao matrix per prompt, over the same 59 models', async () => {
    const r = await winMatricesFrom('arena', [LLMFAO]);
    expect(r.matrices.models).toHaveLength(59);
    expect(r.matrices.benchmarks).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 20].map((n) => `prompt ${n}`));
    // Every judgement counted once, in its prompt's matrix.
    const battles = r.counts.reduce((a, b) => a + b, 0) / 2;
    expect(battles).toBe(8931);
    expectComplementary(r.matrices);
  });

  it("overall: each model's mean P over the opponents it met is evalica's average_win_rate", async () => {
    const r = await winMatricesFrom('arena', [LLMFAO], { arenaMatrices: 'overall' });
    expect(r.matrices.benchmarks).toEqual(['overall']);
    expectComplementary(r.matrices);
    // evalica: matrix (wins + ties/2) / battles, NaN where two never met, row nan_mean.
    const golden = new Map(
      readFileSync(join(FIXTURES, 'arena/llmfao-golden.csv'), 'utf8')
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('average_win_rate,'))
        .map((line) => {
          const cells = line.split(',');
          return [cells.slice(1, -1).join(','), Number(cells.at(-1))] as const;
        }),
    );
    const m = r.matrices.models.length;
    expect(golden.size).toBe(m);
    r.matrices.models.forEach((name, i) => {
      let sum = 0;
      let met = 0;
      for (let j = 0; j < m; j++) {
        if (j === i || r.counts[i * m + j] === 0) continue;
        sum += r.matrices.p[i * m + j]!;
        met++;
      }
      expect(sum / met, name).toBeCloseTo(golden.get(name)!, 12);
    });
  });

  it('reads the FastChat layout: ties (both kinds) are a half, categories split, unseen pairs a coin or refused', async () => {
    const dir = scratch();
    const file = join(dir, 'battles.csv');
    writeFileSync(
      file,
      [
        'model_a,model_b,winner,category',
        'x,y,model_a,code',
        'y,x,model_a,code',
        'x,y,tie (bothbad),code',
        'x,z,tie,code',
        'x,y,model_b,math',
        'y,z,model_a,math',
      ].join('\n'),
    );
    const r = await winMatricesFrom('arena', [file]);
    expect(r.matrices.benchmarks).toEqual(['code', 'math']);
    expect(r.matrices.models).toEqual(['x', 'y', 'z']);
    // code: x vs y: won 1, lost 1, tied 1 -> 1.5 / 3; x vs z: one tie; y vs z: never met (coin).
    expect(Array.from(r.matrices.p.subarray(0, 9))).toEqual([0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(Array.from(r.counts.subarray(0, 9))).toEqual([0, 3, 1, 3, 0, 0, 1, 0, 0]);
    // math: y beat x and z; x vs z never met.
    expect(Array.from(r.matrices.p.subarray(9))).toEqual([0.5, 0, 0.5, 1, 0.5, 1, 0.5, 0, 0.5]);
    expect(r.leftOut).toEqual([
      'code: 1 of 3 pairs have no battle between them and are a coin (0.5): y vs z',
      'math: 1 of 3 pairs have no battle between them and are a coin (0.5): x vs z',
    ]);
    expect(await codeOf(winMatricesFrom('arena', [file], { unseen: 'error' }))).toBe('MISSING_SCORE');
    writeFileSync(file, 'model_a,model_b,winner\nx,x,tie\n');
    expect(await codeOf(winMatricesFrom('arena', [file]))).toBe('BAD_IMPORT');
    writeFileSync(file, 'model_a,model_b,winner\nx,y,model_a\nx,y,draw\n');
    const error = await winMatricesFrom('arena', [file]).catch((e: { code: string; location: object }) => e);
    expect(error).toMatchObject({ code: 'BAD_IMPORT', location: { file, line: 3, column: 3 } });
  });
});

describe('gzip', () => {
  it('refuses a .gz that is not gzip, as one clear error', async () => {
    const file = join(scratch(), 'battles.csv.gz');
    writeFileSync(file, 'model_a,model_b,winner\nx,y,model_a\n');
    const error = await winMatricesFrom('arena', [file]).catch((e: { code: string; message: string }) => e);
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringMatching(/not valid gzip/) });
  });
});

describe('winMatricesFrom: its arguments', () => {
  it('refuses a kind that has no per-item results, a lone path string and an unknown policy', async () => {
    expect(await codeOf(winMatricesFrom('long' as 'helm', [HELM]))).toBe('BAD_OPTION');
    expect(await codeOf(winMatricesFrom('helm', HELM as unknown as string[]))).toBe('BAD_OPTION');
    expect(await codeOf(winMatricesFrom('helm', [HELM], { unseen: 'guess' as 'coin' }))).toBe('BAD_OPTION');
  });
});
