/**
 * The sweep result for a terminal: what was run, one row per model in the paper's order, then what
 * the ± cover and the profile rule with the numbers it used. O(models x sweep values).
 */
import { dataLines } from './dataLines.js';
import { table } from 'table';
import { emptyCellsText, roundsLine } from './roundsLine.js';
import { terminalRows } from './terminalRows.js';
import type { SweepResult } from '../analyses/sweepResult.js';

/** The header row and one row per model (the Markdown renderer shows the same). */
export function sweepRows(result: SweepResult, shown: SweepResult['models'] = result.models): string[][] {
  const harshest = result.sweep.length - 1;
  const first = result.sweep[0];
  const last = result.sweep[harshest];
  return [
    [
      'Rank',
      'Model',
      ...result.sweep.map((t) => `E[S | T=${t}]\n± Monte Carlo SE`),
      `Drop (T=${last} - T=${first})\n± paired Monte Carlo SE`,
      'Profile\n(* uncertain)',
      `P(first), T=${last}\n± Monte Carlo SE`,
    ],
    ...shown.map((m) => [
      String(m.results[harshest].rank),
      m.name,
      ...m.results.map((r) => `${r.expectedScore.toFixed(3)} ± ${r.stdError.toFixed(3)}`),
      `${m.drop >= 0 ? '+' : ''}${m.drop.toFixed(3)} ± ${m.dropStdError.toFixed(3)}`,
      m.profileUncertain ? `${m.profile} *` : m.profile,
      `${m.results[harshest].pFirst.toFixed(3)} ± ${m.results[harshest].pFirstStdError.toFixed(4)}`,
    ]),
  ];
}

/** What was run, one line each: enough to reproduce it. */
export function sweepSummary(result: SweepResult): string {
  const last = result.sweep[result.sweep.length - 1];
  return [
    `swiss-rank ${result.version}: failure sensitivity sweep over T = ${result.sweep.join(', ')}; ` +
      `${result.models.length} models, ${result.rounds.length} rounds, ` +
      `${result.iterations.toLocaleString('en-US')} tournaments per T, seed ${result.seed} (block size ${result.blockSize})`,
    ...dataLines(result.source),
    roundsLine(result),
    `ties at the cut: ${result.tieBreak}${emptyCellsText(result)}; ordered by E at T=${last}`,
  ].join('\n');
}

export function sweepTable(result: SweepResult): string {
  const { shown, hiddenNote } = terminalRows(result.models, 'models', `by E at T=${result.sweep[result.sweep.length - 1]}`);
  const body = table(sweepRows(result, shown), {
    columns: { 0: { alignment: 'right' } },
    drawHorizontalLine: (line, count) => line === 0 || line === 1 || line === count,
  });
  return `${sweepSummary(result)}\n${body}${hiddenNote}${sweepLegend(result)}`;
}

/** Under the table: what ± covers, then the profile rule and its numbers. */
export function sweepLegend(result: SweepResult): string {
  const rule = result.profileRule;
  const uncertain = result.models.filter((m) => m.profileUncertain).length;
  return [
    `±: one Monte Carlo standard error, the error of averaging ${result.iterations.toLocaleString('en-US')} simulated ` +
      'tournaments (the luck of the pairings), not benchmark noise; the drop\'s is paired (every T replays the same ' +
      'tournament seeds).',
    `profiles: ${rule.description}`,
    `  median base ${rule.baseMedian.toFixed(3)} (${rule.baseMedianModels} models); reference drop ` +
      `${rule.dropMedian.toFixed(3)} (median of the ${rule.dropMedianModels} models that are not weak); margin ` +
      `${rule.dropMargin.toFixed(3)} (${rule.marginFraction} x the mean drop ${rule.meanDrop.toFixed(3)}): robust ` +
      `generalist above ${rule.robustAbove.toFixed(3)}, aggressive specialist below ${rule.aggressiveBelow.toFixed(3)}.`,
    `  * uncertain: within ${rule.uncertainWithinSE} standard errors of a boundary (${uncertain} of ` +
      `${result.models.length} models).`,
    '',
  ].join('\n');
}
