/**
 * `swiss-rank wins --format csv`: every matrix in long form, one row per ordered pair of distinct
 * models: benchmark, model, opponent, P(model beats opponent), and what it rests on (items both
 * answered, or battles; 0 for a coin). Cost: O(B M^2).
 */
import type { WinsJson } from './winsJson.js';
import { writeCsv } from './writeCsv.js';

export function winsCsv(result: WinsJson): Promise<string> {
  const rows = result.benchmarks.flatMap((benchmark) =>
    result.models.flatMap((model, i) =>
      result.models.flatMap((opponent, j) => (i === j ? [] : [[benchmark.name, model, opponent, benchmark.p[i]![j]!, benchmark.counts[i]![j]!]])),
    ),
  );
  return writeCsv([['benchmark', 'model', 'opponent', 'p', result.counted], ...rows]);
}
