/**
 * How a bootstrap interval is named wherever one is shown: "bootstrap 95% over benchmarks" (or
 * rounds, or score errors), so no interval is read without what it resampled.
 */
import type { BootstrapUnit } from '../analyses/resample.js';

const OVER: Readonly<Record<BootstrapUnit, string>> = {
  benchmarks: 'benchmarks',
  rounds: 'rounds',
  'score-stderr': 'score errors',
};

export function bootstrapLabel(unit: BootstrapUnit, level: number): string {
  return `bootstrap ${Math.round(level * 100)}% over ${OVER[unit]}`;
}
