/**
 * The robustness shifts as rows (header first): per method, how far zeroing benchmarks moved the
 * models in its ranking (absolute ranks). Compare and perturb show them, in a terminal and in
 * Markdown. O(methods).
 */
import type { ShiftSummary } from '../analyses/perturb.js';
import { methodLabel } from './methodLabel.js';

export function shiftRows(summary: readonly ShiftSummary[]): string[][] {
  return [
    ['Method', 'Mean shift', 'Median shift', 'Max shift', 'Models moved'],
    ...summary.map((s) => [
      methodLabel(s.method),
      s.meanAbsShift.toFixed(2),
      s.medianAbsShift.toFixed(1),
      String(s.maxAbsShift),
      `${(s.shareMoved * 100).toFixed(0)}%`,
    ]),
  ];
}
