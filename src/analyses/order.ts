/**
 * `order`: round-order sensitivity. CSD weighs a round by its position, so the same rounds in
 * another order can rank models differently. Each order (random draws, all K!, or a file's) is the
 * tournament with its rounds permuted (elimination per position), run on the canonical run's seed
 * (common random numbers); per model the rank range, median and P(#1) across orders, Kendall's tau
 * to the canonical ranking, which rounds' positions matter, and a seed-only baseline of the noise.
 * Cost: (distinct orders + 2) simulations.
 */
import { pointStatistics } from '../core/pointStatistics.js';
import type { Engine, RunSettings } from '../engine/engine.js';
import { SwissRankError } from '../errors.js';
import { kendallTau } from '../stats/kendallTau.js';
import { positionShift } from '../stats/positionShift.js';
import { competitionRanks } from '../stats/ranks.js';
import { withRoundsInOrder, type Tournament } from '../tournament/tournament.js';
import { ORDERS_STREAM, ordersToPlay, type OrderChoice } from './orderChoice.js';
import type { OrderModel, OrderResult, OrderRun } from './orderResult.js';
import { bestFirst } from './planSummary.js';
import { median } from '../stats/median.js';
import { simulationHeader } from './simulate.js';

export interface OrderSettings extends RunSettings {
  readonly choice: OrderChoice;
}

/** The canonical top models the position measure and the largest move look at. */
export const TOP_MODELS = 10;

interface Played {
  readonly order: readonly number[];
  draws: number;
  expected: Float64Array;
  ranks: Int32Array;
}

export async function order(tournament: Tournament, engine: Engine, settings: OrderSettings): Promise<OrderResult> {
  if (tournament.roundOrder !== 'fixed') {
    throw new SwissRankError('CONFLICTING_OPTIONS', 'the order analysis permutes a fixed round order; this tournament draws a random one', {
      option: 'roundOrder',
    });
  }
  const K = tournament.rounds.length;
  const M = tournament.models.length;
  const drawn = ordersToPlay(settings.choice, K, settings.seed);
  const played = distinctOrders(drawn, K);
  const canonical = played.values().next().value as Played;
  const steps = played.size + 1;
  let step = 0;
  let canonicalStdError: Float64Array = new Float64Array(M);
  for (const entry of played.values()) {
    const plan = withRoundsInOrder(tournament, entry.order).plan;
    const counts = await engine.runBlocks([plan], settings, engine.step(step++, steps));
    const stats = pointStatistics(counts.perPlan[0], M);
    entry.expected = stats.expectedScore;
    entry.ranks = competitionRanks(stats.expectedScore);
    if (entry === canonical) canonicalStdError = stats.stdError;
  }
  const baselineSeed = settings.seed < Number.MAX_SAFE_INTEGER ? settings.seed + 1 : settings.seed - 1;
  const baselineCounts = await engine.runBlocks([tournament.plan], { ...settings, seed: baselineSeed }, engine.step(step, steps));
  const baseline = pointStatistics(baselineCounts.perPlan[0], M).expectedScore;

  const best = bestFirst((m) => canonical.expected[m], M);
  const top = best.slice(0, Math.min(TOP_MODELS, M));
  // Every order as drawn, repeats included: the statistics below weigh each draw once.
  const draws = drawn.map((o) => played.get(String(o)) as Played);
  const tauOf = new Map([...played.values()].map((p) => [p, kendallTau(p.expected, canonical.expected)]));
  const taus = draws.map((p) => tauOf.get(p) as number);
  const baselineRanks = competitionRanks(baseline);
  const firstOf = (ranks: Int32Array) => tournament.models.filter((_, m) => ranks[m] === 1);
  const firstShare = new Map([...played.values()].map((p) => [p, 1 / tiedFirst(p.ranks)]));

  const models = best.map((m): OrderModel => {
    const ranks = draws.map((p) => p.ranks[m]);
    const scores = draws.map((p) => p.expected[m]);
    const pFirst = draws.reduce((sum, p) => sum + (p.ranks[m] === 1 ? (firstShare.get(p) as number) : 0), 0) / draws.length;
    const [minRank, maxRank] = extent(ranks);
    return {
      name: tournament.models[m],
      canonicalRank: canonical.ranks[m],
      expectedScore: canonical.expected[m],
      stdError: canonicalStdError[m],
      minRank,
      medianRank: median(ranks),
      maxRank,
      pFirst,
      scoreRange: extent(scores),
    };
  });

  const shifts = positionShift(
    draws.map((p) => p.order),
    draws.map((p) => p.ranks),
    top,
    K,
  );
  const perOrder = [...played.values()]
    .filter((p) => p.draws > 0)
    .map((p): OrderRun => ({ order: p.order.map((r) => r + 1), draws: p.draws, kendallTau: tauOf.get(p) as number, first: firstOf(p.ranks) }));

  return {
    ...simulationHeader(tournament, { ...settings, kernel: engine.kernel }, 'monte-carlo'),
    orders: {
      method: settings.choice.method,
      count: drawn.length,
      distinct: perOrder.length,
      ...(settings.choice.method === 'random' ? { seedStream: `swiss-rank:${settings.seed}:${ORDERS_STREAM}` } : {}),
      ...(settings.choice.method === 'file' ? { file: settings.choice.file } : {}),
    },
    pairing:
      `every order replays the canonical order's tournament seeds (seed ${settings.seed}: common random numbers), so ` +
      'no difference between orders comes from a different seed; each still carries Monte Carlo noise, which ' +
      `seedBaseline measures: the canonical order re-run on seed ${baselineSeed}`,
    kendallTau: { min: extent(taus)[0], mean: taus.reduce((a, b) => a + b, 0) / taus.length, max: extent(taus)[1] },
    seedBaseline: {
      seed: baselineSeed,
      kendallTau: kendallTau(baseline, canonical.expected),
      topMaxMove: Math.max(0, ...top.map((m) => Math.abs(baselineRanks[m] - canonical.ranks[m]))),
      firstChanged: String(firstOf(baselineRanks)) !== String(firstOf(canonical.ranks)),
    },
    largestTopMove: largestMove(top, draws, canonical, tournament.models),
    roundPositions: {
      measure: positionMeasure(K, top.length),
      top: top.length,
      rounds: tournament.rounds.map((r, k) => ({
        name: r.name,
        earlyOrders: shifts[k].earlyOrders,
        lateOrders: shifts[k].lateOrders,
        topRankShift: shifts[k].shift,
      })),
    },
    models,
    perOrder,
  };
}

/** The simulations `order` runs for these settings (the distinct orders, the canonical one among
 *  them, and the seed baseline): what a caller weighs its progress by. */
export function orderRuns(tournament: Tournament, settings: OrderSettings): number {
  const K = tournament.rounds.length;
  return distinctOrders(ordersToPlay(settings.choice, K, settings.seed), K).size + 1;
}

/** Each distinct order once, with how often it was drawn; the canonical order first, drawn or not. */
function distinctOrders(drawn: readonly (readonly number[])[], K: number): Map<string, Played> {
  const canonical = Array.from({ length: K }, (_, k) => k);
  const played = new Map<string, Played>([[String(canonical), { order: canonical, draws: 0, expected: new Float64Array(0), ranks: new Int32Array(0) }]]);
  for (const order of drawn) {
    const seen = played.get(String(order));
    if (seen) seen.draws++;
    else played.set(String(order), { order, draws: 1, expected: new Float64Array(0), ranks: new Int32Array(0) });
  }
  return played;
}

/** [lowest, highest] (a loop: a million orders would overflow Math.min's arguments). */
function extent(values: readonly number[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}

function tiedFirst(ranks: Int32Array): number {
  let count = 0;
  for (const r of ranks) if (r === 1) count++;
  return count;
}

/** The top model, and the order, whose rank is furthest from its canonical rank (first found on ties). */
function largestMove(top: readonly number[], draws: readonly Played[], canonical: Played, names: readonly string[]): OrderResult['largestTopMove'] {
  let found: OrderResult['largestTopMove'] = null;
  let furthest = -1;
  for (const m of top) {
    for (const p of draws) {
      const move = Math.abs(p.ranks[m] - canonical.ranks[m]);
      if (move > furthest) {
        furthest = move;
        found = { model: names[m], canonicalRank: canonical.ranks[m], rank: p.ranks[m] };
      }
    }
  }
  return found;
}

/** The measure in one sentence, with this plan's positions. */
function positionMeasure(K: number, top: number): string {
  if (K < 2) return 'needs two rounds or more (one round has one position)';
  const early = Math.floor(K / 2);
  const late = Math.ceil(K / 2) + 1;
  const span = (from: number, to: number) => (from === to ? `position ${from}` : `positions ${from}-${to}`);
  return (
    `for each round, the mean over the canonical top ${top} models of |mean rank over the orders that play the round in ` +
    `${span(1, early)} - mean rank over the orders that play it in ${span(late, K)}|, in rank places` +
    (K % 2 ? ` (position ${early + 1}, the middle, counts for neither)` : '') +
    '; 0 when its position never moves them'
  );
}
