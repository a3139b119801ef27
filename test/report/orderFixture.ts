/**
 * An OrderResult fixture over a SweepResult fixture's models and rounds: ranks spread around each
 * model's canonical rank in a fixed pattern, so the order figure looks like real output.
 * Deterministic; no simulation is run.
 */
import type { OrderModel, OrderResult } from '../../src/analyses/orderResult.js';
import type { SweepResult } from '../../src/analyses/sweepResult.js';

export function orderFixture(sweep: SweepResult, count = 20): OrderResult {
  const M = sweep.models.length;
  const clamp = (r: number) => Math.max(1, Math.min(M, r));
  const models = sweep.models.map((m, i): OrderModel => {
    const spread = 1 + ((i * 7) % 9);
    const e = m.results[0]?.expectedScore ?? 0;
    return {
      name: m.name,
      canonicalRank: i + 1,
      expectedScore: e,
      stdError: 0.01,
      minRank: clamp(i + 1 - spread),
      medianRank: clamp(i + 1 + (i % 3) - 1),
      maxRank: clamp(i + 1 + spread),
      pFirst: i === 0 ? 0.7 : i === 1 ? 0.3 : 0,
      scoreRange: [e - 0.2, e + 0.2],
    };
  });
  return {
    ...sweep,
    rounds: sweep.rounds.map((r) => ({ ...r, elimination: 0 })),
    orders: { method: 'random', count, distinct: count, seedStream: 'swiss-rank:1:orders' },
    pairing: 'every order replays the canonical order\'s tournament seeds',
    kendallTau: { min: 0.81, mean: 0.9, max: 0.97 },
    seedBaseline: { seed: 2, kendallTau: 0.996, topMaxMove: 1, firstChanged: false },
    largestTopMove: M > 0 ? { model: models[Math.min(3, M - 1)].name, canonicalRank: Math.min(4, M), rank: M } : null,
    roundPositions: {
      measure: 'for each round, the mean over the canonical top 10 models of |early - late|',
      top: Math.min(10, M),
      rounds: sweep.rounds.map((r, k) => ({ name: r.name, earlyOrders: 9, lateOrders: 8, topRankShift: k === 0 ? null : k / 2 })),
    },
    models,
    perOrder: [],
  };
}
