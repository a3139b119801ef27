/**
 * The robustness experiment as GitHub Markdown: the rank shifts per method as a pipe table, then
 * what was zeroed and how many tournaments ranked it, as paragraphs under it. O(methods).
 */
import type { PerturbResult } from '../analyses/perturb.js';
import { markdownParagraphs, markdownTable } from './markdownTable.js';
import { perturbRows, perturbSummary } from './perturbTable.js';

export function perturbMarkdown(result: PerturbResult): string {
  const [header, ...rows] = perturbRows(result);
  return `${markdownTable(header, rows)}\n\n${markdownParagraphs(perturbSummary(result))}\n`;
}
