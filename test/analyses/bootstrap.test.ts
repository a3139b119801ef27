import { describe, expect, it, vi } from 'vitest';
import { bootstrap, planBootstrap, type BootstrapSettings } from '../../src/analyses/bootstrap.js';
import { planBytes } from '../../src/analyses/planBatch.js';
import { compare } from '../../src/api/runs.js';
import { pointStatistics } from '../../src/core/pointStatistics.js';
import { Engine } from '../../src/engine/engine.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { Xoshiro128 } from '../../src/rng/xoshiro128.js';
import { randomTable } from '../support/randomTable.js';
import { expectTierRanksInside } from '../support/tierRanks.js';
import { buildTournament, type Tournament } from '../../src/tournament/tournament.js';
import { HELM_LITE } from '../support/realData.js';

const helm = await loadScoreTable(HELM_LITE);
const engine = new Engine({ threads: 1 });

/** Runs a bootstrap, counting the plans the engine simulates. */
async function counted(t: Tournament, settings: BootstrapSettings, warnings: string[] = []) {
  const e = new Engine({ threads: 1, onWarning: (w) => warnings.push(w) });
  const runBlocks = vi.spyOn(e, 'runBlocks');
  const plan = planBootstrap(t, e, settings);
  const result = await bootstrap(plan, e, new Float64Array(t.plan.modelCount));
  const simulated = runBlocks.mock.calls.reduce((n, [plans]) => n + plans.length, 0);
  return { result, simulated };
}

describe('bootstrap: what it refuses and warns about', () => {
  it('refuses resampling benchmarks when every round has one benchmark, before simulating anything', async () => {
    const e = new Engine({ threads: 1 });
    const runBlocks = vi.spyOn(e, 'runBlocks');
    const t = buildTournament(helm, { missing: 'coin' }); // HELM Lite: ten rounds of one benchmark
    expect(() => planBootstrap(t, e, { seed: 1, iterations: 100, replicates: 10 })).toThrow(
      expect.objectContaining({ code: 'CONFLICTING_OPTIONS', location: { option: 'resample' } }),
    );
    await expect(compare(t, { bootstrap: 10, iterations: 100 })).rejects.toMatchObject({ code: 'CONFLICTING_OPTIONS' });
    expect(runBlocks).not.toHaveBeenCalled();
    expect(() => planBootstrap(buildTournament(helm, { missing: 'coin', rounds: 'MMLU' }), e, { seed: 1, iterations: 100, replicates: 10, resample: 'rounds' })).toThrow(
      expect.objectContaining({ code: 'CONFLICTING_OPTIONS' }),
    );
  });

  it('warns, naming them, about one-benchmark rounds that never vary', async () => {
    const warnings: string[] = [];
    const t = buildTournament(randomTable(4, 5, 1), { rounds: 'b0,b1;b2;b3,b4' });
    const { result } = await counted(t, { seed: 1, iterations: 200, replicates: 5 }, warnings);
    expect(result.summary.fixedRounds).toEqual(['b2']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/1 one-benchmark round\(s\) fixed.*: b2 \(--resample rounds/);
  });

  it('refuses --resample with --score-stderr, and bootstrap settings without --bootstrap', async () => {
    const t = buildTournament(randomTable(4, 4, 1), { rounds: 'b0,b1;b2,b3' });
    expect(() => planBootstrap(t, engine, { seed: 1, iterations: 100, replicates: 5, resample: 'rounds', scoreStdErrors: t.data as never })).toThrow(
      expect.objectContaining({ code: 'CONFLICTING_OPTIONS' }),
    );
    await expect(compare(t, { resample: 'rounds', iterations: 100 })).rejects.toMatchObject({ code: 'CONFLICTING_OPTIONS', location: { option: 'resample' } });
    await expect(compare(t, { bootstrapIterations: 100, iterations: 100 })).rejects.toMatchObject({ code: 'CONFLICTING_OPTIONS' });
  });
});

describe('bootstrap: equal resamples are simulated once', () => {
  // Round 1 has two benchmarks: its resamples are {x1,x1}, {x1,x2}, {x2,x2}; round 2 never varies.
  const table = scoreTableFromMatrix({
    models: ['a', 'b', 'c', 'd'],
    benchmarks: ['x1', 'x2', 'y'],
    scores: [[4, 3, 2, 1], [1, 4, 3, 2], [2, 1, 4, 3]],
  });
  const t = buildTournament(table, { rounds: 'x1,x2;y' });

  it('3 distinct of 50 replicates: 3 plans simulated, and every interval end is one of their results', async () => {
    const settings = { seed: 4, iterations: 3000, replicates: 50 };
    const { result, simulated } = await counted(t, settings);
    expect(result.summary.possibleResamples).toBe(3);
    expect(result.summary.distinctReplicates).toBe(3);
    expect(simulated).toBe(3);
    // The three tables, each simulated alone on the same seed: batching and caching change nothing.
    // A round's mean of {x1, x1} is x1's score, of {x2, x2} x2's.
    const alone = await Promise.all(
      ['x1;y', 'x1,x2;y', 'x2;y'].map(async (rounds) => {
        const counts = await engine.runBlocks([buildTournament(table, { rounds }).plan], { iterations: 3000, seed: 4 });
        return pointStatistics(counts.perPlan[0], 4).expectedScore;
      }),
    );
    result.models.forEach((m, i) => {
      for (const end of m.expectedScore95) expect(alone.map((e) => e[i])).toContain(end);
    });
  });

  it('under --resample rounds, a replicate is the multiset of rounds, played in canonical order', async () => {
    const three = buildTournament(randomTable(5, 3, 2), { elimination: [1, 1, 0] });
    const plan = planBootstrap(three, engine, { seed: 1, iterations: 100, replicates: 5, resample: 'rounds' });
    const rng = new Xoshiro128([5, 6, 7, 8]);
    const base = three.plan.outcomes.kind === 'scores' ? three.plan.outcomes.roundScores : new Float64Array();
    for (let i = 0; i < 20; i++) {
      const draw = plan.resampler.draw(rng);
      const picks = (draw.key ?? '').split(',').map(Number);
      expect(picks).toEqual([...picks].sort((a, b) => a - b));
      const outcomes = draw.outcomes();
      const rows = outcomes.kind === 'scores' ? outcomes.roundScores : new Float64Array();
      picks.forEach((k, position) => expect(Array.from(rows.subarray(position * 5, position * 5 + 5))).toEqual(Array.from(base.subarray(k * 5, k * 5 + 5))));
    }
    expect(plan.resampler.possibleResamples).toBe(10); // C(5, 3)
    const { result, simulated } = await counted(three, { seed: 1, iterations: 200, replicates: 200, resample: 'rounds' });
    expect(result.summary.distinctReplicates).toBe(simulated);
    expect(result.summary.distinctReplicates).toBeLessThanOrEqual(10);
  });
});

describe('bootstrap: the batch size changes no result', () => {
  it('runs of 3 replicates give what one run of all of them gives, progress rising to the end', async () => {
    const t = buildTournament(randomTable(8, 6, 3), { rounds: 'b0,b1;b2,b3;b4,b5', elimination: 1 });
    const settings = { seed: 2, iterations: 1500, replicates: 40 };
    const run = async (batchBytes: number | undefined) => {
      const e = new Engine({ threads: 1 });
      const runBlocks = vi.spyOn(e, 'runBlocks');
      const seen: number[] = [];
      const plan = planBootstrap(t, e, settings);
      const progress = (done: number, total: number) => seen.push(done / total);
      const result = await bootstrap(plan, e, new Float64Array(8), progress, batchBytes);
      return { result, runs: runBlocks.mock.calls.map(([plans]) => plans.length), seen };
    };
    const one = await run(undefined);
    const small = await run(3 * planBytes(t.plan));
    expect(one.runs).toEqual([one.result.summary.distinctReplicates]);
    expect(small.runs.length).toBeGreaterThan(5);
    expect(Math.max(...small.runs)).toBe(3);
    expect(small.result).toEqual(one.result);
    for (const { seen } of [one, small]) {
      expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
      expect(seen.at(-1)).toBe(1);
    }
  });
});

describe('bootstrap --resample rounds on HELM Lite (every round one benchmark)', () => {
  it('varies the rounds where resampling benchmarks could not', async () => {
    const t = buildTournament(helm, { missing: 'coin' });
    const r = await compare(t, { bootstrap: 100, resample: 'rounds', iterations: 1000, seed: 3, threads: 1 });
    expect(r.bootstrap).toMatchObject({ unit: 'rounds', replicates: 100, possibleResamples: 92378, iterationsPerReplicate: 1000, fixedRounds: [] });
    expect(r.bootstrap?.distinctReplicates).toBeGreaterThan(90); // 100 draws of 92,378 rarely repeat
    const widths = r.models.map((m) => (m.bootstrap?.rank95[1] ?? 0) - (m.bootstrap?.rank95[0] ?? 0));
    expect(widths.filter((w) => w > 0).length).toBeGreaterThan(80);
    expect(Math.max(...widths)).toBeGreaterThan(10);
  });
});

describe("tiers never print a rank outside a member's own 95% rank interval", () => {
  it('on a synthetic table of 30 models', async () => {
    const t = buildTournament(randomTable(30, 12, 5), { rounds: 'b0,b1,b2;b3,b4,b5;b6,b7,b8;b9,b10,b11' });
    const r = await compare(t, { bootstrap: 200, iterations: 1000, sweep: [0, 2], threads: 1 });
    expect(expectTierRanksInside(r)).toBeGreaterThan(2);
  });

});
