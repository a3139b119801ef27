/** The robustness experiment as CSV: one row per (model, method) with its ranks before and after. */
import { writeCsv } from './writeCsv.js';
import type { PerturbResult } from '../analyses/perturb.js';

export function perturbCsv(result: PerturbResult): Promise<string> {
  const models = result.zeroed ? [result.zeroed] : (result.perModel ?? []);
  const rows = models.flatMap((p) =>
    p.shifts.map((s) => [p.model, p.benchmarks.join(';'), s.method, s.before ?? '', s.after ?? '', s.shift ?? '']),
  );
  return writeCsv([['model', 'zeroed_benchmarks', 'method', 'rank_before', 'rank_after', 'shift'], ...rows]);
}
