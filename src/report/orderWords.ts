/** The sentences the order analysis's table and its report section share: which orders were
 *  played, and how far the seed alone moved the top models. */
import type { OrderResult } from '../analyses/orderResult.js';

const count = (n: number) => n.toLocaleString('en-US');

export function ordersPlayed(result: OrderResult): string {
  const { orders } = result;
  const K = result.rounds.length;
  if (orders.method === 'random') {
    return `${count(orders.count)} uniformly random orders of the ${K} rounds (${count(orders.distinct)} distinct, drawn from the seed stream ${orders.seedStream})`;
  }
  return orders.method === 'all' ? `all ${count(orders.count)} orders of the ${K} rounds` : `the ${count(orders.count)} orders listed in ${orders.file}`;
}

export function baselineMoves(places: number, top: number): string {
  return places === 0 ? `moves no top-${top} model` : `moves a top-${top} model by at most ${places} place${places === 1 ? '' : 's'}`;
}
