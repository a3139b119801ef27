/** The simulation result as JSON: the result object itself, so the CLI and the library agree. */
import type { SimulationResult } from '../run/simulate.js';

export function simulationJson(result: SimulationResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
