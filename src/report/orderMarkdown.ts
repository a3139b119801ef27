/**
 * The round-order sensitivity result as GitHub Markdown: one row per model (canonical order) as a
 * pipe table, then what was run and found, then the rounds whose positions move the ranking.
 * O(models + rounds).
 */
import type { OrderResult } from '../analyses/orderResult.js';
import { markdownParagraphs, markdownTable } from './markdownTable.js';
import { ORDER_MODEL_RIGHT, orderModelRows, orderSummary, roundPositionRows } from './orderTable.js';

export function orderMarkdown(result: OrderResult): string {
  const [modelHeader, ...models] = orderModelRows(result);
  const [roundHeader, ...rounds] = roundPositionRows(result);
  const right = modelHeader.map((_, i) => ((ORDER_MODEL_RIGHT as readonly number[]).includes(i) ? 'right' : 'left') as 'right' | 'left');
  return `${[markdownTable(modelHeader, models, right), markdownParagraphs(orderSummary(result)), markdownTable(roundHeader, rounds)].join('\n\n')}\n`;
}
