/**
 * `swiss-rank import` and `--from`, end to end in-process: positional arguments, the CSV that
 * --scores reads back, JSON with provenance, notes and warnings, --out onto an input refused, and
 * simulate on an lm-eval folder with the import's choices in its provenance.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/parseArgs.js';
import { cli, tempDir } from '../support/cli.js';

const V04 = 'test/fixtures/formats/lm-eval/v0.4_results_mamba2_6models';
const V03 = 'test/fixtures/formats/lm-eval/legacy_v0.3_results_opt_8models';
const FILE_130M = `${V04}/state-spaces__mamba2-130m/results_2025-03-02T06-44-13.841373.json`;

describe('swiss-rank import', () => {
  it('fills <from> and <paths..> from positional arguments', async () => {
    const parsed = await parseCommandLine(['import', 'lm-eval', V04, V03, '--groups']);
    expect(parsed?.command.name).toBe('import');
    expect(parsed?.values).toMatchObject({ from: 'lm-eval', paths: [V04, V03], groups: true });
    await expect(parseCommandLine(['import', 'lm-eval'])).rejects.toMatchObject({ code: 'BAD_OPTION' });
    await expect(parseCommandLine(['import', 'csv', V04])).rejects.toMatchObject({ code: 'BAD_OPTION' });
  });

  it('writes models as rows, the layout --scores reads back, with the choices as notes', async () => {
    const r = await cli('import', 'lm-eval', V04);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('model,winogrande,sciq,piqa,lambada_openai,hellaswag,cola,mnli,mnli_mismatch,mrpc,qnli,qqp,rte,sst2,wnli,arc_easy,arc_challenge');
    expect(lines).toHaveLength(7);
    expect(lines.find((l) => l.startsWith('state-spaces/mamba2-130m,'))).toMatch(/^state-spaces\/mamba2-130m,0\.5256511444356748,0\.71,0\.6398258977149075,/);
    expect(r.stderr).toContain('lm-eval: arc_easy: acc_norm (default order), higher is better');
  });

  it("converts one model's results (the Every Eval Ever fixture), which a tournament could not rank alone", async () => {
    const r = await cli('import', 'lm-eval', 'test/fixtures/formats/lm-eval/eee_fixture_results_and_samples', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('model,math_perturbed_full,math_rephrased_full\nRylanSchaeffer/mem_Qwen3-93M_minerva_math_rep_0_sbst_1.0000_epch_1_ot_1,0,0.0004\n');
    const ranked = await cli('simulate', '--from', 'lm-eval', '--scores', 'test/fixtures/formats/lm-eval/eee_fixture_results_and_samples');
    expect(ranked.stderr).toMatch(/at least 2 models, found 1 \[TOO_FEW_MODELS\]/);
  });

  it('round trip: import --out, then simulate --scores ranks the same as simulate --from', async () => {
    const out = join(tempDir(), 'table.csv');
    expect((await cli('import', 'lm-eval', V03, '--out', out, '--quiet')).code).toBe(0);
    const viaCsv = await cli('simulate', '--scores', out, '--exact', '--format', 'json', '--rounds', 'arc_easy;winogrande;piqa');
    const viaFrom = await cli('simulate', '--from', 'lm-eval', '--scores', V03, '--exact', '--format', 'json', '--rounds', 'arc_easy;winogrande;piqa');
    expect(viaCsv.code, viaCsv.stderr).toBe(0);
    expect(viaFrom.code, viaFrom.stderr).toBe(0);
    const pick = (text: string) => JSON.parse(text).models.map((m: { name: string; expectedScore: number }) => [m.name, m.expectedScore]);
    expect(pick(viaCsv.stdout)).toEqual(pick(viaFrom.stdout));
  });

  it('JSON holds records with stderr, directions and provenance; a lower-is-better metric warns on CSV', async () => {
    const json = await cli('import', 'lm-eval', V04, '--metric', 'lambada_openai=perplexity', '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.records).toContainEqual({
      model: 'state-spaces/mamba2-130m',
      benchmark: 'lambada_openai',
      score: 16.828895401520434,
      stderr: 0.5460126284644389,
      from: `${FILE_130M} results.lambada_openai.perplexity,none`,
    });
    expect(result.lowerIsBetter).toEqual([{ benchmark: 'lambada_openai', reason: 'from lm-eval' }]);
    expect(result.provenance.files).toHaveLength(6);
    const unknown = await cli('import', 'lm-eval', V04, '--lower-is-better', 'winogrand');
    expect(unknown.stderr).toMatch(/^swiss-rank: --lower-is-better: no benchmark "winogrand"; did you mean "winogrande"\? \[UNKNOWN_BENCHMARK\]\n$/);
    const csv = await cli('import', 'lm-eval', V04, '--metric', 'lambada_openai=perplexity');
    expect(csv.stderr).toMatch(/warning: lower is better on lambada_openai; .* --lower-is-better lambada_openai/);
  });

  it('refuses --out onto an input file, even one found inside a folder: exit 2, one line', async () => {
    const dir = tempDir();
    const input = join(dir, 'results_1.json');
    writeFileSync(input, readFileSync(FILE_130M));
    writeFileSync(join(dir, 'results_2.json'), readFileSync(`${V04}/state-spaces__mamba2-370m/results_2025-03-02T23-31-03.189087.json`));
    const before = readFileSync(input, 'utf8');
    for (const argv of [['import', 'lm-eval', input, '--out', input], ['import', 'lm-eval', dir, '--out', input]]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^swiss-rank: [^\n]*\[OUTPUT_IS_INPUT\]\n$/);
      expect(readFileSync(input, 'utf8')).toBe(before);
    }
  });

  it('a bad input is one line and exit 2; arena points at the wins command', async () => {
    const missing = await cli('import', 'lm-eval', V04, '--metric', 'arc_easy=bleu');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^swiss-rank: [^\n]*results_[^\n]*\.json: task "arc_easy" has no metric "bleu" [^\n]*\[METRIC_NOT_FOUND\]\n$/);
    const arena = await cli('import', 'arena', V04);
    expect(arena.code).toBe(2);
    expect(arena.stderr).toMatch(/swiss-rank wins --from arena/);
    const wrongKind = await cli('import', 'helm', V04);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toMatch(/^swiss-rank: [^\n]*: no HELM run folder [^\n]*\[BAD_IMPORT\]\n$/);
  });
});

describe('--from wherever --scores is', () => {
  it('simulate --from lm-eval --scores <folder> ranks with the import stated in the provenance', async () => {
    const r = await cli('simulate', '--from', 'lm-eval', '--scores', V04, '--iterations', '2000');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^data: .*mamba2-130m\/results_2025-03-02T06-44-13\.841373\.json/m);
    expect(r.stdout).toMatch(/^imported from lm-eval: .*; sciq, piqa, hellaswag, arc_easy, arc_challenge: acc_norm \(default order\), higher is better;/m);
    expect(r.stdout).toMatch(/^\s*║\s+1 │ state-spaces\/mamba2-2\.7b /m);
    const json = JSON.parse((await cli('simulate', '--from', 'lm-eval', '--scores', V04, '--iterations', '2000', '--format', 'json')).stdout);
    expect(json.source.provenance.imported.kind).toBe('lm-eval');
    expect(json.source.files).toHaveLength(6);
  });

  it('--lower-is-better flips a two-model ranking of a plain --scores table, and says so', async () => {
    const dir = tempDir();
    const table = join(dir, 't.csv');
    writeFileSync(table, 'model,err\na,0.1\nb,0.3\n');
    const higher = JSON.parse((await cli('simulate', '--scores', table, '--exact', '--format', 'json')).stdout);
    expect(higher.models[0].name).toBe('b');
    const r = await cli('simulate', '--scores', table, '--exact', '--lower-is-better', 'err');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/║\s+1 │ a /);
    expect(r.stdout).toContain('lower is better: err (--lower-is-better); their scores are negated, so means and baselines average -score');
    const wrong = await cli('simulate', '--scores', table, '--lower-is-better', 'er');
    expect(wrong.stderr).toMatch(/no benchmark "er"; did you mean "err"\? \[UNKNOWN_BENCHMARK\]/);
  });

  it('--outcomes noisy decides matches from the standard errors and says so', async () => {
    const r = await cli('simulate', '--from', 'lm-eval', '--scores', V04, '--outcomes', 'noisy', '--iterations', '2000', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.source.kind).toBe('probabilities');
    expect(json.source.provenance.outcomes).toMatch(/^noisy, P\(win\) = Phi/);
    const compare = await cli('compare', '--from', 'lm-eval', '--scores', V04, '--outcomes', 'noisy', '--iterations', '1000');
    expect(compare.stderr).toMatch(/^swiss-rank: --outcomes: .* needs a score table, not win matrices \(--outcomes noisy makes matrices\) \[CONFLICTING_OPTIONS\]$/m);
    const plain = await cli('simulate', '--scores', join('test/fixtures', 'dominance5.csv'), '--outcomes', 'noisy');
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/--outcomes noisy needs standard errors/);
  });

  it('options of imports without --from are refused', async () => {
    const r = await cli('simulate', '--metric', 'a=acc');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--metric applies to imports: give --from <kind> \[CONFLICTING_OPTIONS\]/);
    const noScores = await cli('simulate', '--from', 'lm-eval');
    expect(noScores.stderr).toMatch(/give --scores PATH/);
  });
});

describe('a report config with data.from', () => {
  it('imports, states the choices in JSON and HTML, and shows paths relative to the config', async () => {
    const dir = tempDir();
    cpSync(V04, join(dir, 'lm'), { recursive: true });
    writeFileSync(join(dir, 'aliases.csv'), 'alias,model\nstate-spaces/mamba2-130m,mamba2-130m\n');
    const config = {
      data: { scores: 'lm', from: 'lm-eval', lowerIsBetter: ['winogrande'], alias: 'aliases.csv', metric: ['arc_easy=acc'] },
      iterations: 1000,
      sweep: [0, 1],
      out: 'report',
    };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    const r = await cli('report', '--config', join(dir, 'config.json'), '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'report', 'results.json'), 'utf8'));
    expect(json.source.files).toHaveLength(6);
    expect(json.source.files[0]).toMatch(/^lm\/state-spaces__mamba-1\.4b\/results_/);
    expect(json.source.provenance.imported.choices).toContain('arc_easy: acc (--metric), higher is better');
    expect(json.source.provenance.imported.choices).toContain('aliases (aliases.csv): state-spaces/mamba2-130m -> mamba2-130m');
    expect(json.source.provenance.lowerIsBetter).toEqual([{ benchmark: 'winogrande', reason: '--lower-is-better' }]);
    expect(json.models.map((m: { name: string }) => m.name)).toContain('mamba2-130m');
    for (const file of ['results.json', 'report.html', 'results.csv']) {
      expect(readFileSync(join(dir, 'report', file), 'utf8'), file).not.toContain(dir);
    }
    const html = readFileSync(join(dir, 'report', 'report.html'), 'utf8');
    expect(html).toContain('<dt>Imported from lm-eval</dt>');
    expect(html).toContain('<dt>Lower is better</dt><dd>winogrande (--lower-is-better); their scores are negated');
  }, 60_000);
});
