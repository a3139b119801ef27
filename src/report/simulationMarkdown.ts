/**
 * The simulation result as GitHub Markdown, for READMEs and pull requests: the terminal table's
 * columns as a pipe table, then what was run (enough to reproduce it) and what each number covers,
 * as paragraphs under it. O(models).
 */
import type { SimulationResult } from '../analyses/simulate.js';
import { markdownParagraphs, markdownTable } from './markdownTable.js';
import { runSummary, simulationColumns, simulationLegend } from './simulationTable.js';

export function simulationMarkdown(result: SimulationResult): string {
  const columns = simulationColumns(result);
  const table = markdownTable(
    columns.map((c) => c.header),
    result.models.map((m) => columns.map((c) => c.cell(m))),
    columns.map((c) => (c.right ? 'right' : 'left')),
  );
  return `${table}\n\n${markdownParagraphs([...runSummary(result).split('\n'), ...simulationLegend(result).split('\n')])}\n`;
}
