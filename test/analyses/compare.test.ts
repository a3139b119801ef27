import { describe, expect, it } from 'vitest';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { bootstrap, planBootstrap, type BootstrapSettings } from '../../src/analyses/bootstrap.js';
import { compare } from '../../src/api/runs.js';
import { perturbModel, zeroRandomBenchmarks, zeroScores } from '../../src/analyses/perturb.js';
import { Engine } from '../../src/engine/engine.js';
import { sweep } from '../../src/api/runs.js';
import { buildTournament } from '../../src/tournament/tournament.js';
import { HELM_LITE } from '../support/realData.js';

const helm = await loadScoreTable(HELM_LITE);
const rounds = 'NarrativeQA,NaturalQuestions (open-book);NaturalQuestions (closed-book),OpenbookQA;MMLU;MATH,GSM8K;LegalBench;MedQA;WMT 2014';
// The bundled HELM Lite has one gap, played as a coin (as the default run does).
const tournament = buildTournament(helm, { rounds, missing: 'coin' });
const options = { iterations: 3000, seed: 2, threads: 1 };
const engine = new Engine({ threads: 1 });

describe('compare', () => {
  const result = compare(tournament, options);

  it('ranks every model by the three baselines and CSD at each T, with tau for every pair', async () => {
    const r = await result;
    expect(r.methods).toEqual(['mean', 'normalizedMean', 'meanWinRate', 'roundMean', 'roundWinRate', 'csd:T=0', 'csd:T=1', 'csd:T=2']);
    expect(r.kendallTau).toHaveLength(28); // 8 methods, every pair
    for (const { tau } of r.kendallTau) expect(tau).toBeGreaterThan(0.3);
    expect(r.models).toHaveLength(91);
    for (const m of r.models) for (const method of r.methods) expect(m.ranks[method]).toBeGreaterThanOrEqual(1);
  });

  it('gives CSD exactly as the sweep does with the same seed', async () => {
    const r = await result;
    const s = await sweep(tournament, options);
    for (const m of s.models) {
      const c = r.models.find((x) => x.name === m.name);
      m.results.forEach((point) => expect(c?.scores[`csd:T=${point.elimination}`]).toBe(point.expectedScore));
    }
  });

  it('refuses win matrices (the baselines average scores)', async () => {
    const matrices = { kind: 'probabilities' as const, sources: [], models: ['a', 'b'], benchmarks: ['X'], p: Float64Array.from([0.5, 1, 0, 0.5]) };
    await expect(compare(buildTournament(matrices), options)).rejects.toMatchObject({ code: 'CONFLICTING_OPTIONS' });
  });
});

describe('bootstrap', () => {
  // Six models, two rounds of three benchmarks. "agree": every benchmark orders the models alike.
  // "disagree": within each round the benchmarks order them in opposite directions.
  const models = ['a', 'b', 'c', 'd', 'e', 'f'];
  const agree = [6, 5, 4, 3, 2, 1];
  const reverse = [1, 2, 3, 4, 5, 6];
  const benchmarks = ['x1', 'x2', 'x3', 'y1', 'y2', 'y3'];
  const plan = 'x1,x2,x3;y1,y2,y3';
  const run = async (scores: number[][], extra: Partial<BootstrapSettings> = {}) => {
    const table = scoreTableFromMatrix({ models, benchmarks, scores });
    const t = buildTournament(table, { rounds: plan });
    const settings = { seed: options.seed, iterations: 2000, replicates: 60, ...extra };
    return bootstrap(planBootstrap(t, engine, settings), engine, [6, 5, 4, 3, 2, 1]);
  };
  const widths = async (scores: number[][], extra: Partial<BootstrapSettings> = {}) => {
    const result = await run(scores, extra);
    return result.models.reduce((a, m) => a + (m.rank95[1] - m.rank95[0]), 0) / models.length;
  };

  it('gives narrow rank intervals when benchmarks agree and wide ones when they disagree', async () => {
    const narrow = await widths([agree, agree, agree, agree, agree, agree]);
    const wide = await widths([agree, reverse, agree, reverse, agree, reverse.map((x) => x + 0.5)]);
    expect(narrow).toBe(0);
    expect(wide).toBeGreaterThan(1);
  });

  it('puts models into tiers that never skip and start at 1, and says how it bootstrapped', async () => {
    const r = await compare(tournament, { ...options, iterations: 1000, bootstrap: 20 });
    const tiers = r.models.map((m) => m.bootstrap?.tier ?? 0);
    expect(tiers[0]).toBe(1);
    tiers.forEach((t, i) => i > 0 && expect(t - tiers[i - 1]).toBeGreaterThanOrEqual(0));
    tiers.forEach((t, i) => i > 0 && expect(t - tiers[i - 1]).toBeLessThanOrEqual(1));
    expect(r.bootstrap).toEqual({
      unit: 'benchmarks',
      level: 0.95,
      replicates: 20,
      distinctReplicates: expect.any(Number),
      possibleResamples: 27, // three rounds of two benchmarks: 3 multisets each
      iterationsPerReplicate: 1000, // the run's iterations, fewer than 10,000
      fixedRounds: ['MMLU', 'LegalBench', 'MedQA', 'WMT 2014'],
      csdMethod: 'csd:T=2',
    });
    expect(r.bootstrap?.distinctReplicates).toBeLessThanOrEqual(20);
  });

  it('draws scores from their standard errors when given: tiny errors leave no width, large ones do', async () => {
    const scores = [agree, agree, agree, agree, agree, agree];
    const errors = (se: number) => scoreTableFromMatrix({ models, benchmarks, scores: scores.map((row) => row.map(() => se)) });
    const tiny = await run(scores, { scoreStdErrors: errors(1e-6) });
    expect(tiny.summary.unit).toBe('score-stderr');
    expect(tiny.summary.possibleResamples).toBeNull();
    expect(tiny.summary.distinctReplicates).toBe(60); // continuous draws never repeat
    for (const m of tiny.models) expect(m.expectedScore95[0]).toBe(m.expectedScore95[1]);
    expect(await widths(scores, { scoreStdErrors: errors(3) })).toBeGreaterThan(1);
  });

  it('refuses standard errors that are all 0 or missing: nothing would vary', () => {
    const errors = { ...helm, scores: helm.scores.map(() => 0) };
    expect(() => planBootstrap(tournament, engine, { seed: 1, iterations: 500, replicates: 5, scoreStdErrors: errors })).toThrow(
      expect.objectContaining({ code: 'CONFLICTING_OPTIONS' }),
    );
  });
});

describe('perturb', () => {
  const context = { tournament, settings: { iterations: options.iterations, seed: options.seed, sweep: [0, 2] }, engine };

  it('zeroes the chosen scores, or sets them to the benchmark minimum', () => {
    const M = helm.models.length;
    const zeroed = zeroScores(helm, 3, [0, 4], 'zero');
    expect(zeroed.scores[0 * M + 3]).toBe(0);
    expect(zeroed.scores[4 * M + 3]).toBe(0);
    expect(zeroed.scores[1 * M + 3]).toBe(helm.scores[1 * M + 3]);
    const min = zeroScores(helm, 3, [0], 'min');
    expect(min.scores[3]).toBe(Math.min(...Array.from(helm.scores.subarray(0, M))));
  });

  it("moves the top model down every ranking when its best benchmarks are zeroed", async () => {
    const r = await perturbModel(context, 'openai/gpt-4o-2024-05-13', ['MMLU', 'MATH', 'GSM8K', 'LegalBench'], 'zero');
    for (const s of r.shifts) expect(s.shift).toBeGreaterThan(0);
    expect(r.shifts.map((s) => s.method)).toEqual(['mean', 'normalizedMean', 'meanWinRate', 'roundMean', 'roundWinRate', 'csd:T=0', 'csd:T=2']);
  });

  it('summarises the shifts of every model with one random benchmark zeroed', async () => {
    const small = { ...context, settings: { ...context.settings, iterations: 500 } };
    const r = await zeroRandomBenchmarks(small, 1, 'zero');
    expect(r.perModel).toHaveLength(91);
    for (const p of r.perModel) expect(p.benchmarks).toHaveLength(1);
    for (const s of r.summary) {
      expect(s.meanAbsShift).toBeGreaterThanOrEqual(0);
      expect(s.maxAbsShift).toBeGreaterThanOrEqual(s.medianAbsShift);
    }
    const again = await zeroRandomBenchmarks(small, 1, 'zero');
    expect(again).toEqual(r); // seeded: the same benchmarks and the same shifts
  });

  it('refuses an unknown model or benchmark', async () => {
    await expect(perturbModel(context, 'nobody', ['MMLU'], 'zero')).rejects.toMatchObject({ code: 'BAD_OPTION' });
    await expect(perturbModel(context, helm.models[0], ['MMLU-Pro'], 'zero')).rejects.toMatchObject({ code: 'UNKNOWN_BENCHMARK' });
  });
});
