/**
 * The simulation result as CSV: one row per model, highest expected score first. A CSV has no
 * legend, so its header says what each interval covers: mc_ is Monte Carlo error, standing_p05
 * and standing_p95 the spread of the final standing across tournaments.
 */
import { writeCsv } from './writeCsv.js';
import type { SimulationResult } from '../analyses/simulate.js';

export const SIMULATION_CSV_HEADER = [
  'rank',
  'model',
  'expected_score',
  'std_error',
  'mc_ci95_low',
  'mc_ci95_high',
  'p_first',
  'p_first_std_error',
  'mean_rank',
  'standing_p05',
  'standing_p95',
  'p_eliminated',
  'mean_elimination_round',
];

export function simulationCsv(result: SimulationResult): Promise<string> {
  const survivalHeader = result.rounds.map((_, k) => `survival_round_${k + 1}`);
  const rows = result.models.map((m) => [
    m.rank,
    m.name,
    m.expectedScore,
    m.stdError,
    m.ci95[0],
    m.ci95[1],
    m.pFirst,
    m.pFirstStdError,
    m.meanRank,
    m.rankInterval90[0],
    m.rankInterval90[1],
    m.pEliminated,
    m.meanEliminationRound ?? '',
    ...m.survival,
  ]);
  return writeCsv([[...SIMULATION_CSV_HEADER, ...survivalHeader], ...rows]);
}
