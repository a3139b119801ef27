/** The comparison as CSV: one row per model, a score and a rank column per method (and tiers). */
import { writeCsv } from './writeCsv.js';
import type { CompareResult } from '../analyses/compare.js';

export function compareCsv(result: CompareResult): Promise<string> {
  const withTiers = result.bootstrap !== undefined;
  const header = [
    'model',
    ...result.methods.flatMap((m) => [`score_${m}`, `rank_${m}`]),
    ...(withTiers ? ['tier', 'tier_rank', 'lmarena_rank', 'rank95_low', 'rank95_high', 'expected_score95_low', 'expected_score95_high'] : []),
  ];
  const rows = result.models.map((m) => [
    m.name,
    ...result.methods.flatMap((method) => [m.scores[method] ?? '', m.ranks[method] ?? '']),
    ...(m.bootstrap
      ? [m.bootstrap.tier, m.bootstrap.tierRank, m.bootstrap.lmarenaRank, m.bootstrap.rank95[0], m.bootstrap.rank95[1], m.bootstrap.expectedScore95[0], m.bootstrap.expectedScore95[1]]
      : []),
  ]);
  return writeCsv([header, ...rows]);
}
