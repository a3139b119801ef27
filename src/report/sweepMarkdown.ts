/**
 * The sweep result as GitHub Markdown: the terminal table's rows as a pipe table (rank right
 * aligned), then what was run and what ± and the profiles mean, as paragraphs under it.
 * O(models x sweep values).
 */
import type { SweepResult } from '../analyses/sweepResult.js';
import { markdownParagraphs, markdownTable } from './markdownTable.js';
import { sweepLegend, sweepRows, sweepSummary } from './sweepTable.js';

export function sweepMarkdown(result: SweepResult): string {
  const [header, ...rows] = sweepRows(result);
  const table = markdownTable(header, rows, ['right']);
  return `${table}\n\n${markdownParagraphs([...sweepSummary(result).split('\n'), ...sweepLegend(result).split('\n')])}\n`;
}
