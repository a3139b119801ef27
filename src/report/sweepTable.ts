/** The sweep result for a terminal: what was run, then one row per model in the paper's order. */
import { table } from 'table';
import { roundsLine } from './roundsLine.js';
import type { SweepResult } from '../analyses/sweepResult.js';

export function sweepTable(result: SweepResult): string {
  const harshest = result.sweep.length - 1;
  const rows = [
    [
      'Rank',
      'Model',
      ...result.sweep.map((t) => `E[S | T=${t}]`),
      `Drop (T=${result.sweep[harshest]} - T=${result.sweep[0]})`,
      'Profile',
      `P(first), T=${result.sweep[harshest]}`,
    ],
    ...result.models.map((m) => [
      String(m.results[harshest].rank),
      m.name,
      ...m.results.map((r) => `${r.expectedScore.toFixed(3)} ± ${r.stdError.toFixed(3)}`),
      `${m.drop >= 0 ? '+' : ''}${m.drop.toFixed(3)} ± ${m.dropStdError.toFixed(3)}`,
      m.profile,
      m.results[harshest].pFirst.toFixed(3),
    ]),
  ];
  const body = table(rows, {
    columns: { 0: { alignment: 'right' } },
    drawHorizontalLine: (line, count) => line === 0 || line === 1 || line === count,
  });
  const summary = [
    `swiss-rank ${result.version}: failure sensitivity sweep over T = ${result.sweep.join(', ')}; ` +
      `${result.models.length} models, ${result.rounds.length} rounds, ` +
      `${result.iterations.toLocaleString('en-US')} tournaments per T, seed ${result.seed} (block size ${result.blockSize})`,
    `data: ${result.source.files.join(', ')}`,
    roundsLine(result),
    `ties at the cut: ${result.tieBreak}; ordered by E at T=${result.sweep[harshest]}; ± is one standard error (the drop's is paired)`,
    `profiles: ${result.profileRule.description} Median base ${result.profileRule.baseMedian.toFixed(3)}, ` +
      `median drop ${result.profileRule.dropMedian.toFixed(3)}.`,
  ].join('\n');
  return `${summary}\n${body}`;
}
