/**
 * The sweep result as CSV: one row per model in the paper's order (E at the harshest T). Standard
 * errors are Monte Carlo errors (the drop's paired); profile_distance_se is the distance to the
 * nearest boundary of the profile rule in those errors, profile_uncertain whether it is within 2.
 */
import { writeCsv } from './writeCsv.js';
import type { SweepResult } from '../analyses/sweepResult.js';

export function sweepCsv(result: SweepResult): Promise<string> {
  const perT = result.sweep.flatMap((t) => [
    `expected_score_T${t}`,
    `std_error_T${t}`,
    `rank_T${t}`,
    `p_first_T${t}`,
    `p_first_std_error_T${t}`,
    `mean_rank_T${t}`,
  ]);
  const header = [
    'model', ...perT, 'base', 'drop', 'drop_std_error', 'profile', 'profile_distance_se', 'profile_uncertain',
  ];
  const rows = result.models.map((m) => [
    m.name,
    ...m.results.flatMap((r) => [r.expectedScore, r.stdError, r.rank, r.pFirst, r.pFirstStdError, r.meanRank]),
    m.base,
    m.drop,
    m.dropStdError,
    m.profile,
    m.profileDistanceInSE ?? '',
    m.profileUncertain,
  ]);
  return writeCsv([header, ...rows]);
}
