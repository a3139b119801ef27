/**
 * The report's round-order section: what was run and how to read it (Kendall's tau against the
 * seed-only baseline, the largest move, who ranks first), the order figure, and the rounds whose
 * position moves the top models most. Every string is escaped. O(models + rounds).
 */
import type { OrderResult } from '../../analyses/orderResult.js';
import { fixed, thousands } from './format.js';
import { orderFigure } from './orderFigure.js';
import { baselineMoves, ordersPlayed } from '../orderWords.js';
import { escapeHtml } from './svg.js';

export function orderSection(result: OrderResult): string {
  const { kendallTau: tau, seedBaseline: base, largestTopMove: move, roundPositions } = result;
  const leaders = result.models
    .filter((m) => m.pFirst > 0)
    .sort((a, b) => b.pFirst - a.pFirst)
    .map((m) => `${m.name} (${fixed(m.pFirst * 100, 0)}%)`);
  const text = [
    'CSD weighs a round by its position: an early round decides who meets whom and who is eliminated. This section ' +
      `plays the same rounds in ${ordersPlayed(result)}, ${thousands(result.iterations)} tournaments each, every order on seed ` +
      `${result.seed}, with ${eliminationText(result)}.`,
    `Kendall’s tau-b between each order’s ranking and the canonical one: min ${fixed(tau.min, 3)}, mean ` +
      `${fixed(tau.mean, 3)}. Monte Carlo noise alone (the canonical order re-run on seed ${base.seed}) gives ` +
      `${fixed(base.kendallTau, 3)} and ${baselineMoves(base.topMaxMove, roundPositions.top)}: order effects are what ` +
      'exceeds that.',
    move ? `The largest move of a canonical top-${roundPositions.top} model: ${move.model}, from rank ${move.canonicalRank} to ${move.rank}.` : '',
    `Ranked first across the orders: ${leaders.join(', ')}.`,
  ].filter((t) => t !== '');
  const rows = roundPositions.rounds.map(
    (r) =>
      `<tr><td>${escapeHtml(r.name)}</td><td class="num">${r.earlyOrders}</td><td class="num">${r.lateOrders}</td>` +
      `<td class="num">${r.topRankShift === null ? '–' : fixed(r.topRankShift, 2)}</td></tr>`,
  );
  return (
    text.map((t) => `<p>${escapeHtml(t)}</p>`).join('\n') +
    orderFigure(result) +
    `<p class="rule">${escapeHtml(`Which rounds’ positions move the ranking: ${roundPositions.measure}.`)}</p>` +
    '<div class="table-scroll"><table id="order-rounds"><thead><tr><th>Round</th><th class="num">Orders playing it early</th>' +
    `<th class="num">late</th><th class="num">Top-${roundPositions.top} rank shift</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** The elimination, which stays by position whatever round is played there. */
function eliminationText(result: OrderResult): string {
  const values = result.rounds.map((r) => r.elimination);
  if (values.every((t) => t === 0)) return 'no elimination';
  if (values.every((t) => t === values[0])) return `T = ${values[0]} eliminated after every round played`;
  return `T = ${values.join(', ')} eliminated after the 1st, 2nd, ... round played`;
}
