import { describe, expect, it } from 'vitest';
import { groupSchedule } from '../../src/core/groupSchedule.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { classifyProfiles, median } from '../../src/analyses/profiles.js';
import { simulate } from '../../src/api/runs.js';
import { sweep } from '../../src/api/runs.js';
import { buildTournament } from '../../src/tournament/tournament.js';
import { HELM_LITE } from '../support/realData.js';

const helm = await loadScoreTable(HELM_LITE);
const tournament = buildTournament(helm, { missing: 'coin' });
const N = 4000;
const result = await sweep(tournament, { iterations: N, seed: 11, threads: 1, sweep: [0, 1, 2] });

describe('sweep', () => {
  it('gives at each T exactly what a separate simulate with that T and seed gives', async () => {
    for (const [p, t] of [0, 1, 2].entries()) {
      const single = await simulate(buildTournament(helm, { elimination: t, missing: 'coin' }), { iterations: N, seed: 11, threads: 1 });
      const byName = new Map(single.models.map((m) => [m.name, m]));
      for (const model of result.models) {
        const point = model.results[p];
        expect(point.elimination).toBe(t);
        expect(point.expectedScore).toBe(byName.get(model.name)?.expectedScore);
        expect(point.stdError).toBe(byName.get(model.name)?.stdError);
        expect(point.rank).toBe(byName.get(model.name)?.rank);
      }
    }
  });

  it('keeps the exact number of matches at every T', () => {
    result.sweep.forEach((t, p) => {
      const sum = result.models.reduce((a, m) => a + m.results[p].expectedScore, 0);
      expect(sum).toBeCloseTo(groupSchedule(91, new Array(10).fill(t)).totalMatches, 9);
    });
  });

  // Common random numbers help only where the tournaments under T=0 and T=2 stay alike: near the
  // top (eliminations at the bottom rewire the rest), so the gain is largest for strong models.
  it('reports base and drop, with a paired standard error below the unpaired one', () => {
    for (const m of result.models) {
      expect(m.base).toBe(m.results[0].expectedScore);
      expect(m.drop).toBeCloseTo(m.results[2].expectedScore - m.results[0].expectedScore, 12);
    }
    const ratios = result.models
      .filter((m) => m.dropStdErrorUnpaired > 0)
      .map((m) => m.dropStdError / m.dropStdErrorUnpaired);
    expect(ratios.length).toBeGreaterThan(80);
    expect(median(ratios)).toBeLessThan(1);
    expect(ratios.filter((r) => r < 1).length / ratios.length).toBeGreaterThan(0.85);
    const top10 = ratios.slice(0, 10).reduce((a, b) => a + b, 0) / 10;
    expect(top10).toBeLessThan(0.97);
  });

  it('orders models by E at the harshest T', () => {
    for (let i = 1; i < result.models.length; i++) {
      expect(result.models[i - 1].results[2].expectedScore).toBeGreaterThanOrEqual(result.models[i].results[2].expectedScore);
    }
  });

  it('labels profiles by the documented rule', () => {
    const { baseMedian, dropMedian } = result.profileRule;
    expect(baseMedian).toBe(median(result.models.map((m) => m.base)));
    expect(dropMedian).toBe(median(result.models.map((m) => m.drop)));
    for (const m of result.models) {
      const expected =
        m.base < baseMedian
          ? 'weak'
          : Math.abs(m.drop - dropMedian) <= 2 * m.dropStdError
            ? 'in between'
            : m.drop > dropMedian
              ? 'robust generalist'
              : 'aggressive specialist';
      expect(m.profile, m.name).toBe(expected);
    }
    const kinds = new Set(result.models.map((m) => m.profile));
    expect(kinds.has('robust generalist') && kinds.has('aggressive specialist') && kinds.has('weak')).toBe(true);
  });

  it('classifies a hand-made case', () => {
    const { profiles } = classifyProfiles([5, 5, 5, 1, 5], [-0.1, -2, -1, -3, -1.02], [0.01, 0.01, 0.02, 0.01, 0.05]);
    // medians: base 5, drop -1
    expect(profiles).toEqual(['robust generalist', 'aggressive specialist', 'in between', 'weak', 'in between']);
  });

  it('refuses an empty or repeated sweep', async () => {
    await expect(sweep(tournament, { iterations: 10, sweep: [] })).rejects.toMatchObject({ code: 'BAD_OPTION' });
    await expect(sweep(tournament, { iterations: 10, sweep: [1, 1] })).rejects.toMatchObject({ code: 'BAD_OPTION' });
  });
});
