/**
 * explainRanking against values worked by hand: round scores, the share of the other models beaten
 * in each round (a tie a coin), ranks by the mean score and the mean win rate, and the pairwise
 * matrix (mean over rounds of P(row beats column)), from scores and from win matrices.
 */
import { describe, expect, it } from 'vitest';
import { explainRanking } from '../../src/analyses/rankingExplanation.js';
import type { SweepResult } from '../../src/analyses/sweepResult.js';
import { scoreTableFromMatrix, tournament, winMatricesFromArrays } from '../../src/index.js';

/** Only the models' names and order matter to explainRanking. */
function ordered(...names: string[]): SweepResult {
  return { models: names.map((name) => ({ name })) } as unknown as SweepResult;
}

describe('explainRanking', () => {
  // Round 1: A 3 > B 2 > C 1. Round 2: C 3 > A 2.5 > B 2. Round 3: A = B = C (all coins).
  const table = scoreTableFromMatrix({
    models: ['A', 'B', 'C'],
    benchmarks: ['r1', 'r2', 'r3'],
    scores: [
      [3, 2, 1],
      [2.5, 2, 3],
      [1, 1, 1],
    ],
  });

  it('reports each model in the sweep order, with its round record and its baseline ranks', () => {
    const explained = explainRanking(tournament(table), ordered('C', 'A', 'B'));
    expect(explained.rounds).toEqual(['r1', 'r2', 'r3']);
    expect(explained.hasBaselines).toBe(true);
    const [c, a, b] = explained.models;
    expect(a.roundScores).toEqual([3, 2.5, 1]);
    expect(c.roundScores).toEqual([1, 3, 1]);
    // A beats both in r1, one of two in r2, and meets two coins in r3.
    expect(a.roundWinShare).toEqual([1, 0.5, 0.5]);
    expect(b.roundWinShare).toEqual([0.5, 0, 0.5]);
    expect(c.roundWinShare).toEqual([0, 1, 0.5]);
    // Means: A 6.5/3, B 5/3, C 5/3 (a tie shares rank 2). Win rates: A 2/3, B 1/3, C 1/2.
    expect([a.meanScoreRank, b.meanScoreRank, c.meanScoreRank]).toEqual([1, 2, 2]);
    expect([a.meanWinRateRank, b.meanWinRateRank, c.meanWinRateRank]).toEqual([1, 3, 2]);
  });

  it('gives P(row beats column in a match) averaged over the rounds for the top models only', () => {
    const explained = explainRanking(tournament(table), ordered('C', 'A', 'B'), 2);
    expect(explained.pairwise.models).toEqual(['C', 'A']);
    expect(explained.pairwise.source).toBe('scores');
    // C against A: lose r1, win r2, coin r3 -> (0 + 1 + 0.5) / 3.
    expect(explained.pairwise.pBeats).toEqual([
      [null, 0.5],
      [0.5, null],
    ]);
    const all = explainRanking(tournament(table), ordered('A', 'B', 'C'));
    // A against B: win r1, win r2, coin r3.
    expect(all.pairwise.pBeats[0][1]).toBeCloseTo(2.5 / 3, 15);
    expect(all.pairwise.pBeats[1][0]).toBeCloseTo(0.5 / 3, 15);
  });

  it('marks a missing round score as null and plays it as a coin under missing: coin', () => {
    const gappy = scoreTableFromMatrix({ models: ['A', 'B'], benchmarks: ['r1'], scores: [[null, 1]] });
    const explained = explainRanking(tournament(gappy, { missing: 'coin' }), ordered('A', 'B'));
    expect(explained.models[0].roundScores).toEqual([null]);
    expect(explained.models[0].roundWinShare).toEqual([0.5]);
  });

  it('reads win matrices as they are, with no baseline ranks (there is no score to average)', () => {
    const matrices = winMatricesFromArrays({
      models: ['A', 'B'],
      benchmarks: ['r1', 'r2'],
      p: [
        [
          [0.5, 0.9],
          [0.1, 0.5],
        ],
        [
          [0.5, 0.3],
          [0.7, 0.5],
        ],
      ],
    });
    const explained = explainRanking(tournament(matrices), ordered('A', 'B'));
    expect(explained.hasBaselines).toBe(false);
    expect(explained.models[0]).toEqual({ roundScores: null, roundWinShare: [0.9, 0.3], meanScoreRank: null, meanWinRateRank: null });
    expect(explained.pairwise.source).toBe('probabilities');
    expect(explained.pairwise.pBeats[0][1]).toBeCloseTo(0.6, 15);
    expect(explained.pairwise.pBeats[1][0]).toBeCloseTo(0.4, 15);
  });
});
