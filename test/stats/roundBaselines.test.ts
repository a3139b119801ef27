/**
 * Issue "like-for-like baselines": roundMean and roundWinRate weigh rounds equally, as CSD does.
 * Checked on hand-computed tables, against meanWinRate when every round is one benchmark, against
 * literal exact oracles on random tables, and on LiveBench, where roundMean is LiveBench's own
 * Global Average (the mean of its 7 category means).
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fractionToNumber } from '../../src/core/nearestDouble.js';
import { SwissRankError } from '../../src/errors.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { meanWinRate } from '../../src/stats/meanWinRate.js';
import type { ScoreColumns } from '../../src/stats/planBenchmarks.js';
import { competitionRanks } from '../../src/stats/ranks.js';
import { roundMean } from '../../src/stats/roundMean.js';
import { roundWinRate } from '../../src/stats/roundWinRate.js';
import { exactRoundMean, exactRoundWinRate } from '../support/exactBaselines.js';
import { REPO_ROOT, SHARED_DATA } from '../support/paths.js';

// Models a, b, c, d; rounds R1 = {X, Y}, R2 = {Z}. c has no score on Y, so no R1; d none on Z.
//   X:  0.9  0.5  0.5  0.3
//   Y:  0.1  0.7  --   0.3        R1 means: a 0.5, b 0.6, c --, d 0.3
//   Z:  3    3    1    --         R2:       a 3,   b 3,   c 1,  d --
const table = scoreTableFromMatrix({
  models: ['a', 'b', 'c', 'd'],
  benchmarks: ['X', 'Y', 'Z'],
  scores: [
    [0.9, 0.5, 0.5, 0.3],
    [0.1, 0.7, null, 0.3],
    [3, 3, 1, null],
  ],
});
const rounds = [{ benchmarks: ['X', 'Y'] }, { benchmarks: ['Z'] }];

describe('roundMean: the mean of the round means', () => {
  it('hand-computed, a round with a gap missing for that model only', () => {
    // a (0.5 + 3) / 2, b (0.6 + 3) / 2, c R2 only, d R1 only
    expect(roundMean(table, rounds)).toEqual([1.75, 1.8, 1, 0.3]);
  });

  it('weighs rounds, not benchmarks: differs from the mean of the three scores', () => {
    expect(roundMean(table, [{ benchmarks: ['X', 'Y', 'Z'] }])[0]).toBeCloseTo(4 / 3, 15);
    expect(roundMean(table, rounds)[0]).toBe(1.75);
  });

  it('null for a model with no complete round, never NaN', () => {
    expect(roundMean(table, [{ benchmarks: ['Y', 'Z'] }])).toEqual([1.55, 1.85, null, null]);
  });

  it('counts a benchmark named twice in a round twice, as the tournament does', () => {
    expect(roundMean(table, [{ benchmarks: ['X', 'X', 'Y'] }])[0]).toBeCloseTo(1.9 / 3, 15);
  });

  it('refuses a benchmark the table does not have', () => {
    expect(() => roundMean(table, [{ benchmarks: ['W'] }])).toThrow(SwissRankError);
    expect(() => roundWinRate(table, [{ benchmarks: ['W'] }])).toThrow(SwissRankError);
  });
});

describe('roundWinRate: HELM mean win rate over round scores', () => {
  it('hand-computed: ties half, a missing round left out', () => {
    // R1 (a, b, d present): b beats a and d (1), a beats d (1/2), d 0.
    // R2 (a, b, c present): a and b tie and beat c (0.75 each), c 0.
    expect(roundWinRate(table, rounds)).toEqual([(0.5 + 0.75) / 2, (1 + 0.75) / 2, 0, 0]);
  });

  it('skips a round with fewer than two scores; null for a model compared in no round', () => {
    const sparse = scoreTableFromMatrix({ models: ['a', 'b'], benchmarks: ['P', 'Q'], scores: [[1, null], [5, 4]] });
    expect(roundWinRate(sparse, [{ benchmarks: ['P'] }])).toEqual([null, null]);
    expect(roundWinRate(sparse, [{ benchmarks: ['P'] }, { benchmarks: ['Q'] }])).toEqual([1, 0]);
  });

  it('equal round means tie even where float sums differ: (0.1, 0.2) and (0.3, 0)', () => {
    const t = scoreTableFromMatrix({ models: ['a', 'b', 'c'], benchmarks: ['X', 'Y'], scores: [[0.1, 0.3, 0], [0.2, 0, 0]] });
    expect(roundWinRate(t, [{ benchmarks: ['X', 'Y'] }])).toEqual([0.75, 0.75, 0]);
    expect(roundMean(t, [{ benchmarks: ['X', 'Y'] }])).toEqual([0.15, 0.15, 0]);
  });
});

// Short and long decimals with many exact ties; NaN is a missing cell.
const pool = [0, 0.1, 0.2, 0.3, 0.6, 1, 0.1 + 0.2, 4e-17, 1 / 3, 85.5, Number.NaN];
const tables = fc
  .record({ M: fc.integer({ min: 1, max: 7 }), B: fc.integer({ min: 1, max: 5 }) })
  .chain(({ M, B }) =>
    fc.record({
      t: fc.array(fc.constantFrom(...pool), { minLength: M * B, maxLength: M * B }).map(
        (cells): ScoreColumns => ({
          models: Array.from({ length: M }, (_, m) => `m${m}`),
          benchmarks: Array.from({ length: B }, (_, b) => `b${b}`),
          scores: Float64Array.from(cells),
        }),
      ),
      // Each benchmark in a round numbered 0..B-1; empty rounds dropped.
      roundOf: fc.array(fc.integer({ min: 0, max: B - 1 }), { minLength: B, maxLength: B }),
    }),
  );
const grouped = (roundOf: number[]) =>
  [...new Set(roundOf)].sort().map((r) => roundOf.flatMap((k, b) => (k === r ? [b] : [])));

describe('round baselines on random tables', () => {
  it('one benchmark per round: roundWinRate is meanWinRate, exactly', () => {
    fc.assert(
      fc.property(tables, ({ t }) => {
        const plan = t.benchmarks.map((name) => ({ benchmarks: [name] }));
        expect(roundWinRate(t, plan)).toEqual(meanWinRate(t, plan));
      }),
      { seed: 41, numRuns: 300 },
    );
  });

  it('both equal the nearest double of the literal exact value (so equal values share a rank)', () => {
    fc.assert(
      fc.property(tables, ({ t, roundOf }) => {
        const groups = grouped(roundOf);
        const plan = groups.map((g) => ({ benchmarks: g.map((b) => t.benchmarks[b]) }));
        for (const [actual, exact] of [
          [roundMean(t, plan), exactRoundMean(t, groups)],
          [roundWinRate(t, plan), exactRoundWinRate(t, groups)],
        ] as const) {
          actual.forEach((v, m) => expect(v).toBe(exact[m] === null ? null : fractionToNumber(exact[m]!)));
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('HELM Lite Mathematics round (bundled MATH and GSM8K rows)', () => {
  it('the exactly tied pairs tie in roundMean and roundWinRate, with equal ranks', async () => {
    const helm = await loadScoreTable(join(REPO_ROOT, 'data', 'helm_lite_v1.13.0.csv'));
    const plan = [{ benchmarks: ['MATH', 'GSM8K'] }];
    for (const values of [roundMean(helm, plan), roundWinRate(helm, plan)]) {
      const ranks = competitionRanks(values.map((v) => v as number));
      for (const [a, b] of [
        ['ai21/jamba-1.5-large', 'google/gemini-1.5-flash-001'],
        ['amazon/nova-micro-v1:0', 'writer/palmyra-x-v3'],
        ['meta/llama-2-70b', 'meta/llama-3-8b'],
      ]) {
        const [i, j] = [helm.models.indexOf(a), helm.models.indexOf(b)];
        expect(values[i], `${a} / ${b}`).toBe(values[j]);
        expect(ranks[i]).toBe(ranks[j]);
      }
    }
  });
});

const livebench = join(SHARED_DATA, 'livebench_2026_01_08.csv');
const categories = join(SHARED_DATA, 'livebench_2026_01_08_categories.json');

describe.skipIf(!existsSync(livebench) || !existsSync(categories))(
  'roundMean on LiveBench is its Global Average (skipped: ../shared/data with LiveBench is absent)',
  () => {
    it('for every model, the mean of its 7 category means', async () => {
      const t = await loadScoreTable(livebench, { ragged: 'skip' });
      const groups = Object.entries(JSON.parse(await readFile(categories, 'utf8')) as Record<string, string[]>);
      expect(groups).toHaveLength(7);
      const plan = groups.map(([, tasks]) => ({ benchmarks: tasks }));
      const M = t.models.length;
      const score = (task: string, m: number) => t.scores[t.benchmarks.indexOf(task) * M + m];
      const values = roundMean(t, plan);
      const exact = exactRoundMean(t, plan.map((r) => r.benchmarks.map((name) => t.benchmarks.indexOf(name))));
      expect(values).toHaveLength(126);
      t.models.forEach((model, m) => {
        // Independently, in floats: category means, then their mean.
        const categoryMeans = groups.map(([, tasks]) => tasks.reduce((s, task) => s + score(task, m), 0) / tasks.length);
        const globalAverage = categoryMeans.reduce((s, x) => s + x, 0) / categoryMeans.length;
        expect(values[m], model).toBeCloseTo(globalAverage, 10);
        expect(values[m], model).toBe(fractionToNumber(exact[m]!));
      });
    });
  },
);
