/**
 * The simulation result for a terminal: what was run, the ranked models, and what the intervals
 * cover (Monte Carlo error is the luck of N simulated tournaments; the standing is spread across
 * tournaments; neither is benchmark noise). O(models).
 */
import { dataLines } from './dataLines.js';
import { table } from 'table';
import { emptyCellsText, roundsLine } from './roundsLine.js';
import { terminalRows } from './terminalRows.js';
import type { ModelResult, SimulationResult } from '../analyses/simulate.js';

export interface Column {
  readonly header: string;
  readonly cell: (m: ModelResult) => string;
  readonly right?: boolean;
}

const RANK: Column = { header: 'Rank', cell: (m) => String(m.rank), right: true };
const MODEL: Column = { header: 'Model', cell: (m) => m.name };
const SCORE: Column = { header: 'Expected Win Score', cell: (m) => m.expectedScore.toFixed(4), right: true };
const MC_SE: Column = { header: 'Monte Carlo SE', cell: (m) => m.stdError.toFixed(4), right: true };
const MC_95: Column = {
  header: 'Monte Carlo 95%',
  cell: (m) => `${m.ci95[0].toFixed(3)} .. ${m.ci95[1].toFixed(3)}`,
};
const P_FIRST: Column = { header: 'P(first)', cell: (m) => m.pFirst.toFixed(3), right: true };
const P_FIRST_MC: Column = {
  header: 'P(first)\n± Monte Carlo SE',
  cell: (m) => `${m.pFirst.toFixed(3)} ± ${m.pFirstStdError.toFixed(4)}`,
  right: true,
};
const STANDINGS: Column[] = [
  { header: 'Mean standing', cell: (m) => m.meanRank.toFixed(1), right: true },
  {
    header: 'Standing 5-95%\n(spread across\ntournaments)',
    cell: (m) => `${m.rankInterval90[0]}-${m.rankInterval90[1]}`,
    right: true,
  },
];

/** The columns shown for a result: an exact one has no Monte Carlo error, whose columns would
 *  only repeat zeros. The Markdown renderer shows the same. */
export function simulationColumns(result: SimulationResult): readonly Column[] {
  return result.method === 'exact'
    ? [RANK, MODEL, SCORE, P_FIRST, ...STANDINGS]
    : [RANK, MODEL, SCORE, MC_SE, MC_95, P_FIRST_MC, ...STANDINGS];
}

export function simulationTable(result: SimulationResult): string {
  const columns = simulationColumns(result);
  const { shown, hiddenNote } = terminalRows(result.models, 'models', 'by rank');
  const rows = [columns.map((c) => c.header), ...shown.map((m) => columns.map((c) => c.cell(m)))];
  const body = table(rows, {
    columns: columns.map((c) => ({ alignment: c.right ? ('right' as const) : ('left' as const) })),
    drawHorizontalLine: (line, count) => line === 0 || line === 1 || line === count,
  });
  return `${runSummary(result)}\n${body}${hiddenNote}${simulationLegend(result)}`;
}

/** What the columns cover, under the table. */
export function simulationLegend(result: SimulationResult): string {
  const error =
    result.method === 'exact'
      ? 'Exact enumeration: no Monte Carlo error.'
      : `Monte Carlo SE and 95%: the error of averaging ${result.iterations.toLocaleString('en-US')} simulated ` +
        'tournaments (the luck of the pairings); it shrinks as 1/sqrt(tournaments) and does not cover benchmark noise.';
  const narrow = result.method === 'exact' ? '' : ', and more tournaments do not narrow it';
  return (
    `${error}\nStanding: a model's final place in one tournament (1 = first); 5-95% is its spread across ` +
    `tournaments, not a confidence interval${narrow}.\n`
  );
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
    ...dataLines(result.source),
    roundsLine(result),
    `elimination per round: ${uniform ? String(eliminations[0]) : eliminations.join(',')}; ` +
      `ties at the cut: ${result.tieBreak}; matches per tournament: ${result.matchesPerTournament}${emptyCellsText(result)}`,
  ].join('\n');
}
