/**
 * `--outcomes noisy`: a score table with standard errors as win matrices, P(i beats j) =
 * Phi((x_i - x_j) / sqrt(se_i^2 + se_j^2)). Rule: both errors 0 is the paper's rule; a score
 * without an error is MISSING_SCORE; a missing score follows --missing (loss: it loses to every
 * present score, coin: 0.5); P[j][i] = 1 - P[i][j]. Cost: O(B M^2) time and memory.
 */
import { normalCdf } from '../core/normalCdf.js';
import { SwissRankError } from '../errors.js';
import { assembleWinMatrices } from './assembleWinMatrices.js';
import { checkMatrixSize } from './checkMatrixSize.js';
import type { MissingPolicy } from './roundOutcomes.js';
import type { ScoreTable, WinMatrices } from './types.js';

export const NOISY_OUTCOMES_LABEL = "noisy, P(win) = Phi(diff / combined SE) from the source's standard errors";

export function noisyWinMatrices(table: ScoreTable, missing: MissingPolicy): WinMatrices {
  const { models, benchmarks, scores } = table;
  const m = models.length;
  const where = (b: number, i: number) => ({ file: table.source, ...table.cellLocation(b, i) });
  if (table.stdErrors === undefined) {
    throw new SwissRankError('CONFLICTING_OPTIONS', '--outcomes noisy needs standard errors: import with --from lm-eval or --from long (a stderr column)', {
      option: 'outcomes',
    });
  }
  const stdErrors = table.stdErrors;
  checkMatrixSize(benchmarks.length, m, { file: table.source });
  const p = new Float64Array(benchmarks.length * m * m).fill(0.5); // the diagonal stays 0.5
  for (let b = 0; b < benchmarks.length; b++) {
    for (let i = 0; i < m; i++) {
      const k = b * m + i;
      if (Number.isNaN(scores[k]) && missing === 'error') {
        throw new SwissRankError('MISSING_SCORE', `model ${JSON.stringify(models[i])} has no score on ${JSON.stringify(benchmarks[b])}; choose --missing loss or --missing coin`, where(b, i));
      }
      if (!Number.isNaN(scores[k]) && Number.isNaN(stdErrors[k])) {
        throw new SwissRankError('MISSING_SCORE', `model ${JSON.stringify(models[i])} has no standard error on ${JSON.stringify(benchmarks[b])}, which --outcomes noisy needs`, where(b, i));
      }
    }
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) {
        const win = winProbability(scores[b * m + i], stdErrors[b * m + i], scores[b * m + j], stdErrors[b * m + j], missing);
        p[(b * m + i) * m + j] = win;
        p[(b * m + j) * m + i] = 1 - win;
      }
    }
  }
  const matrices = assembleWinMatrices({
    sources: benchmarks.map(() => table.source),
    models,
    benchmarks,
    p,
    places: {
      model: () => ({ file: table.source }),
      benchmark: () => ({ file: table.source }),
      models: { file: table.source },
      benchmarks: { file: table.source },
      cell: (b, i) => where(b, i),
    },
  });
  const files = table.provenance?.files ?? [table.source];
  return { ...matrices, provenance: { ...table.provenance, files, outcomes: NOISY_OUTCOMES_LABEL } };
}

/** P(x beats y); NaN scores are missing (only `loss` and `coin` reach here). */
export function winProbability(x: number, seX: number, y: number, seY: number, missing: MissingPolicy): number {
  const xMissing = Number.isNaN(x);
  const yMissing = Number.isNaN(y);
  if (xMissing || yMissing) return missing === 'loss' && xMissing !== yMissing ? (xMissing ? 0 : 1) : 0.5;
  const spread = Math.sqrt(seX * seX + seY * seY);
  if (spread === 0) return x > y ? 1 : x < y ? 0 : 0.5;
  return normalCdf((x - y) / spread);
}
