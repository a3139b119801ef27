/** The simulation result for a terminal: what was run, then the ranked models. */
import { table } from 'table';
import { roundsLine } from './roundsLine.js';
import type { SimulationResult } from '../analyses/simulate.js';

export function simulationTable(result: SimulationResult): string {
  const rows = [
    ['Rank', 'Model', 'Expected Win Score', 'Std. error', '95% interval', 'P(first)', 'Mean rank', 'Rank 90%'],
    ...result.models.map((m) => [
      String(m.rank),
      m.name,
      m.expectedScore.toFixed(4),
      m.stdError.toFixed(4),
      `${m.ci95[0].toFixed(3)} .. ${m.ci95[1].toFixed(3)}`,
      m.pFirst.toFixed(3),
      m.meanRank.toFixed(1),
      `${m.rankInterval90[0]}-${m.rankInterval90[1]}`,
    ]),
  ];
  const body = table(rows, {
    columns: {
      0: { alignment: 'right' },
      2: { alignment: 'right' },
      3: { alignment: 'right' },
      5: { alignment: 'right' },
      6: { alignment: 'right' },
      7: { alignment: 'right' },
    },
    drawHorizontalLine: (line, count) => line === 0 || line === 1 || line === count,
  });
  return `${runSummary(result)}\n${body}`;
}

/** What was run, in a few lines: enough to reproduce it. */
export function runSummary(result: SimulationResult): string {
  const eliminations = result.rounds.map((r) => r.elimination);
  const uniform = eliminations.every((e) => e === eliminations[0]);
  return [
    `swiss-rank ${result.version}: ${result.models.length} models, ${result.rounds.length} rounds, ` +
      (result.method === 'exact'
        ? 'exact (every pairing, outcome and elimination enumerated)'
        : `${result.iterations.toLocaleString('en-US')} tournaments, seed ${result.seed} (block size ${result.blockSize})`),
    `data: ${result.source.files.join(', ')}`,
    roundsLine(result),
    `elimination per round: ${uniform ? String(eliminations[0]) : eliminations.join(',')}; ` +
      `ties at the cut: ${result.tieBreak}; matches per tournament: ${result.matchesPerTournament}`,
  ].join('\n');
}
