/**
 * How much a round's position moves the ranking: for each round, the mean over the `top` models
 * of |mean rank over the orders that play the round early - mean rank over the orders that play it
 * late|, early being positions 1..floor(K/2) and late positions ceil(K/2)+1..K (an odd K's middle
 * position counts for neither); null when no order plays it early or none late. In rank places:
 * 0 when the round's position never matters to those models. Cost: O(orders x (K + top)).
 * @example positionShift([[0, 1], [1, 0]], [[1, 2], [2, 1]], [0, 1], 2) // shift 1 for both rounds
 */

export interface PositionShift {
  /** Orders (with repeats) playing the round early, and late. */
  readonly earlyOrders: number;
  readonly lateOrders: number;
  /** The measure, in rank places; null without orders on both sides. */
  readonly shift: number | null;
}

/**
 * `orders[o][k]`: the round order o plays at position k; `ranks[o][m]`: model m's rank under order o
 * (an order drawn twice is listed twice); `top`: the models the measure averages over.
 */
export function positionShift(
  orders: readonly (readonly number[])[],
  ranks: readonly ArrayLike<number>[],
  top: readonly number[],
  roundCount: number,
): PositionShift[] {
  const K = roundCount;
  const earlyEnd = Math.floor(K / 2); // positions [0, earlyEnd) are early
  const lateStart = Math.ceil(K / 2); // positions [lateStart, K) are late
  return Array.from({ length: K }, (_, round) => {
    const early = new Float64Array(top.length);
    const late = new Float64Array(top.length);
    let earlyOrders = 0;
    let lateOrders = 0;
    orders.forEach((order, o) => {
      const position = order.indexOf(round);
      const side = position < earlyEnd ? early : position >= lateStart ? late : undefined;
      if (side === undefined) return;
      if (side === early) earlyOrders++;
      else lateOrders++;
      top.forEach((m, i) => (side[i] += ranks[o][m]));
    });
    if (earlyOrders === 0 || lateOrders === 0) return { earlyOrders, lateOrders, shift: null };
    let total = 0;
    for (let i = 0; i < top.length; i++) total += Math.abs(early[i] / earlyOrders - late[i] / lateOrders);
    return { earlyOrders, lateOrders, shift: top.length > 0 ? total / top.length : 0 };
  });
}
