/**
 * Turns pairwise win probabilities, with the pairs that had nothing to compare marked NaN, into
 * checked WinMatrices. Rule: such a pair is a fair coin (0.5 both ways, counted and reported per
 * benchmark) under `unseen: coin`, refused under `unseen: error`; then every check of a win matrix
 * applies (assembleWinMatrices: names, range, P + P^T = 1). Cost: O(B M^2).
 */
import { SwissRankError, type ErrorCode } from '../../errors.js';
import { assembleWinMatrices } from '../../input/assembleWinMatrices.js';
import type { WinMatrices } from '../../input/types.js';
import type { UnseenPolicy } from './winsTypes.js';

export interface PairParts {
  readonly models: readonly string[];
  readonly benchmarks: readonly string[];
  /** One label per benchmark: the files it was read from. */
  readonly sources: readonly string[];
  /** p[(b * M + i) * M + j]; NaN off the diagonal where the pair had nothing to compare. */
  readonly p: Float64Array;
  /** What each cell rests on (items or battles); 0 where p is NaN. */
  readonly counts: Float64Array;
  readonly counted: 'items' | 'battles';
  readonly unseen: UnseenPolicy;
  /** The code a refused unseen pair carries (ITEMS_NOT_ALIGNED for items, MISSING_SCORE for battles). */
  readonly code: ErrorCode;
  /** The file a model's results came from (for names that fail the checks). */
  readonly modelFile: (i: number) => string;
}

/** How many unseen pairs a report line names before it only counts. */
const PAIRS_NAMED = 3;

export function pairMatrices(parts: PairParts): { matrices: WinMatrices; leftOut: string[] } {
  const { models, benchmarks, p, unseen, counted } = parts;
  const m = models.length;
  const leftOut: string[] = [];
  const nothing = counted === 'items' ? 'no item both answered' : 'no battle between them';
  for (let b = 0; b < benchmarks.length; b++) {
    const unseenPairs: string[] = [];
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) {
        if (!Number.isNaN(p[(b * m + i) * m + j])) continue;
        const pair = `${models[i]} vs ${models[j]}`;
        if (unseen === 'error') {
          throw new SwissRankError(
            parts.code,
            `${pair} on ${benchmarks[b]}: ${nothing} (pass --unseen coin to play such a pair as a fair coin)`,
            { file: parts.sources[b], option: 'unseen' },
          );
        }
        p[(b * m + i) * m + j] = 0.5;
        p[(b * m + j) * m + i] = 0.5;
        unseenPairs.push(pair);
      }
    }
    if (unseenPairs.length > 0) {
      const named = unseenPairs.slice(0, PAIRS_NAMED).join(', ');
      const more = unseenPairs.length > PAIRS_NAMED ? `, ... ${unseenPairs.length - PAIRS_NAMED} more` : '';
      leftOut.push(
        `${benchmarks[b]}: ${unseenPairs.length} of ${(m * (m - 1)) / 2} pairs have ${nothing} ` +
          `and are a coin (0.5): ${named}${more}`,
      );
    }
  }
  const matrices = assembleWinMatrices({
    sources: parts.sources,
    models,
    benchmarks,
    p,
    places: {
      model: (i) => ({ file: parts.modelFile(i) }),
      benchmark: (b) => ({ file: parts.sources[b] }),
      models: { file: parts.sources[0] ?? parts.modelFile(0) },
      benchmarks: {},
      cell: (b, i, j) => ({ file: parts.sources[b], option: `p[${b}][${i}][${j}]` }),
    },
  });
  return { matrices, leftOut };
}
