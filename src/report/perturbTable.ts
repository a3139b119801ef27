/** The robustness experiment for a terminal. */
import { table } from 'table';
import { roundsLine } from './roundsLine.js';
import { methodLabel as label } from './methodLabel.js';
import type { PerturbResult } from '../analyses/perturb.js';

const show = (x: number | null) => (x === null ? '-' : String(x));

export function perturbTable(result: PerturbResult): string {
  const to = result.zeroTo === 'min' ? "the benchmark's minimum" : '0';
  if (result.zeroed) {
    const z = result.zeroed;
    return [
      `swiss-rank ${result.version}: ${z.model} with ${z.benchmarks.join(', ')} set to ${to}; CSD with ` +
        `${result.iterations.toLocaleString('en-US')} tournaments, seed ${result.seed} (the same before and after)`,
      roundsLine(result),
      table([
        ['Method', 'Rank before', 'Rank after', 'Shift'],
        ...z.shifts.map((s) => [label(s.method), show(s.before), show(s.after), s.shift === null ? '-' : `${s.shift > 0 ? '+' : ''}${s.shift}`]),
      ]),
    ].join('\n');
  }
  return [
    `swiss-rank ${result.version}: every model in turn with random benchmarks set to ${to}; ` +
      `CSD with ${result.iterations.toLocaleString('en-US')} tournaments, seed ${result.seed}; rank shifts (absolute):`,
    roundsLine(result),
    table([
      ['Method', 'Mean shift', 'Median shift', 'Max shift', 'Models moved'],
      ...(result.summary ?? []).map((s) => [
        label(s.method),
        s.meanAbsShift.toFixed(2),
        s.medianAbsShift.toFixed(1),
        String(s.maxAbsShift),
        `${(s.shareMoved * 100).toFixed(0)}%`,
      ]),
    ]),
  ].join('\n');
}
