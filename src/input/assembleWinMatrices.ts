/**
 * Builds WinMatrices from names, the probability array and the places to blame, with the checks
 * every win matrix passes whatever its origin (SPEC "Inputs"): checkNames, then off-diagonal cells
 * present and in [0, 1], P[i][j] + P[j][i] = 1 within 1e-9, diagonal empty or 0.5.
 * Cost: O(B M^2).
 */
import { SwissRankError, type ErrorLocation } from '../errors.js';
import { checkNames, type NamePlaces } from './checkNames.js';
import { placeText } from './placeText.js';
import type { WinMatrices } from './types.js';

/** How far P[i][j] + P[j][i] may stray from 1 (rounding in whoever wrote the file). */
const PAIR_TOLERANCE = 1e-9;

export interface WinMatricesParts {
  readonly sources: readonly string[];
  readonly models: readonly string[];
  readonly benchmarks: readonly string[];
  /** p[(b * M + i) * M + j]; NaN where the cell was empty. The diagonal is set to 0.5 here. */
  readonly p: Float64Array;
  readonly places: NamePlaces & { cell(b: number, i: number, j: number): ErrorLocation };
}

export function assembleWinMatrices(parts: WinMatricesParts): WinMatrices {
  const { models, benchmarks, p, places } = parts;
  checkNames(models, benchmarks, places);
  const m = models.length;
  const pair = (b: number, i: number, j: number) => `${models[i]} vs ${models[j]} on ${benchmarks[b]}`;
  for (let b = 0; b < benchmarks.length; b++) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        const k = (b * m + i) * m + j;
        const value = p[k];
        if (i === j) {
          if (!Number.isNaN(value) && value !== 0.5) {
            const message = `a model against itself must be empty or 0.5, found ${value}`;
            throw new SwissRankError('BAD_DIAGONAL', message, places.cell(b, i, j));
          }
          p[k] = 0.5;
        } else if (Number.isNaN(value)) {
          throw new SwissRankError('MISSING_SCORE', `no probability for ${pair(b, i, j)}`, places.cell(b, i, j));
        } else if (value < 0 || value > 1) {
          const message = `expected a probability in [0, 1] for ${pair(b, i, j)}, found ${value}`;
          throw new SwissRankError('PROBABILITY_OUT_OF_RANGE', message, places.cell(b, i, j));
        } else if (j < i && Math.abs(value + p[(b * m + j) * m + i] - 1) > PAIR_TOLERANCE) {
          // Row-major order: the mirror cell (j, i) was checked already, so both are valid probabilities.
          const mirror = p[(b * m + j) * m + i];
          const here = places.cell(b, i, j);
          throw new SwissRankError(
            'PROBABILITIES_INCONSISTENT',
            `P(${pair(b, i, j)}) = ${value} but the mirror cell at ${placeText(places.cell(b, j, i), here)} ` +
              `is ${mirror}; they must sum to 1`,
            here,
          );
        }
      }
    }
  }
  return Object.freeze({
    kind: 'probabilities' as const,
    sources: Object.freeze([...parts.sources]),
    models: Object.freeze([...models]),
    benchmarks: Object.freeze([...benchmarks]),
    p,
  });
}
