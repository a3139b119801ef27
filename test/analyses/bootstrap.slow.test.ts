/**
 * The bootstrap at scale (slow): its endpoint Monte Carlo SEs against the spread over 20 resampling
 * seeds of 1,000 replicates each, and the tier rule on LiveBench (needs ../shared/data).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootstrap, planBootstrap, type BootstrapPlan } from '../../src/analyses/bootstrap.js';
import { compare } from '../../src/api/runs.js';
import { Engine } from '../../src/engine/engine.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { namedSeed } from '../../src/rng/blockSeed.js';
import { Xoshiro128 } from '../../src/rng/xoshiro128.js';
import { buildTournament } from '../../src/tournament/tournament.js';
import { randomTable } from '../support/randomTable.js';
import { HAS_LIVEBENCH, LIVEBENCH, LIVEBENCH_CATEGORIES } from '../support/realData.js';
import { expectTierRanksInside } from '../support/tierRanks.js';

const engine = new Engine({ threads: 1 });

describe('bootstrap: the 95% ends carry their Monte Carlo standard error', () => {
  it('the reported SE matches the spread of the ends over resampling seeds (pooled over models, within 20%)', async () => {
    // Tournament seeds fixed, resampling seeds varied: the spread is the finite-B error alone.
    const t = buildTournament(randomTable(12, 20, 3), { rounds: 'b0,b1,b2,b3,b4;b5,b6,b7,b8,b9;b10,b11,b12,b13,b14;b15,b16,b17,b18,b19' });
    // 1,000 replicates as by default (at 200 the order-statistic SE runs ~10% high: the tail thins out).
    const plan = planBootstrap(t, engine, { seed: 1, iterations: 100, replicates: 1000 });
    const trials = 20;
    const ends: number[][] = []; // [trial][model * 2 + end]
    const ses: number[][] = [];
    for (let trial = 0; trial < trials; trial++) {
      const rng = new Xoshiro128(namedSeed(trial, 'trial'));
      const reseeded: BootstrapPlan = { ...plan, resampler: { ...plan.resampler, draw: () => plan.resampler.draw(rng) } };
      const r = await bootstrap(reseeded, engine, new Float64Array(12));
      ends.push(r.models.flatMap((m) => [...m.expectedScore95]));
      ses.push(r.models.flatMap((m) => [...m.expectedScore95StdError]));
    }
    const n = ends[0].length;
    let spread = 0;
    let reported = 0;
    for (let i = 0; i < n; i++) {
      const values = ends.map((e) => e[i]);
      const mean = values.reduce((a, b) => a + b, 0) / trials;
      spread += values.reduce((a, v) => a + (v - mean) ** 2, 0) / (trials - 1);
      reported += (ses.reduce((a, s) => a + s[i], 0) / trials) ** 2;
    }
    const ratio = Math.sqrt(reported / spread);
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.2);
  });
});

describe("tiers never print a rank outside a member's own 95% rank interval", () => {
  describe.skipIf(!HAS_LIVEBENCH)('on LiveBench, its 7 categories as rounds', () => {
    it('every model, at every tier', async () => {
      const table = await loadScoreTable(LIVEBENCH, { ragged: 'skip' });
      const categories = JSON.parse(readFileSync(LIVEBENCH_CATEGORIES, 'utf8')) as Record<string, string[]>;
      const rounds = Object.entries(categories).map(([name, benchmarks]) => ({ name, benchmarks }));
      const r = await compare(buildTournament(table, { rounds }), { bootstrap: 200, iterations: 2000, sweep: [0, 2], threads: 1 });
      expect(r.models).toHaveLength(126);
      expect(r.bootstrap?.fixedRounds).toEqual([]);
      expect(expectTierRanksInside(r)).toBeGreaterThan(2);
    });
  });
});
