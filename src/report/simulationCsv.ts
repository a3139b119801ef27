/** The simulation result as CSV: one row per model, highest expected score first. */
import { writeToString } from 'fast-csv';
import type { SimulationResult } from '../run/simulate.js';

export const SIMULATION_CSV_HEADER = ['rank', 'model', 'expected_score', 'std_error', 'ci95_low', 'ci95_high'];

export function simulationCsv(result: SimulationResult): Promise<string> {
  const rows = result.models.map((m) => [
    m.rank,
    m.name,
    m.expectedScore,
    m.stdError,
    m.ci95[0],
    m.ci95[1],
  ]);
  return writeToString([SIMULATION_CSV_HEADER, ...rows], { includeEndRowDelimiter: true });
}
