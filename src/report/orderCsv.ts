/** The round-order sensitivity result as CSV: one row per model, best first under the canonical order. */
import { writeToString } from 'fast-csv';
import type { OrderResult } from '../analyses/orderResult.js';

export function orderCsv(result: OrderResult): Promise<string> {
  const header = [
    'canonical_rank', 'model', 'expected_score', 'std_error', 'min_rank', 'median_rank', 'max_rank', 'p_first',
    'expected_score_min', 'expected_score_max',
  ];
  const rows = result.models.map((m) => [
    m.canonicalRank, m.name, m.expectedScore, m.stdError, m.minRank, m.medianRank, m.maxRank, m.pFirst, m.scoreRange[0], m.scoreRange[1],
  ]);
  return writeToString([header, ...rows], { includeEndRowDelimiter: true });
}
