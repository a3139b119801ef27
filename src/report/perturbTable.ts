/** The robustness experiment for a terminal: what was zeroed, then the rank shifts per method. */
import { table } from 'table';
import { roundsLine } from './roundsLine.js';
import { methodLabel as label } from './methodLabel.js';
import { shiftRows } from './shiftRows.js';
import type { PerturbResult } from '../analyses/perturb.js';

const show = (x: number | null) => (x === null ? '-' : String(x));

/** What was run: which scores were zeroed, to what, on how many tournaments; and the rounds. */
export function perturbSummary(result: PerturbResult): string[] {
  const to = result.zeroTo === 'min' ? "the benchmark's minimum" : '0';
  const z = result.zeroed;
  return [
    z
      ? `swiss-rank ${result.version}: ${z.model} with ${z.benchmarks.join(', ')} set to ${to}; CSD with ` +
        `${result.iterations.toLocaleString('en-US')} tournaments, seed ${result.seed} (the same before and after)`
      : `swiss-rank ${result.version}: every model in turn with random benchmarks set to ${to}; ` +
        `CSD with ${result.iterations.toLocaleString('en-US')} tournaments, seed ${result.seed}; rank shifts (absolute):`,
    roundsLine(result),
  ];
}

/** The table (header first): one model's ranks before and after, or the shifts of every model. */
export function perturbRows(result: PerturbResult): string[][] {
  if (!result.zeroed) return shiftRows(result.summary ?? []);
  return [
    ['Method', 'Rank before', 'Rank after', 'Shift'],
    ...result.zeroed.shifts.map((s) => [label(s.method), show(s.before), show(s.after), s.shift === null ? '-' : `${s.shift > 0 ? '+' : ''}${s.shift}`]),
  ];
}

export function perturbTable(result: PerturbResult): string {
  return [...perturbSummary(result), table(perturbRows(result))].join('\n');
}
