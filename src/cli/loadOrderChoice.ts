/**
 * The order options (`--permutations K`, `--all`, `--orders FILE`; a report config's "order"
 * section) as the orders an order analysis plays: at most one of them, else DEFAULT_PERMUTATIONS
 * random orders; a file is read against the tournament's round names.
 */
import type { OrderChoice } from '../analyses/orderChoice.js';
import { SwissRankError } from '../errors.js';
import { loadOrderFile } from '../input/orderFile.js';
import { DEFAULT_PERMUTATIONS } from '../options/declarations.js';
import type { Tournament } from '../tournament/tournament.js';

export interface OrderValues {
  readonly permutations?: number;
  readonly all: boolean;
  readonly orders?: string;
}

export async function loadOrderChoice(values: OrderValues, tournament: Tournament, signal?: AbortSignal): Promise<OrderChoice> {
  const asked = [values.permutations !== undefined, values.all, values.orders !== undefined].filter(Boolean).length;
  if (asked > 1) {
    throw new SwissRankError('CONFLICTING_OPTIONS', 'give at most one of --permutations K, --all and --orders FILE', {
      option: values.orders !== undefined ? 'orders' : 'all',
    });
  }
  if (values.orders !== undefined) {
    const rounds = tournament.rounds.map((r) => r.name);
    return { method: 'file', file: values.orders, orders: await loadOrderFile(values.orders, rounds, signal) };
  }
  if (values.all) return { method: 'all' };
  return { method: 'random', permutations: values.permutations ?? DEFAULT_PERMUTATIONS };
}
