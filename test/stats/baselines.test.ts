import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRounds } from '../../src/input/roundPlan.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { meanScore } from '../../src/stats/meanScore.js';
import { meanWinRate } from '../../src/stats/meanWinRate.js';
import { normalizedMean } from '../../src/stats/normalizedMean.js';
import { planBenchmarks, type ScoreColumns } from '../../src/stats/planBenchmarks.js';
import { SwissRankError } from '../../src/errors.js';

// Models a, b, c, d. The plan 'X,Y;Z' leaves W out. c has no score on Y; Z is a 4-way tie.
//   X:   0.9  0.5  0.5  0.3
//   Y:   20   40   --   40
//   Z:   3    3    3    3
//   W:   100  0    0    0     (not in the plan)
const table = scoreTableFromMatrix({
  models: ['a', 'b', 'c', 'd'],
  benchmarks: ['X', 'Y', 'Z', 'W'],
  scores: [
    [0.9, 0.5, 0.5, 0.3],
    [20, 40, null, 40],
    [3, 3, 3, 3],
    [100, 0, 0, 0],
  ],
});
const rounds = parseRounds('X,Y;Z', table.benchmarks);

function expectValues(actual: (number | null)[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((v, m) => expect(actual[m]).toBeCloseTo(v, 14));
}

describe('baselines on a hand-computed table (ties, a missing cell, a benchmark outside the plan)', () => {
  it('planBenchmarks: X, Y, Z in plan order', () => {
    expect(planBenchmarks(table, rounds)).toEqual([0, 1, 2]);
  });

  it('meanScore: raw mean over the benchmarks each model has', () => {
    // a (0.9 + 20 + 3) / 3, b (0.5 + 40 + 3) / 3, c (0.5 + 3) / 2, d (0.3 + 40 + 3) / 3
    expectValues(meanScore(table, rounds), [23.9 / 3, 43.5 / 3, 1.75, 43.3 / 3]);
  });

  it('normalizedMean: min-max per benchmark over the models present, 0.5 for an all-tied benchmark', () => {
    // X over [0.3, 0.9]: 1, 1/3, 1/3, 0.  Y over [20, 40] (a, b, d): 0, 1, 1.  Z: 0.5 each.
    expectValues(normalizedMean(table, rounds), [(1 + 0 + 0.5) / 3, (1 / 3 + 1 + 0.5) / 3, (1 / 3 + 0.5) / 2, 0.5]);
  });

  it('meanWinRate: share of the others beaten, ties half; c is not compared on Y', () => {
    // X: a beats 3 of 3 (1); b beats d, ties c (1.5/3); c likewise; d 0.
    // Y (a, b, d only): a 0; b beats a, ties d (1.5/2); d likewise.   Z: 1.5/3 each.
    const expected = [(1 + 0 + 0.5) / 3, (0.5 + 0.75 + 0.5) / 3, (0.5 + 0.5) / 2, (0 + 0.75 + 0.5) / 3];
    expectValues(meanWinRate(table, rounds), expected);
  });

  it('the whole table: W counts once it is in the plan', () => {
    const all = parseRounds(undefined, table.benchmarks);
    expectValues(meanScore(table, all), [123.9 / 4, 43.5 / 4, 3.5 / 3, 43.3 / 4]);
  });
});

describe('baselines: models and benchmarks without data give null, never NaN', () => {
  // Model e has no score at all; benchmark Q has one score only.
  const sparse: ScoreColumns = {
    models: ['d', 'e'],
    benchmarks: ['P', 'Q'],
    scores: Float64Array.from([1, Number.NaN, 5, Number.NaN]),
  };
  const plan = [{ benchmarks: ['P', 'Q'] }];

  it('meanScore and normalizedMean: null for e; a lone score normalises to 0.5', () => {
    expect(meanScore(sparse, plan)).toEqual([3, null]);
    expect(normalizedMean(sparse, plan)).toEqual([0.5, null]);
  });

  it('meanWinRate: a benchmark with fewer than two scores is skipped (HELM), so d has none either', () => {
    expect(meanWinRate(sparse, plan)).toEqual([null, null]);
  });

  it('an unknown benchmark in a plan built elsewhere is refused', () => {
    expect(() => meanScore(sparse, [{ benchmarks: ['R'] }])).toThrow(SwissRankError);
    try {
      planBenchmarks(sparse, [{ benchmarks: ['R'] }]);
    } catch (e) {
      expect((e as SwissRankError).code).toBe('UNKNOWN_BENCHMARK');
    }
  });
});

describe('meanWinRate agrees with a literal pairwise count (HELM summarize.py) on random tables', () => {
  /** Per benchmark, for each present model: (wins + ties / 2) / (others present); skip < 2 present. */
  function pairwise(t: ScoreColumns): (number | null)[] {
    const M = t.models.length;
    const shares: number[][] = t.models.map(() => []);
    t.benchmarks.forEach((_, b) => {
      const x = (m: number) => t.scores[b * M + m];
      const present = t.models.map((__, m) => m).filter((m) => !Number.isNaN(x(m)));
      if (present.length < 2) return;
      for (const m of present) {
        let won = 0;
        for (const o of present) if (o !== m) won += x(m) > x(o) ? 1 : x(m) === x(o) ? 0.5 : 0;
        shares[m].push(won / (present.length - 1));
      }
    });
    return shares.map((s) => (s.length === 0 ? null : s.reduce((a, v) => a + v, 0) / s.length));
  }

  const cell = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(Number.NaN));
  const tables = fc
    .record({ M: fc.integer({ min: 1, max: 7 }), B: fc.integer({ min: 1, max: 5 }) })
    .chain(({ M, B }) =>
      fc
        .array(cell, { minLength: M * B, maxLength: M * B })
        .map(
          (cells): ScoreColumns => ({
            models: Array.from({ length: M }, (_, m) => `m${m}`),
            benchmarks: Array.from({ length: B }, (_, b) => `b${b}`),
            scores: Float64Array.from(cells),
          }),
        ),
    );

  it('equal to 1e-12, and every value null or in [0, 1]', () => {
    fc.assert(
      fc.property(tables, (t) => {
        const plan = [{ benchmarks: t.benchmarks }];
        const actual = meanWinRate(t, plan);
        const expected = pairwise(t);
        actual.forEach((v, m) => {
          if (expected[m] === null) expect(v).toBeNull();
          else expect(v).toBeCloseTo(expected[m] as number, 12);
        });
        for (const values of [actual, normalizedMean(t, plan), meanScore(t, plan)]) {
          values.forEach((v) => expect(v === null || Number.isFinite(v)).toBe(true));
        }
        normalizedMean(t, plan).forEach((v) => expect(v === null || (v >= 0 && v <= 1)).toBe(true));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
