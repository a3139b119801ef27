/**
 * Issue "exact ties" for the baselines: models whose values are equal on paper get identical
 * numbers and equal ranks, where float sums differ in the last bit. Checked on hand-made cases,
 * on HELM Lite's bundled MATH and GSM8K rows, and against literal exact oracles on random tables.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFractions, type Fraction } from '../../src/core/fraction.js';
import { fractionToNumber } from '../../src/core/nearestDouble.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { meanScore } from '../../src/stats/meanScore.js';
import { meanWinRate } from '../../src/stats/meanWinRate.js';
import { normalizedMean } from '../../src/stats/normalizedMean.js';
import type { ScoreColumns } from '../../src/stats/planBenchmarks.js';
import { competitionRanks } from '../../src/stats/ranks.js';
import { exactMeanScore, exactMeanWinRate, exactNormalizedMean } from '../support/exactBaselines.js';
import { REPO_ROOT } from '../support/paths.js';

/** scores[b][m]; one round per benchmark. */
function table(scores: (number | null)[][]) {
  const t = scoreTableFromMatrix({ models: scores[0].map((_, m) => `m${m}`), benchmarks: scores.map((_, b) => `B${b}`), scores });
  return { t, plan: t.benchmarks.map((name) => ({ benchmarks: [name] })) };
}

/** Models a and b: identical values and the same competition rank among all. */
function expectTied(values: (number | null)[], a: number, b: number): void {
  expect(values[a], `models ${a} and ${b}`).toBe(values[b]);
  const ranks = competitionRanks(values.map((v) => v ?? -Infinity));
  expect(ranks[a]).toBe(ranks[b]);
}

describe('baselines: values equal on paper are one number', () => {
  it('meanScore: (0.1, 0.2, 0.3) and (0.3, 0.2, 0.1), whose float sums differ', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1);
    const { t, plan } = table([[0.1, 0.3], [0.2, 0.2], [0.3, 0.1]]);
    const values = meanScore(t, plan);
    expectTied(values, 0, 1);
    expect(values[0]).toBe(0.2);
  });

  it('normalizedMean: the same scaled scores in another order', () => {
    // Models 2 and 3 pin every benchmark's range to [0, 1], so a scaled score is the score.
    const { t, plan } = table([[0.1, 0.3, 0, 1], [0.2, 0.2, 0, 1], [0.3, 0.1, 0, 1]]);
    expectTied(normalizedMean(t, plan), 0, 1);
  });

  it('meanWinRate: win shares 0.1, 0.2, 0.3 against 0.2, 0.3, 0.1 (11 models)', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.2 + 0.3 + 0.1);
    // On each benchmark the scores are 0..10 and a model with score s beats s others: share s / 10.
    const others = (used: number[]) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((s) => !used.includes(s));
    const { t, plan } = table([
      [1, 2, ...others([1, 2])],
      [2, 3, ...others([2, 3])],
      [3, 1, ...others([3, 1])],
    ]);
    const values = meanWinRate(t, plan);
    expectTied(values, 0, 1);
    expect(values[0]).toBe(0.2);
  });

  it('HELM Lite MATH + GSM8K (bundled rows): the exactly tied pairs tie in the mean', async () => {
    const helm = await loadScoreTable(join(REPO_ROOT, 'data', 'helm_lite_v1.13.0.csv'));
    const plan = [{ benchmarks: ['MATH', 'GSM8K'] }];
    const pairs = [
      ['ai21/jamba-1.5-large', 'google/gemini-1.5-flash-001'],
      ['amazon/nova-micro-v1:0', 'writer/palmyra-x-v3'],
      ['meta/llama-2-70b', 'meta/llama-3-8b'],
    ];
    const values = meanScore(helm, plan);
    for (const [a, b] of pairs) expectTied(values, helm.models.indexOf(a), helm.models.indexOf(b));
    expect(values[helm.models.indexOf('ai21/jamba-1.5-large')]).toBe(0.769);
  });
});

describe('baselines agree with literal exact oracles on random tables', () => {
  // Short and long decimals with many exact ties; NaN is a missing cell.
  const pool = [0, 0.1, 0.2, 0.3, 0.6, 0.7, 1, 0.1 + 0.2, 4e-17, 1 / 3, 2 / 3, 85.5, Number.NaN];
  const tables = fc
    .record({ M: fc.integer({ min: 1, max: 7 }), B: fc.integer({ min: 1, max: 5 }) })
    .chain(({ M, B }) =>
      fc.array(fc.constantFrom(...pool), { minLength: M * B, maxLength: M * B }).map(
        (cells): ScoreColumns => ({
          models: Array.from({ length: M }, (_, m) => `m${m}`),
          benchmarks: Array.from({ length: B }, (_, b) => `b${b}`),
          scores: Float64Array.from(cells),
        }),
      ),
    );

  /** Each value is the nearest double of the exact one (so equal exact values are one number),
   *  and competition ranks follow the exact order wherever the doubles differ. */
  function expectExact(actual: (number | null)[], exact: (Fraction | null)[]): void {
    actual.forEach((v, m) => {
      const e = exact[m];
      if (e === null) expect(v).toBeNull();
      else expect(v).toBe(fractionToNumber(e));
    });
    const scored = actual.flatMap((v, m) => (v === null ? [] : [m]));
    const ranks = competitionRanks(scored.map((m) => actual[m] as number));
    scored.forEach((a, i) =>
      scored.forEach((b, j) => {
        if (compareFractions(exact[a] as Fraction, exact[b] as Fraction) === 0) expect(ranks[i]).toBe(ranks[j]);
      }),
    );
  }

  it.each([
    ['meanScore', meanScore, exactMeanScore],
    ['normalizedMean', normalizedMean, exactNormalizedMean],
    ['meanWinRate', meanWinRate, exactMeanWinRate],
  ] as const)('%s', (_, baseline, oracle) => {
    fc.assert(
      fc.property(tables, (t) => {
        expectExact(baseline(t, [{ benchmarks: t.benchmarks }]), oracle(t, t.benchmarks.map((__, b) => b)));
      }),
      { seed: 31, numRuns: 300 },
    );
  });
});
