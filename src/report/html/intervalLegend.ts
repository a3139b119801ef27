/**
 * Under the results table: the result's own `intervals` legend (analyses/intervalLegend.ts), so
 * the page says what each number covers in the words results.json uses. O(fields).
 */
import type { SweepResult } from '../../analyses/sweepResult.js';
import { escapeHtml } from './svg.js';

export function intervalLegend(result: SweepResult): string {
  const items = Object.entries(result.intervals).map(
    ([field, text]) => `<dt><code>${escapeHtml(field)}</code></dt><dd>${escapeHtml(text)}</dd>`,
  );
  return (
    '<details class="intervals"><summary>What each standard error and interval covers (as in results.json)</summary>' +
    `<dl class="summary">${items.join('')}</dl></details>`
  );
}
