/** The comparison for a terminal: ranks under every method, tiers, Kendall's tau, robustness. */
import { table } from 'table';
import { roundsLine } from './roundsLine.js';
import { methodLabel as label } from './methodLabel.js';
import type { CompareResult } from '../analyses/compare.js';

const show = (rank: number | null) => (rank === null ? '-' : String(rank));

export function compareTable(result: CompareResult): string {
  const harshest = result.methods[result.methods.length - 1];
  const withTiers = result.bootstrap !== undefined;
  const header = [
    ...(withTiers ? ['Tier'] : []),
    'Model',
    ...result.methods.map((m) => `Rank: ${label(m)}`),
    ...(withTiers ? [`${label(harshest)} rank 95%`, 'LMArena rank'] : []),
  ];
  const rows = result.models.map((m) => [
    ...(withTiers ? [`${m.bootstrap?.tier} (=${m.bootstrap?.tierRank})`] : []),
    m.name,
    ...result.methods.map((method) => show(m.ranks[method])),
    ...(withTiers ? [`${m.bootstrap?.rank95[0]}-${m.bootstrap?.rank95[1]}`, String(m.bootstrap?.lmarenaRank)] : []),
  ]);
  const parts = [
    `swiss-rank ${result.version}: ${result.models.length} models ranked by ${result.methods.length} methods; ` +
      `CSD with ${result.iterations.toLocaleString('en-US')} tournaments, seed ${result.seed}; ordered by ${label(harshest)}`,
    `data: ${result.source.files.join(', ')}`,
    roundsLine(result),
  ];
  if (withTiers) {
    parts.push(
      `tiers: ${result.bootstrap?.replicates} bootstrap replicates (${result.bootstrap?.method}); consecutive models whose ` +
        "95% rank intervals overlap the tier leader's share a tier, shown as tier (=shared rank); LMArena rank: " +
        '1 + the models whose whole interval lies above',
    );
  }
  parts.push(table([header, ...rows], { drawHorizontalLine: (line, count) => line === 0 || line === 1 || line === count }));

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
  parts.push(table(tau));

  if (result.robustness) {
    const r = result.robustness;
    parts.push(
      `robustness: every model in turn with ${r.zeroedPerModel} random benchmark(s) set to ${r.zeroTo === 'min' ? "the benchmark's minimum" : '0'}; ` +
        'how far it moves in each ranking (ranks, absolute):',
    );
    parts.push(
      table([
        ['Method', 'Mean shift', 'Median shift', 'Max shift', 'Models moved'],
        ...r.summary.map((s) => [
          label(s.method),
          s.meanAbsShift.toFixed(2),
          s.medianAbsShift.toFixed(1),
          String(s.maxAbsShift),
          `${(s.shareMoved * 100).toFixed(0)}%`,
        ]),
      ]),
    );
  }
  return parts.join('\n');
}
