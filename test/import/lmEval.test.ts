/**
 * The lm-eval importer on every real results file (test/fixtures/formats/lm-eval, MIT, see its
 * SOURCE.md): cells written literally from the files, the metric and direction chosen and said,
 * group tasks only on request, the newest run winning, and one clear error per bad input.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLmEval } from '../../src/import/lmEval.js';
import type { ImportedScores } from '../../src/import/types.js';

const FIXTURES = 'test/fixtures/formats/lm-eval';
const V04 = `${FIXTURES}/v0.4_results_mamba2_6models`;
const V03 = `${FIXTURES}/legacy_v0.3_results_opt_8models`;
const EEE = `${FIXTURES}/eee_fixture_results_and_samples`;

function cell(imported: ImportedScores, model: string, benchmark: string) {
  const found = imported.records.filter((r) => r.model === model && r.benchmark === benchmark);
  expect(found, `${model} on ${benchmark}`).toHaveLength(1);
  return { score: found[0].score, stderr: found[0].stderr };
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; location: { file?: string; line?: number; column?: number; option?: string } };
  }
  throw new Error('expected an error');
}

describe('importLmEval on v0.4 results (6 mamba models, one file each)', () => {
  it('takes acc_norm, else acc, per task; stderr beside; cells as the files give them', async () => {
    const imported = await importLmEval([V04], {});
    expect(imported.provenance.files).toHaveLength(6);
    expect(new Set(imported.records.map((r) => r.model)).size).toBe(6);
    // three cells per file, from the JSON as written (results.<task>.<metric>,none)
    const expected: [string, number, number, number][] = [
      ['state-spaces/mamba-1.4b', 0.6119528619528619, 0.6140489344909235, 0.6491364253832719],
      ['state-spaces/mamba2-1.3b', 0.6035353535353535, 0.6101026045777427, 0.6561226470017466],
      ['state-spaces/mamba2-130m', 0.42045454545454547, 0.5256511444356748, 0.43916165340578306],
      ['state-spaces/mamba2-2.7b', 0.6477272727272727, 0.6385161799526441, 0.6962934213079759],
      ['state-spaces/mamba2-370m', 0.48737373737373735, 0.5540647198105761, 0.558897729477974],
      ['state-spaces/mamba2-780m', 0.5433501683501684, 0.6022099447513812, 0.6167281195420143],
    ];
    for (const [model, arcEasyAccNorm, winograndeAcc, lambadaAcc] of expected) {
      expect(cell(imported, model, 'arc_easy').score).toBe(arcEasyAccNorm);
      expect(cell(imported, model, 'winogrande').score).toBe(winograndeAcc);
      // lambada_openai has perplexity (lower is better) and acc: acc is taken, higher is better.
      expect(cell(imported, model, 'lambada_openai').score).toBe(lambadaAcc);
    }
    expect(cell(imported, 'state-spaces/mamba2-130m', 'arc_easy').stderr).toBe(0.010129114278546528);
    expect(imported.lowerIsBetter).toEqual([]);
    expect(imported.provenance.choices).toContain('arc_easy: acc_norm (default order), higher is better');
    expect(imported.provenance.choices).toContain('lambada_openai: acc (default order), higher is better');
    expect(imported.provenance.choices).toContain('state-spaces/mamba2-130m: results_2025-03-02T06-44-13.841373.json for 16 tasks');
  });

  it('leaves the group task glue out unless asked, and says so', async () => {
    const without = await importLmEval([V04], {});
    expect(without.records.some((r) => r.benchmark === 'glue')).toBe(false);
    expect(without.provenance.choices.some((c) => /group tasks left out \(glue\)/.test(c))).toBe(true);
    const withGroups = await importLmEval([V04], { groups: true });
    expect(cell(withGroups, 'state-spaces/mamba2-130m', 'glue').score).toBe(0.37075690805145306);
    expect(withGroups.provenance.choices).toContain('glue: acc (default order), higher is better');
  });

  it('--metric picks a metric; perplexity is lower-is-better from higher_is_better', async () => {
    const imported = await importLmEval([V04], { metric: new Map([['lambada_openai', 'perplexity'], ['arc_easy', 'acc,none']]) });
    expect(cell(imported, 'state-spaces/mamba2-130m', 'lambada_openai').score).toBe(16.828895401520434);
    expect(cell(imported, 'state-spaces/mamba2-130m', 'arc_easy').score).toBe(0.4739057239057239);
    expect(imported.lowerIsBetter).toEqual(['lambada_openai']);
    expect(imported.provenance.choices).toContain('lambada_openai: perplexity (--metric), lower is better (lm-eval higher_is_better false)');
  });

  it('METRIC_NOT_FOUND for a chosen metric a results file lacks, naming the file', async () => {
    const error = await codeOf(importLmEval([V04], { metric: new Map([['arc_easy', 'bleu']]) }));
    expect(error.code).toBe('METRIC_NOT_FOUND');
    expect(error.location.file).toMatch(/mamba-1\.4b\/results_.*\.json$/);
    const noTask = await codeOf(importLmEval([V04], { metric: new Map([['gsm8k', 'exact_match']]) }));
    expect(noTask.code).toBe('METRIC_NOT_FOUND');
    expect(noTask.location.option).toBe('metric');
  });
});

describe('importLmEval on v0.3 results (8 OPT models, bare metric keys, no higher_is_better)', () => {
  it('reads the model from config.model_args and three cells per file', async () => {
    const imported = await importLmEval([V03], {});
    const expected: [string, number, number, number][] = [
      ['facebook/opt-1.3b', 0.29436860068259385, 0.5974743488555643, 0.5792742091985251],
      ['facebook/opt-125m', 0.22781569965870307, 0.5027624309392266, 0.3790025228022511],
      ['facebook/opt-13b', 0.3575085324232082, 0.6519337016574586, 0.6863962740151368],
      ['facebook/opt-2.7b', 0.3122866894197952, 0.6101026045777427, 0.6359402289928198],
      ['facebook/opt-30b', 0.3796928327645051, 0.6819258089976322, 0.7145352222006598],
      ['facebook/opt-350m', 0.23890784982935154, 0.5232833464877664, 0.45158160294973804],
      ['facebook/opt-6.7b', 0.34726962457337884, 0.6527229676400947, 0.6770813118571706],
      ['facebook/opt-66b', 0.40102389078498296, 0.6874506708760852, 0.7389869978653212],
    ];
    for (const [model, arcChallengeAccNorm, winograndeAcc, lambadaAcc] of expected) {
      expect(cell(imported, model, 'arc_challenge').score).toBe(arcChallengeAccNorm);
      expect(cell(imported, model, 'winogrande').score).toBe(winograndeAcc);
      expect(cell(imported, model, 'lambada_openai').score).toBe(lambadaAcc);
    }
    expect(cell(imported, 'facebook/opt-66b', 'arc_challenge').stderr).toBe(0.014322255790719864);
    expect(new Set(imported.records.map((r) => r.benchmark)).size).toBe(65);
    expect(imported.records).toHaveLength(8 * 65);
  });

  it('ppl is lower-is-better by its name', async () => {
    const imported = await importLmEval([V03], { metric: new Map([['lambada_openai', 'ppl']]) });
    expect(cell(imported, 'facebook/opt-125m', 'lambada_openai')).toEqual({ score: 26.02103896885129, stderr: 0.9418773107503278 });
    expect(imported.lowerIsBetter).toEqual(['lambada_openai']);
    expect(imported.provenance.choices).toContain('lambada_openai: ppl (--metric), lower is better (a perplexity-type name)');
  });
});

describe('importLmEval on the Every Eval Ever fixture (results beside samples_*.jsonl)', () => {
  it('reads the results file and skips the samples file', async () => {
    const imported = await importLmEval([EEE], {});
    expect(imported.provenance.files).toEqual([`${EEE}/results_2026-01-21T03-44-18.458309.json`]);
    const model = 'RylanSchaeffer/mem_Qwen3-93M_minerva_math_rep_0_sbst_1.0000_epch_1_ot_1';
    // the file has two tasks: both cells, as written
    expect(cell(imported, model, 'math_perturbed_full')).toEqual({ score: 0, stderr: 0 });
    expect(cell(imported, model, 'math_rephrased_full')).toEqual({ score: 0.0004, stderr: 0.0002828144211304471 });
    expect(imported.provenance.choices).toContain('math_rephrased_full: exact_match (default order), higher is better');
  });
});

describe('importLmEval: runs and bad inputs', () => {
  const scratch = () => mkdtempSync(join(tmpdir(), 'swiss-rank-lmeval-'));
  const file130m = `${V04}/state-spaces__mamba2-130m/results_2025-03-02T06-44-13.841373.json`;

  it('the newest run of a model wins, by date, and the choice says so', async () => {
    const dir = scratch();
    cpSync(V04, dir, { recursive: true });
    const json = JSON.parse(readFileSync(file130m, 'utf8'));
    json.date += 86_400;
    json.results.arc_easy['acc_norm,none'] = 0.5;
    writeFileSync(join(dir, 'state-spaces__mamba2-130m', 'results_2025-03-03T06-44-13.000000.json'), JSON.stringify(json));
    const imported = await importLmEval([dir], {});
    expect(cell(imported, 'state-spaces/mamba2-130m', 'arc_easy').score).toBe(0.5);
    expect(imported.provenance.choices).toContain(
      'state-spaces/mamba2-130m: results_2025-03-03T06-44-13.000000.json for 16 tasks (newest of 2 runs by date for these tasks)',
    );
  });

  it('two undated runs of one model are refused (nothing says which is newer)', async () => {
    const dir = scratch();
    cpSync(`${V03}/opt-125m.json`, join(dir, 'a.json'));
    cpSync(`${V03}/opt-125m.json`, join(dir, 'b.json'));
    const error = await codeOf(importLmEval([dir], {}));
    expect(error.code).toBe('BAD_IMPORT');
  });

  it('malformed JSON is BAD_IMPORT with line and column', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'results_x.json'), '{\n  "results": {\n    "a": {"acc": 0.5,}\n  }\n}\n');
    const error = await codeOf(importLmEval([dir], {}));
    expect(error.code).toBe('BAD_IMPORT');
    expect(error.location).toMatchObject({ file: join(dir, 'results_x.json'), line: 3, column: expect.any(Number) });
  });

  it('a file without a model name, or without results, is BAD_IMPORT', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ results: { a: { acc: 0.5 } }, config: {} }));
    expect((await codeOf(importLmEval([join(dir, 'r.json')], {}))).code).toBe('BAD_IMPORT');
    writeFileSync(join(dir, 's.json'), JSON.stringify({ model_name: 'x' }));
    expect((await codeOf(importLmEval([join(dir, 's.json')], {}))).code).toBe('BAD_IMPORT');
  });

  it('stderr "N/A" means no stderr; any other string is refused', async () => {
    const dir = scratch();
    const run = (stderr: unknown) => ({ model_name: 'm', results: { t: { 'acc,none': 0.5, 'acc_stderr,none': stderr } } });
    writeFileSync(join(dir, 'na.json'), JSON.stringify(run('N/A')));
    expect(cell(await importLmEval([join(dir, 'na.json')], {}), 'm', 't')).toEqual({ score: 0.5, stderr: undefined });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(run('big')));
    expect((await codeOf(importLmEval([join(dir, 'bad.json')], {}))).code).toBe('BAD_IMPORT');
  });
});
