/**
 * The comparison as GitHub Markdown: the ranks under every method (with the bootstrap's columns),
 * Kendall's tau-b and the robustness shifts as pipe tables, then what was run and what the
 * intervals cover, as paragraphs under them. O(models x methods).
 */
import type { CompareResult } from '../analyses/compare.js';
import { compareRows, compareSummary, robustnessLine, tauRows } from './compareTable.js';
import { markdownParagraphs, markdownTable } from './markdownTable.js';
import { shiftRows } from './shiftRows.js';

export function compareMarkdown(result: CompareResult): string {
  const table = ([header, ...rows]: string[][]) => markdownTable(header, rows);
  const parts = [table(compareRows(result)), markdownParagraphs(compareSummary(result)), table(tauRows(result))];
  if (result.robustness) parts.push(markdownParagraphs([robustnessLine(result.robustness)]), table(shiftRows(result.robustness.summary)));
  return `${parts.join('\n\n')}\n`;
}
