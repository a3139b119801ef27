import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TournamentPlan } from '../../src/core/plan.js';
import { simulate } from '../../src/api/runs.js';
import { simulateExact } from '../../src/analyses/simulateExact.js';
import type { Tournament } from '../../src/tournament/tournament.js';
import { cli } from '../support/cli.js';
import { dominancePlan } from '../support/monteCarlo.js';
import { smallPlan } from '../support/plans.js';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';

/** A plan dressed as a tournament: models m0.., one round per k. */
function asTournament(plan: TournamentPlan): Tournament {
  const models = Array.from({ length: plan.modelCount }, (_, m) => `m${m}`);
  const benchmarks = Array.from({ length: plan.roundCount }, (_, k) => `r${k}`);
  return {
    data: { kind: 'scores', source: '(test)', skipped: [], models, benchmarks, scores: new Float64Array(0), cellLocation: () => ({ line: 0, column: 0 }) },
    models,
    rounds: Array.from({ length: plan.roundCount }, (_, k) => ({ name: `r${k}`, benchmarks: [`r${k}`], elimination: plan.elimination[k] })),
    tieBreak: plan.tieBreak,
    roundOrder: plan.roundOrder,
    missing: 'coin',
    source: { kind: plan.outcomes.kind, files: ['(test)'], skippedRows: [] },
    plan,
    warnings: [],
  };
}

const N = 20_000;

describe('simulate --exact is the oracle of the Monte Carlo', () => {
  const plans = fc.sample(smallPlan(7, 3).filter((p) => p.modelCount >= 2), { seed: 2024, numRuns: 16 });
  it.each(plans.map((plan, i) => ({ i, plan })))('random small tournament #$i agrees within 4.5 SE', async ({ plan }) => {
    const t = asTournament(plan);
    const exact = new Map(simulateExact(t).models.map((m) => [m.name, m]));
    const mc = await simulate(t, { iterations: N, seed: 3, threads: 1 });
    for (const m of mc.models) {
      const e = exact.get(m.name)!;
      expect(Math.abs(m.expectedScore - e.expectedScore)).toBeLessThanOrEqual(4.5 * m.stdError + 1e-9);
      const pf = e.pFirst;
      expect(Math.abs(m.pFirst - pf)).toBeLessThanOrEqual(4.5 * Math.sqrt((pf * (1 - pf)) / N) + 1e-9);
      m.survival.forEach((s, k) => {
        const x = e.survival[k];
        expect(Math.abs(s - x)).toBeLessThanOrEqual(4.5 * Math.sqrt((x * (1 - x)) / N) + 1e-9);
      });
    }
  });

  it('equals it on a degenerate case (strict dominance, no byes)', async () => {
    const t = asTournament(dominancePlan(4, 2, 0));
    const mc = await simulate(t, { iterations: 5000, threads: 1 });
    const exact = simulateExact(t);
    expect(mc.models.map((m) => m.expectedScore)).toEqual([2, 1, 1, 0]);
    expect(exact.models.map((m) => m.expectedScore)).toEqual([2, 1, 1, 0]);
    expect(mc.models.map((m) => m.stdError)).toEqual([0, 0, 0, 0]);
  });

  it('gives SPEC\'s numbers for M = 5, K = 3, T = 1 on the command line', async () => {
    const table = join(REPO_ROOT, 'test', 'fixtures', 'dominance5.csv');
    for (const [tieBreak, expected] of [['index', [1.6, 1.2, 1.2, 1, 0]], ['random', [1.87, 1.73, 0.93, 0.47, 0]]] as const) {
      const r = await cli('simulate', '--scores', table, '--elimination', '1', '--tie-break', tieBreak, '--exact', '--format', 'json');
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.method).toBe('exact');
      expect(json.intervals.stdError).toMatch(/^Exact enumeration: no Monte Carlo error/);
      expect(json.intervals.rankInterval90).toMatch(/^Spread across tournaments, not a confidence interval/);
      json.models.forEach((m: { expectedScore: number }, i: number) => expect(m.expectedScore).toBeCloseTo(expected[i], 2));
    }
  });

  it('refuses more than 8 models', async () => {
    const r = await cli('simulate', '--exact', '--iterations', '10');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--exact: .*\[BAD_OPTION\]/);
  });
});
