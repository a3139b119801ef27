/**
 * One benchmark's win matrix as the CSV `--win-matrix` reads: header `model,<model>...`, then one
 * row per model in the same order, cell (i, j) = P(model i beats model j), the diagonal 0.5.
 * Numbers in JavaScript's shortest round-trip form, so reading the file back gives the same
 * doubles (P + P^T = 1 holds as built). Cost: O(M^2).
 */
import type { WinMatrices } from '../input/types.js';
import { writeCsv } from './writeCsv.js';

export function winMatrixCsv(matrices: WinMatrices, b: number): Promise<string> {
  const { models, p } = matrices;
  const m = models.length;
  const rows = models.map((model, i) => [model, ...Array.from(p.subarray((b * m + i) * m, (b * m + i + 1) * m))]);
  return writeCsv([['model', ...models], ...rows]);
}
