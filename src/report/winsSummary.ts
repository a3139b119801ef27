/**
 * What `swiss-rank wins` read, as rows for the terminal table and the Markdown table alike: one
 * row per benchmark (its file, pairs with data, items or battles per pair, coin pairs), the
 * headline, and every choice made and everything left out. Cost: O(B M^2).
 */
import type { WinsJson } from './winsJson.js';

export const WINS_COLUMNS = (result: WinsJson) =>
  ['Benchmark', 'File', 'Pairs compared', `${result.counted === 'items' ? 'Items' : 'Battles'} per pair`, 'Coin pairs'] as const;

export function winsHeadline(result: WinsJson): string {
  return (
    `swiss-rank ${result.version}: win matrices of ${result.models.length} models on ${result.benchmarks.length} benchmarks from ${result.kind} ` +
    `(${result.files.length} files)`
  );
}

export function winsNotes(result: WinsJson): string[] {
  return [...result.choices.map((line) => `chose: ${line}`), ...result.leftOut.map((line) => `left out: ${line}`)];
}

/** One row per benchmark: its file, pairs with data, items (or battles) per pair, coin pairs. */
export function winsRows(result: WinsJson): string[][] {
  return result.benchmarks.map((benchmark) => {
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
}
