/** --outcomes noisy: P(i beats j) = Phi(diff / combined SE), exact small cases and its limits. */
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../src/core/normalCdf.js';
import { noisyWinMatrices, winProbability } from '../../src/input/noisyOutcomes.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import type { ScoreTable } from '../../src/input/types.js';

function withErrors(scores: number[][], errors: number[][], models = ['a', 'b', 'c'].slice(0, scores[0].length)): ScoreTable {
  const table = scoreTableFromMatrix({ models, benchmarks: scores.map((_, b) => `B${b}`), scores });
  return { ...table, stdErrors: Float64Array.from(errors.flat()) };
}

describe('noisyWinMatrices', () => {
  it('gives Phi of the difference over the combined standard error', () => {
    // a - b = 0.03, sqrt(0.03^2 + 0.04^2) = 0.05: z = 0.6
    const m = noisyWinMatrices(withErrors([[0.53, 0.5]], [[0.03, 0.04]]), 'error');
    expect(m.p[1]).toBeCloseTo(normalCdf(0.6), 12);
    expect(m.p[1]).toBeCloseTo(0.7257468822499265, 12);
    expect(m.p[2]).toBe(1 - m.p[1]);
    expect([m.p[0], m.p[3]]).toEqual([0.5, 0.5]);
    expect(m.provenance?.outcomes).toMatch(/^noisy, P\(win\) = Phi\(diff \/ combined SE\)/);
  });

  it('P + P^T = 1 everywhere, with 0.5 on the diagonal', () => {
    const m = noisyWinMatrices(withErrors([[0.1, 0.4, 0.35], [3, 1, 2]], [[0.1, 0.05, 0.2], [1, 0.5, 0]]), 'error');
    const n = 3;
    for (let b = 0; b < 2; b++) {
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(m.p[(b * n + i) * n + j] + m.p[(b * n + j) * n + i]).toBe(1);
    }
  });

  it('tends to the paper rule as the errors shrink, and is it at 0', () => {
    for (const se of [1e-2, 1e-4, 1e-8]) {
      const p = noisyWinMatrices(withErrors([[0.51, 0.5]], [[se, se]]), 'error').p[1];
      expect(p).toBeGreaterThan(0.5);
      if (se <= 1e-4) expect(p).toBe(1);
    }
    expect(noisyWinMatrices(withErrors([[0.51, 0.5]], [[0, 0]]), 'error').p[1]).toBe(1);
    expect(noisyWinMatrices(withErrors([[0.5, 0.5]], [[0, 0]]), 'error').p[1]).toBe(0.5);
  });

  it('a score without a standard error is MISSING_SCORE; no errors at all is CONFLICTING_OPTIONS', () => {
    expect(() => noisyWinMatrices(withErrors([[0.5, 0.4]], [[0.1, Number.NaN]]), 'error')).toThrow(expect.objectContaining({ code: 'MISSING_SCORE' }));
    const plain = scoreTableFromMatrix({ models: ['a', 'b'], benchmarks: ['B'], scores: [[1, 2]] });
    expect(() => noisyWinMatrices(plain, 'error')).toThrow(expect.objectContaining({ code: 'CONFLICTING_OPTIONS' }));
  });

  it('a missing score follows --missing', () => {
    const gap = withErrors([[0.5, Number.NaN]], [[0.1, Number.NaN]]);
    expect(() => noisyWinMatrices(gap, 'error')).toThrow(expect.objectContaining({ code: 'MISSING_SCORE' }));
    expect(noisyWinMatrices(gap, 'loss').p[1]).toBe(1);
    expect(noisyWinMatrices(gap, 'coin').p[1]).toBe(0.5);
    expect(winProbability(Number.NaN, 0, Number.NaN, 0, 'loss')).toBe(0.5);
  });
});
