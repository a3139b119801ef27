/**
 * `swiss-rank wins --format markdown`: the benchmarks' rows as a GitHub table, with the headline,
 * the rule, the choices and what was left out under it. Cost: O(B M^2).
 */
import { markdownParagraphs, markdownTable } from './markdownTable.js';
import type { WinsJson } from './winsJson.js';
import { WINS_COLUMNS, winsHeadline, winsNotes, winsRows } from './winsSummary.js';

export function winsMarkdown(result: WinsJson): string {
  const align = ['left', 'left', 'right', 'right', 'right'] as const;
  const lines = [winsHeadline(result), `rule: ${result.rule}`, ...winsNotes(result)];
  return `${markdownTable(WINS_COLUMNS(result), winsRows(result), align)}\n\n${markdownParagraphs(lines)}\n`;
}
