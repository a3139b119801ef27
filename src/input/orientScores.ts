/**
 * Makes a lower score win without touching the kernel: the named benchmarks' scores are negated
 * (0 - x: exact, and exact in the decimal round means too, so ties stay ties), and the table's
 * provenance says which and why. Means and baselines over such a table average -score.
 * Rule: every name must be a benchmark of the table (UNKNOWN_BENCHMARK at `option`); a name twice
 * is negated once. Cost: O(models x named benchmarks).
 */
import { SwissRankError } from '../errors.js';
import { suggestion } from './roundPlan.js';
import type { LowerIsBetter, ScoreTable } from './types.js';

export function orientScores(table: ScoreTable, lowerIsBetter: readonly LowerIsBetter[], option = 'lowerIsBetter'): ScoreTable {
  if (lowerIsBetter.length === 0) return table;
  const m = table.models.length;
  const scores = Float64Array.from(table.scores);
  const done = new Set<string>();
  for (const { benchmark } of lowerIsBetter) {
    const b = benchmarkIndex(benchmark, table.benchmarks, option);
    if (done.has(benchmark)) continue;
    done.add(benchmark);
    for (let i = b * m; i < (b + 1) * m; i++) scores[i] = 0 - scores[i];
  }
  const unique = lowerIsBetter.filter((entry, i) => lowerIsBetter.findIndex((e) => e.benchmark === entry.benchmark) === i);
  return { ...table, scores, provenance: { ...table.provenance, lowerIsBetter: unique } };
}

/** The index of a benchmark named by an option, or UNKNOWN_BENCHMARK with the closest names. */
export function benchmarkIndex(benchmark: string, benchmarks: readonly string[], option: string): number {
  const b = benchmarks.indexOf(benchmark);
  if (b < 0) throw new SwissRankError('UNKNOWN_BENCHMARK', `no benchmark ${JSON.stringify(benchmark)}${suggestion(benchmark, benchmarks)}`, { option });
  return b;
}
