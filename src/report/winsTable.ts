/**
 * `swiss-rank wins` for a terminal: what was read and the rule, the benchmarks' rows
 * (winsSummary.ts), then every choice made and everything left out. Cost: O(B M^2).
 */
import { table } from 'table';
import type { WinsJson } from './winsJson.js';
import { WINS_COLUMNS, winsHeadline, winsNotes, winsRows } from './winsSummary.js';

export function winsTable(result: WinsJson): string {
  const lines = [
    winsHeadline(result),
    `rule: ${result.rule}`,
    table([[...WINS_COLUMNS(result)], ...winsRows(result)], {
      drawHorizontalLine: (line, count) => line === 0 || line === 1 || line === count,
    }),
    ...winsNotes(result),
  ];
  return `${lines.join('\n')}\n`;
}
