/** The comparison as CSV: one row per model, a score and a rank column per method, and with a
 *  bootstrap its intervals (each end with its Monte Carlo SE), Rank (UB) and tier. */
import { writeCsv } from './writeCsv.js';
import type { CompareResult } from '../analyses/compare.js';
import { bootstrapLabel } from './bootstrapLabel.js';

export function compareCsv(result: CompareResult): Promise<string> {
  const run = result.bootstrap;
  const header = [
    'model',
    ...result.methods.flatMap((m) => [`score_${m}`, `rank_${m}`]),
    ...(run
      ? [
          'bootstrap_interval', 'tier', 'tier_rank', 'rank_ub',
          'rank95_low', 'rank95_low_se', 'rank95_high', 'rank95_high_se',
          'expected_score95_low', 'expected_score95_low_se', 'expected_score95_high', 'expected_score95_high_se',
        ]
      : []),
  ];
  const rows = result.models.map(({ name, scores, ranks, bootstrap: b }) => [
    name,
    ...result.methods.flatMap((method) => [scores[method] ?? '', ranks[method] ?? '']),
    ...(run && b
      ? [
          bootstrapLabel(run.unit, run.level), b.tier, b.tierRank, b.rankUB,
          b.rank95[0], b.rank95StdError[0], b.rank95[1], b.rank95StdError[1],
          b.expectedScore95[0], b.expectedScore95StdError[0], b.expectedScore95[1], b.expectedScore95StdError[1],
        ]
      : []),
  ]);
  return writeCsv([header, ...rows]);
}
