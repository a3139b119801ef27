/**
 * `swiss-rank wins` for a terminal: what was read and the rule, one row per benchmark (its file,
 * how many pairs rest on how many items or battles, how many are coins), then every choice made
 * and everything left out. Cost: O(B M^2).
 */
import { table } from 'table';
import type { WinsJson } from './winsJson.js';

export function winsTable(result: WinsJson): string {
  const m = result.models.length;
  const rows = result.benchmarks.map((benchmark) => {
    const pairCounts = benchmark.counts.flatMap((row, i) => row.filter((_, j) => j > i));
    const seen = pairCounts.filter((n) => n > 0);
    return [
      benchmark.name,
      benchmark.file,
      `${seen.length} of ${pairCounts.length}`,
      seen.length === 0 ? '-' : `${Math.min(...seen)}-${Math.max(...seen)}`,
      String(pairCounts.length - seen.length),
    ];
  });
  const lines = [
    `swiss-rank ${result.version}: win matrices of ${m} models on ${result.benchmarks.length} benchmarks from ${result.kind} ` +
      `(${result.files.length} files)`,
    `rule: ${result.rule}`,
    table(
      [['Benchmark', 'File', 'Pairs compared', `${result.counted === 'items' ? 'Items' : 'Battles'} per pair`, 'Coin pairs'], ...rows],
      { drawHorizontalLine: (line, count) => line === 0 || line === 1 || line === count },
    ),
    ...result.choices.map((line) => `chose: ${line}`),
    ...result.leftOut.map((line) => `left out: ${line}`),
  ];
  return `${lines.join('\n')}\n`;
}
