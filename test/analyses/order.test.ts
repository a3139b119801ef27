/**
 * The round-order sensitivity analysis: orders and their runs (every order as the fixed-order run
 * it stands for, exactly, on the same seed), the statistics across orders, the seed-only baseline,
 * the position measure, progress, and what it refuses.
 */
import { describe, expect, it } from 'vitest';
import { order } from '../../src/analyses/order.js';
import { allOrders, ordersToPlay } from '../../src/analyses/orderChoice.js';
import { simulate } from '../../src/api/runs.js';
import { Engine } from '../../src/engine/engine.js';
import { SwissRankError } from '../../src/errors.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { kendallTau } from '../../src/stats/kendallTau.js';
import { positionShift } from '../../src/stats/positionShift.js';
import { buildTournament, withData, withElimination, withRoundsInOrder } from '../../src/tournament/tournament.js';

const models = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
/** Rounds that favour different models: the order decides who meets whom, and who leaves. */
const shifted = scoreTableFromMatrix({
  models,
  benchmarks: ['X', 'Y', 'Z'],
  scores: [
    [7, 6, 5, 4, 3, 2, 1],
    [1, 7, 6, 5, 4, 3, 2],
    [2, 1, 7, 6, 5, 4, 3],
  ],
});
/** Strict dominance with different raw scores in every round: a beats all, b all but a, ... */
const dominant = scoreTableFromMatrix({
  models,
  benchmarks: ['X', 'Y', 'Z'],
  scores: [
    [70, 60, 50, 40, 30, 20, 10],
    [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3],
    [13, 11, 7, 5, 3, 2, 1],
  ],
});
const engine = new Engine({ threads: 1 });
const N = 3000;

describe('the orders played', () => {
  it('all: every order once, lexicographic, the canonical first', () => {
    expect(allOrders(3)).toEqual([[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]);
    expect(new Set(allOrders(6).map(String)).size).toBe(720);
    expect(ordersToPlay({ method: 'all' }, 4, 1)).toEqual(allOrders(4));
  });

  it('random: uniform over the K! orders, from the seed\'s own stream (the same orders for the same seed)', () => {
    const draws = ordersToPlay({ method: 'random', permutations: 6000 }, 3, 5);
    const counts = new Map<string, number>();
    for (const o of draws) counts.set(String(o), (counts.get(String(o)) ?? 0) + 1);
    expect(counts.size).toBe(6);
    // Each order: 1000 expected, binomial SE sqrt(6000 * 1/6 * 5/6) = 28.9.
    for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThanOrEqual(4.5 * 28.9);
    expect(ordersToPlay({ method: 'random', permutations: 50 }, 5, 5)).toEqual(ordersToPlay({ method: 'random', permutations: 50 }, 5, 5));
    expect(ordersToPlay({ method: 'random', permutations: 50 }, 5, 6)).not.toEqual(ordersToPlay({ method: 'random', permutations: 50 }, 5, 5));
  });

  it('all refuses more than 8 rounds (BAD_OPTION on all)', () => {
    expect(() => ordersToPlay({ method: 'all' }, 9, 1)).toThrow(expect.objectContaining({ code: 'BAD_OPTION', location: { option: 'all' } }));
  });
});

describe('order on a strictly dominant table', () => {
  it('every order gives the same E: ranges of width 0, tau 1, no position effect', async () => {
    const t = buildTournament(dominant, { elimination: 1 });
    const r = await order(t, engine, { iterations: N, seed: 2, choice: { method: 'all' } });
    expect(r.orders).toMatchObject({ method: 'all', count: 6, distinct: 6 });
    expect(r.kendallTau).toEqual({ min: 1, mean: 1, max: 1 });
    for (const m of r.models) {
      expect(m.minRank).toBe(m.canonicalRank);
      expect(m.maxRank).toBe(m.canonicalRank);
      expect(m.scoreRange[0]).toBe(m.expectedScore);
      expect(m.scoreRange[1]).toBe(m.expectedScore);
    }
    expect(r.models[0]).toMatchObject({ name: 'a', pFirst: 1 });
    for (const round of r.roundPositions.rounds) expect(round.topRankShift).toBe(0);
  });
});

describe('order with --all on 3 rounds', () => {
  const t = buildTournament(shifted, { elimination: 1 });
  it('is the 6 fixed-order runs, exactly (same seed), and summarises them', async () => {
    const r = await order(t, engine, { iterations: N, seed: 4, choice: { method: 'all' } });
    const runs = await Promise.all(
      allOrders(3).map(async (o) => {
        const rounds = o.map((k) => ['X', 'Y', 'Z'][k]).join(';');
        const res = await simulate(buildTournament(shifted, { rounds, elimination: 1 }), { iterations: N, seed: 4, threads: 1 });
        return new Map(res.models.map((m) => [m.name, m]));
      }),
    );
    const canonical = runs[0];
    const e = (run: (typeof runs)[number]) => models.map((name) => run.get(name)?.expectedScore as number);
    r.perOrder.forEach((entry, i) => {
      expect(entry.order).toEqual(allOrders(3)[i].map((k) => k + 1));
      expect(entry.kendallTau).toBe(kendallTau(e(runs[i]), e(canonical)));
    });
    for (const m of r.models) {
      const ranks = runs.map((run) => run.get(m.name)?.rank as number);
      const scores = runs.map((run) => run.get(m.name)?.expectedScore as number);
      expect(m.expectedScore).toBe(canonical.get(m.name)?.expectedScore);
      expect(m.canonicalRank).toBe(canonical.get(m.name)?.rank);
      expect([m.minRank, m.maxRank]).toEqual([Math.min(...ranks), Math.max(...ranks)]);
      expect(m.scoreRange).toEqual([Math.min(...scores), Math.max(...scores)]);
      const sorted = [...ranks].sort((x, y) => x - y);
      expect(m.medianRank).toBe((sorted[2] + sorted[3]) / 2);
      expect(m.pFirst).toBeCloseTo(ranks.filter((x) => x === 1).length / 6, 12); // no ties for first here
    }
    // The furthest a canonical top model (all 7 here) moves, and which one: the first found on ties.
    const moves = r.models.map((m) => Math.max(m.canonicalRank - m.minRank, m.maxRank - m.canonicalRank));
    const furthest = Math.max(...moves);
    expect(furthest).toBeGreaterThan(0);
    const move = r.largestTopMove;
    expect(Math.abs((move?.rank ?? 0) - (move?.canonicalRank ?? 0))).toBe(furthest);
    expect(move?.model).toBe(r.models[moves.indexOf(furthest)].name);
    // The orders do move this table, or the test above would prove little.
    expect(r.kendallTau.min).toBeLessThan(0.9);
    const taus = r.perOrder.map((p) => p.kendallTau);
    expect(r.kendallTau.mean).toBeCloseTo(taus.reduce((a, b) => a + b, 0) / 6, 12);
  });

  it('reports the seed-only baseline: the canonical order on the next seed, against the canonical run', async () => {
    const r = await order(t, engine, { iterations: N, seed: 4, choice: { method: 'random', permutations: 2 } });
    const run = async (seed: number) => (await simulate(t, { iterations: N, seed, threads: 1 })).models;
    const [base, other] = [await run(4), await run(5)];
    const byName = (ms: typeof base) => models.map((name) => ms.find((m) => m.name === name)?.expectedScore as number);
    expect(r.seedBaseline.seed).toBe(5);
    expect(r.seedBaseline.kendallTau).toBe(kendallTau(byName(other), byName(base)));
    expect(r.pairing).toMatch(/common random numbers/);
  });

  it('counts an order drawn twice twice, and simulates it once (progress: one step per distinct order + 2)', async () => {
    const seen: [number, number][] = [];
    const progressEngine = new Engine({ threads: 1, onProgress: (done, total) => seen.push([done, total]) });
    const r = await order(t, progressEngine, { iterations: N, seed: 4, choice: { method: 'random', permutations: 20 } });
    expect(r.orders.count).toBe(20);
    expect(r.perOrder.reduce((a, p) => a + p.draws, 0)).toBe(20);
    expect(r.orders.distinct).toBe(r.perOrder.length);
    expect(r.orders.distinct).toBeLessThanOrEqual(6);
    expect(r.orders.seedStream).toBe('swiss-rank:4:orders');
    const total = seen[seen.length - 1][1];
    const runs = r.perOrder.some((p) => String(p.order) === '1,2,3') ? r.orders.distinct + 1 : r.orders.distinct + 2;
    expect(total).toBe(runs * N);
    expect(seen[seen.length - 1][0]).toBe(total);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThanOrEqual(seen[i - 1][0]);
  });

  it('refuses a tournament that already draws a random round order', async () => {
    const random = buildTournament(shifted, { roundOrder: 'random' });
    await expect(order(random, engine, { iterations: N, seed: 1, choice: { method: 'all' } })).rejects.toMatchObject({
      code: 'CONFLICTING_OPTIONS',
      location: { option: 'roundOrder' },
    });
  });
});

describe('the round order is a tournament rule every derived tournament keeps', () => {
  it('withData, withElimination and withRoundsInOrder keep roundOrder on the tournament and its plan', () => {
    const t = buildTournament(shifted, { roundOrder: 'random' });
    expect([t.roundOrder, t.plan.roundOrder]).toEqual(['random', 'random']);
    for (const derived of [withData(t, dominant), withElimination(t, 2), withRoundsInOrder(t, [2, 1, 0])]) {
      expect([derived.roundOrder, derived.plan.roundOrder]).toEqual(['random', 'random']);
    }
    expect(buildTournament(shifted).roundOrder).toBe('fixed');
    expect(() => buildTournament(shifted, { roundOrder: 'shuffled' as 'random' })).toThrow(
      expect.objectContaining({ code: 'BAD_OPTION', location: { option: 'roundOrder' } }),
    );
  });
});

describe('withRoundsInOrder', () => {
  it('permutes the rounds, keeps the elimination by position and every other rule', () => {
    const t = buildTournament(shifted, { elimination: [2, 1, 0], tieBreak: 'index' });
    const moved = withRoundsInOrder(t, [2, 0, 1]);
    expect(moved.rounds.map((r) => [r.name, r.elimination])).toEqual([['Z', 2], ['X', 1], ['Y', 0]]);
    expect(Array.from(moved.plan.elimination)).toEqual([2, 1, 0]);
    expect(moved.tieBreak).toBe('index');
    expect(moved.plan.tieBreak).toBe('index');
    expect(moved.plan.outcomes).toEqual(buildTournament(shifted, { rounds: 'Z;X;Y' }).plan.outcomes);
    expect(() => withRoundsInOrder(t, [0, 0, 1])).toThrow(SwissRankError);
  });
});

describe('positionShift: the rounds whose position moves the top models', () => {
  it('is worked by hand on two orders of two rounds', () => {
    // Order [0, 1] ranks model 0 first, order [1, 0] ranks it second: each round early vs late moves both by 1.
    expect(positionShift([[0, 1], [1, 0]], [[1, 2], [2, 1]], [0, 1], 2)).toEqual([
      { earlyOrders: 1, lateOrders: 1, shift: 1 },
      { earlyOrders: 1, lateOrders: 1, shift: 1 },
    ]);
  });

  it('averages over orders, skips the middle position of an odd K, and is null without both sides', () => {
    const orders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [0, 2, 1]];
    const ranks = [[1, 2, 3], [3, 2, 1], [1, 2, 3], [2, 1, 3]];
    const shifts = positionShift(orders, ranks, [0], 3);
    // Round 0: early in orders 0 and 3 (ranks of model 0: 1, 2), late in order 1 (3); middle in order 2.
    expect(shifts[0]).toEqual({ earlyOrders: 2, lateOrders: 1, shift: Math.abs(1.5 - 3) });
    // Round 1 is early only in order 2 and late only in order 3.
    expect(shifts[1]).toEqual({ earlyOrders: 1, lateOrders: 1, shift: Math.abs(1 - 2) });
    expect(positionShift([[0, 1, 2]], [[1, 2, 3]], [0], 3)[0].shift).toBeNull();
  });
});
