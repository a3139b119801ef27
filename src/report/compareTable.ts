/** The comparison for a terminal: ranks under every method, bootstrap intervals and tiers, Kendall's tau, robustness. */
import { dataLines } from './dataLines.js';
import { table } from 'table';
import { roundsLine } from './roundsLine.js';
import type { CompareResult } from '../analyses/compare.js';
import { ENDPOINT_STD_ERROR_METHOD } from '../stats/percentileInterval.js';
import { RANK_UB_RULE } from '../stats/rankUB.js';
import { TIER_RULE } from '../stats/tiers.js';
import { bootstrapLabel } from './bootstrapLabel.js';
import { methodLabel as label } from './methodLabel.js';
import { shiftRows } from './shiftRows.js';
import { terminalRows } from './terminalRows.js';

const show = (rank: number | null) => (rank === null ? '-' : String(rank));
/** An interval with each end's Monte Carlo SE: `16-34 (±0.5, ±1.2)` (SEs of whole ranks to a tenth). */
function interval([low, high]: readonly [number, number], [lowSe, highSe]: readonly [number, number], digits: number): string {
  const se = (x: number) => `±${x.toFixed(Math.max(1, digits))}`;
  return `${low.toFixed(digits)}-${high.toFixed(digits)} (${se(lowSe)}, ${se(highSe)})`;
}
const thousands = (n: number) => n.toLocaleString('en-US');

/** The header row and one row per model: its rank under each method, and the bootstrap's columns. */
export function compareRows(result: CompareResult, shown: CompareResult['models'] = result.models): string[][] {
  const harshest = result.methods[result.methods.length - 1];
  const run = result.bootstrap;
  const over = run ? bootstrapLabel(run.unit, run.level) : '';
  const header = [
    ...(run ? ['Tier (=rank)'] : []),
    'Model',
    ...result.methods.map((m) => `Rank: ${label(m)}`),
    ...(run ? [`${label(harshest)} rank, ${over}`, `${label(harshest)} E[S], ${over}`, 'Rank (UB)'] : []),
  ];
  const rows = shown.map(({ name, ranks, bootstrap: b }) => [
    ...(b ? [`${b.tier} (=${b.tierRank})`] : []),
    name,
    ...result.methods.map((method) => show(ranks[method])),
    ...(b ? [interval(b.rank95, b.rank95StdError, 0), interval(b.expectedScore95, b.expectedScore95StdError, 3), String(b.rankUB)] : []),
  ]);
  return [header, ...rows];
}

/** What was run and, with a bootstrap, what its intervals, tiers and Rank (UB) cover. */
export function compareSummary(result: CompareResult): string[] {
  const harshest = result.methods[result.methods.length - 1];
  const run = result.bootstrap;
  const over = run ? bootstrapLabel(run.unit, run.level) : '';
  const parts = [
    `swiss-rank ${result.version}: ${result.models.length} models ranked by ${result.methods.length} methods; ` +
      `CSD with ${result.iterations.toLocaleString('en-US')} tournaments, seed ${result.seed}; ordered by ${label(harshest)}`,
    ...dataLines(result.source),
    roundsLine(result),
  ];
  if (run) {
    parts.push(
      `${over}: ${thousands(run.replicates)} replicates (${thousands(run.distinctReplicates)} distinct` +
        `${run.possibleResamples === null ? '' : ` of ${thousands(run.possibleResamples)} possible`}, each simulated once), ` +
        `${thousands(run.iterationsPerReplicate)} tournaments each on the same seeds; percentile intervals of ${label(harshest)}'s ` +
        `E[S] and rank, each end ± its Monte Carlo SE from the finite replicates (${ENDPOINT_STD_ERROR_METHOD})`,
    );
    if (run.fixedRounds.length > 0) {
      parts.push(`held fixed in every replicate (one benchmark each, no resampling uncertainty): ${run.fixedRounds.join(', ')}`);
    }
    parts.push(`Tier: ${TIER_RULE}`, `Rank (UB): ${RANK_UB_RULE}`);
  }
  return parts;
}


/** Kendall's tau-b between every pair of methods, as a square with its header row. */
export function tauRows(result: CompareResult): string[][] {
  const tau = [['Kendall tau-b', ...result.methods.map(label)]];
  for (const a of result.methods) {
    tau.push([
      label(a),
      ...result.methods.map((b) => {
        if (a === b) return '1';
        const pair = result.kendallTau.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
        return pair ? pair.tau.toFixed(3) : '';
      }),
    ]);
  }
  return tau;
}

/** The line saying what the robustness experiment did (the shift table follows it). */
export function robustnessLine(robustness: NonNullable<CompareResult['robustness']>): string {
  return (
    `robustness: every model in turn with ${robustness.zeroedPerModel} random benchmark(s) set to ${robustness.zeroTo === 'min' ? "the benchmark's minimum" : '0'}; ` +
    'how far it moves in each ranking (ranks, absolute):'
  );
}

export function compareTable(result: CompareResult): string {
  const harshest = result.methods[result.methods.length - 1];
  const { shown, hiddenNote } = terminalRows(result.models, 'models', `by ${label(harshest)}`);
  const parts = [
    ...compareSummary(result),
    table(compareRows(result, shown), { drawHorizontalLine: (line, count) => line === 0 || line === 1 || line === count }) + hiddenNote.trimEnd(),
    table(tauRows(result)),
  ];
  if (result.robustness) parts.push(robustnessLine(result.robustness), table(shiftRows(result.robustness.summary)));
  return parts.join('\n');
}
