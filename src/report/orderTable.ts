/** The round-order sensitivity result for a terminal: what was run, the taus beside the seed-only
 *  baseline, the rounds whose position matters, then one row per model (canonical order). */
import { dataLines } from './dataLines.js';
import { table } from 'table';
import type { OrderResult } from '../analyses/orderResult.js';
import { baselineMoves, ordersPlayed } from './orderWords.js';
import { emptyCellsText, roundsLine } from './roundsLine.js';
import { terminalRows } from './terminalRows.js';

const percent = (x: number) => `${(x * 100).toFixed(x > 0 && x < 0.01 ? 1 : 0)}%`;

/** What was run and what it found, one line each (empty lines dropped by the renderers). */
export function orderSummary(result: OrderResult): string[] {
  const { kendallTau: tau, seedBaseline: base, roundPositions } = result;
  const eliminations = result.rounds.map((r) => r.elimination);
  const uniform = eliminations.every((e) => e === eliminations[0]);
  const leaders = result.models.filter((m) => m.pFirst > 0).sort((a, b) => b.pFirst - a.pFirst);
  const move = result.largestTopMove;
  return [
    `swiss-rank ${result.version}: round-order sensitivity of ${result.models.length} models; ` +
      `${ordersPlayed(result)}; ${result.iterations.toLocaleString('en-US')} tournaments per order, seed ${result.seed} (block size ${result.blockSize})`,
    ...dataLines(result.source),
    `${roundsLine(result)} (the canonical order)`,
    `elimination per position: ${uniform ? String(eliminations[0]) : eliminations.join(',')}; ties at the cut: ${result.tieBreak}${emptyCellsText(result)}`,
    `pairing: ${result.pairing}`,
    `Kendall tau-b to the canonical ranking over the orders: min ${tau.min.toFixed(3)}, mean ${tau.mean.toFixed(3)}, ` +
      `max ${tau.max.toFixed(3)}; seed-only baseline (the canonical order on seed ${base.seed}): ${base.kendallTau.toFixed(3)}, ` +
      `${baselineMoves(base.topMaxMove, roundPositions.top)}, #1 ${base.firstChanged ? 'changed' : 'unchanged'}`,
    move
      ? `largest move of a canonical top-${roundPositions.top} model: ${move.model}, rank ${move.canonicalRank} -> ${move.rank}`
      : '',
    `ranked first across orders (ties split): ${leaders.map((m) => `${m.name} ${percent(m.pFirst)}`).join(', ')}`,
    `which rounds' positions move the ranking: ${roundPositions.measure}`,
  ];
}

/** Per round (header first): how often it came early or late, and how far that moved the top. */
export function roundPositionRows(result: OrderResult): string[][] {
  const { roundPositions } = result;
  return [
    ['Round', 'Orders: early', 'late', `Top-${roundPositions.top} rank shift`],
    ...roundPositions.rounds.map((r) => [r.name, String(r.earlyOrders), String(r.lateOrders), r.topRankShift === null ? '-' : r.topRankShift.toFixed(2)]),
  ];
}

/** Per model (header first, canonical order): its ranks and E[S] across the orders. */
export function orderModelRows(result: OrderResult, shown: OrderResult['models'] = result.models): string[][] {
  return [
    ['Rank', 'Model', 'E[S] (canonical)', 'Rank: min', 'median', 'max', 'P(#1)', 'E[S]: min', 'max'],
    ...shown.map((m) => [
      String(m.canonicalRank),
      m.name,
      `${m.expectedScore.toFixed(3)} ± ${m.stdError.toFixed(3)}`,
      String(m.minRank),
      String(m.medianRank),
      String(m.maxRank),
      m.pFirst.toFixed(3),
      m.scoreRange[0].toFixed(3),
      m.scoreRange[1].toFixed(3),
    ]),
  ];
}

/** Columns of orderModelRows aligned right (ranks). */
export const ORDER_MODEL_RIGHT = [0, 3, 4, 5] as const;

export function orderTable(result: OrderResult): string {
  const { shown, hiddenNote } = terminalRows(result.models, 'models', 'by canonical rank');
  const lines = [
    ...orderSummary(result),
    table(roundPositionRows(result), { drawHorizontalLine: (line, count) => line === 0 || line === 1 || line === count }),
    table(orderModelRows(result, shown), {
      columns: Object.fromEntries(ORDER_MODEL_RIGHT.map((c) => [c, { alignment: 'right' as const }])),
      drawHorizontalLine: (line, count) => line === 0 || line === 1 || line === count,
    }) + hiddenNote.trimEnd(),
  ];
  return lines.filter((line) => line !== '').join('\n');
}
