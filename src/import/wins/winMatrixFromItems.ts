/**
 * Per-item results of several models -> one win matrix per benchmark. Rule (issue 13): for each
 * pair, on the items both answered, P[i][j] = mean of (s_i - s_j + 1) / 2, which for right/wrong
 * scores (1/0) is (items i gets right and j wrong + 1/2 items where they agree) / items both
 * answered, and for partial scores in [0, 1] the same with right = score. Items are matched by the
 * source's own id, never by position; items not every model answered are reported per benchmark.
 * Cost: O(B M^2 I) for I items per benchmark.
 */
import { SwissRankError } from '../../errors.js';
import type { ItemResults } from '../types.js';
import { pairMatrices } from './pairMatrices.js';
import type { UnseenPolicy } from './winsTypes.js';

export interface ItemMatrices {
  readonly matrices: ReturnType<typeof pairMatrices>['matrices'];
  readonly counts: Float64Array;
  readonly leftOut: readonly string[];
}

/** @example winMatrixFromItems([{ model: 'a', benchmark: 'X', items: new Map([['1', 1]]), from: 'a.json' }, ...], 'coin') */
export function winMatrixFromItems(results: readonly ItemResults[], unseen: UnseenPolicy): ItemMatrices {
  const models = firstSeen(results.map((r) => r.model));
  const benchmarks = firstSeen(results.map((r) => r.benchmark));
  const m = models.length;
  // cell[b][i]: model i's results on benchmark b (undefined: the model did not run it).
  const cell = benchmarks.map(() => new Array<ItemResults | undefined>(m).fill(undefined));
  for (const result of results) {
    const row = cell[benchmarks.indexOf(result.benchmark)]!;
    const i = models.indexOf(result.model);
    const before = row[i];
    if (before !== undefined) {
      throw new SwissRankError(
        'BAD_IMPORT',
        `${result.model} on ${result.benchmark} is in two logs (also ${before.from}); give one run per model and benchmark`,
        { file: result.from },
      );
    }
    row[i] = result;
  }
  const p = new Float64Array(benchmarks.length * m * m).fill(Number.NaN);
  const counts = new Float64Array(benchmarks.length * m * m);
  const leftOut: string[] = [];
  for (let b = 0; b < benchmarks.length; b++) {
    const row = cell[b]!;
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) {
        const [a, c] = [row[i], row[j]];
        if (a === undefined || c === undefined) continue;
        let shared = 0;
        let lead = 0; // sum of s_i - s_j over the items both answered
        for (const [id, score] of a.items) {
          const other = c.items.get(id);
          if (other === undefined) continue;
          shared++;
          lead += score - other;
        }
        if (shared === 0) continue;
        // Both cells from the same sums: (n + d) / 2n and (n - d) / 2n add up to 1.
        p[(b * m + i) * m + j] = (shared + lead) / (2 * shared);
        p[(b * m + j) * m + i] = (shared - lead) / (2 * shared);
        counts[(b * m + i) * m + j] = shared;
        counts[(b * m + j) * m + i] = shared;
      }
    }
    leftOut.push(...notShared(benchmarks[b]!, models, row));
  }
  const sources = cell.map((row) => row.flatMap((r) => (r === undefined ? [] : [r.from])).join(' + '));
  const firstFile = models.map((model) => results.find((r) => r.model === model)!.from);
  const built = pairMatrices({
    models, benchmarks, sources, p, counts, counted: 'items', unseen, code: 'ITEMS_NOT_ALIGNED',
    modelFile: (i) => firstFile[i]!,
  });
  return { matrices: built.matrices, counts, leftOut: [...leftOut, ...built.leftOut] };
}

/** Per benchmark: the models that did not run it, and each model's items not every other model answered. */
function notShared(benchmark: string, models: readonly string[], row: readonly (ItemResults | undefined)[]): string[] {
  const lines: string[] = [];
  const ran = row.flatMap((r) => (r === undefined ? [] : [r]));
  const missing = models.filter((_, i) => row[i] === undefined);
  if (missing.length > 0) lines.push(`${benchmark}: no results from ${missing.join(', ')}`);
  for (const result of ran) {
    let alone = 0;
    for (const id of result.items.keys()) if (ran.some((other) => !other.items.has(id))) alone++;
    if (alone > 0) {
      lines.push(
        `${benchmark}: ${alone} of ${result.model}'s ${result.items.size} items are not answered by every model ` +
          '(left out of the pairs without them)',
      );
    }
  }
  return lines;
}

function firstSeen(names: readonly string[]): string[] {
  return [...new Set(names)];
}
