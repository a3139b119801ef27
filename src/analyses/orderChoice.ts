/**
 * Which round orders an order analysis plays: `permutations` uniformly random orders drawn from
 * the seed's own "orders" stream (namedSeed(seed, 'orders'), independent of every tournament
 * stream; with replacement, so an order drawn twice counts twice), every order (K! of them, in
 * lexicographic order), or the orders of a file. Cost: O(orders x K).
 */
import { randomOrder } from '../core/randomOrder.js';
import { SwissRankError } from '../errors.js';
import { MAX_ALL_ROUNDS } from '../options/declarations.js';
import { namedSeed } from '../rng/blockSeed.js';
import { Xoshiro128 } from '../rng/xoshiro128.js';

export type OrderChoice =
  | { readonly method: 'random'; readonly permutations: number }
  | { readonly method: 'all' }
  | { readonly method: 'file'; readonly file: string; readonly orders: readonly (readonly number[])[] };

/** The name of the stream random orders are drawn from, as the output states it. */
export const ORDERS_STREAM = 'orders';

/** Each order as 0-based round indices: position k plays round order[k]. */
export function ordersToPlay(choice: OrderChoice, roundCount: number, seed: number): number[][] {
  if (choice.method === 'file') return choice.orders.map((order) => [...order]);
  if (choice.method === 'all') {
    if (roundCount > MAX_ALL_ROUNDS) {
      throw new SwissRankError(
        'BAD_OPTION',
        `every order of ${roundCount} rounds is ${factorial(roundCount).toLocaleString('en-US')} orders; --all takes at most ` +
          `${MAX_ALL_ROUNDS} rounds: use --permutations to sample orders instead`,
        { option: 'all' },
      );
    }
    return allOrders(roundCount);
  }
  const rng = new Xoshiro128(namedSeed(seed, ORDERS_STREAM));
  const order = new Int32Array(roundCount);
  return Array.from({ length: choice.permutations }, () => {
    randomOrder(rng, order);
    return Array.from(order);
  });
}

/** Every order of 0..n-1, lexicographic (the identity first). @example allOrders(3).length // 6 */
export function allOrders(n: number): number[][] {
  if (n === 0) return [[]];
  const rests = allOrders(n - 1);
  // Round `first` leads, then every order of the others (indices at or past it shifted up one).
  return Array.from({ length: n }, (_, first) => rests.map((rest) => [first, ...rest.map((r) => (r >= first ? r + 1 : r))])).flat();
}

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}
