import { describe, expect, it } from 'vitest';
import { groupSchedule } from '../../src/core/groupSchedule.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { classifyProfiles, MARGIN_FRACTION, UNCERTAIN_WITHIN_SE } from '../../src/analyses/profiles.js';
import { median } from '../../src/stats/median.js';
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

  it('labels profiles by the documented rule, with every number it used', () => {
    const rule = result.profileRule;
    const notWeak = result.models.filter((m) => m.base >= rule.baseMedian);
    expect(rule.baseMedian).toBe(median(result.models.map((m) => m.base)));
    expect(rule.baseMedianModels).toBe(91);
    expect(rule.dropMedian).toBe(median(notWeak.map((m) => m.drop)));
    expect(rule.dropMedianModels).toBe(notWeak.length);
    // The mean drop is exact: the matches T=2 removes from every tournament, per model.
    const removed = groupSchedule(91, new Array(10).fill(0)).totalMatches - groupSchedule(91, new Array(10).fill(2)).totalMatches;
    expect(rule.meanDrop).toBeCloseTo(-removed / 91, 9);
    expect(rule.dropMargin).toBeCloseTo(MARGIN_FRACTION * (removed / 91), 9);
    expect(rule.robustAbove).toBe(rule.dropMedian + rule.dropMargin);
    expect(rule.aggressiveBelow).toBe(rule.dropMedian - rule.dropMargin);
    expect(rule.uncertainWithinSE).toBe(UNCERTAIN_WITHIN_SE);
    for (const m of result.models) {
      const expected =
        m.base < rule.baseMedian
          ? 'weak'
          : Math.abs(m.drop - rule.dropMedian) <= rule.dropMargin
            ? 'in between'
            : m.drop > rule.dropMedian
              ? 'robust generalist'
              : 'aggressive specialist';
      expect(m.profile, m.name).toBe(expected);
      expect(m.profileUncertain, m.name).toBe(m.profileDistanceInSE !== null && m.profileDistanceInSE <= UNCERTAIN_WITHIN_SE);
    }
    const kinds = new Set(result.models.map((m) => m.profile));
    expect(kinds).toEqual(new Set(['robust generalist', 'aggressive specialist', 'in between', 'weak']));
  });

  it('measures the distance to the nearest boundary in combined standard errors', () => {
    const rule = result.profileRule;
    for (const m of result.models) {
      const se = (own: number, reference: number) => Math.hypot(own, reference);
      const base = Math.abs(m.base - rule.baseMedian) / se(m.results[0].stdError, rule.baseMedianStdError);
      const drops = [rule.robustAbove, rule.aggressiveBelow].map(
        (b) => Math.abs(m.drop - b) / se(m.dropStdError, rule.dropMedianStdError),
      );
      const expected = m.profile === 'weak' ? base : Math.min(base, ...drops);
      expect(m.profileDistanceInSE, m.name).toBeCloseTo(expected, 12);
    }
  });

  it('classifies a hand-made case, whatever the standard errors', () => {
    // Bases: median 2.5, so the last four are weak. Drops add up to -10 over 8 models: mean drop
    // -1.25, margin 0.25. The non-weak drops have median -0.75: in between from -1 to -0.5.
    const base = [4, 4, 4, 4, 1, 1, 1, 1];
    const drop = [0.1, -0.55, -0.95, -1.6, -1.75, -1.75, -1.75, -1.75];
    const classify = (se: number) =>
      classifyProfiles({ base, baseStdError: base.map(() => se), drop, dropStdError: drop.map(() => se) });
    const { rule, models } = classify(0.02);
    expect(rule).toMatchObject({ baseMedian: 2.5, dropMedian: -0.75, dropMedianModels: 4, meanDrop: -1.25 });
    expect(rule.dropMargin).toBeCloseTo(0.25, 12);
    expect(models.map((m) => m.profile)).toEqual([
      'robust generalist', 'in between', 'in between', 'aggressive specialist', 'weak', 'weak', 'weak', 'weak',
    ]);
    // -0.55 and -0.95 sit 0.05 from a boundary: 1.8 combined standard errors of 0.02 each.
    expect(models.map((m) => m.profileUncertain)).toEqual([false, true, true, false, false, false, false, false]);
    expect(models[1].profileDistanceInSE).toBeCloseTo(0.05 / Math.hypot(0.02, 0.02), 9);
    // Standard errors 12.5 times larger (156 times fewer tournaments): the same labels, more of them uncertain.
    const noisy = classify(0.25);
    expect(noisy.models.map((m) => m.profile)).toEqual(models.map((m) => m.profile));
    expect(noisy.models.map((m) => m.profileUncertain)).toEqual([true, true, true, true, false, false, false, false]);
    // No Monte Carlo error at all: no distance, nothing uncertain.
    expect(classify(0).models.every((m) => m.profileDistanceInSE === null && !m.profileUncertain)).toBe(true);
  });

  it('refuses an empty or repeated sweep', async () => {
    await expect(sweep(tournament, { iterations: 10, sweep: [] })).rejects.toMatchObject({ code: 'BAD_OPTION' });
    await expect(sweep(tournament, { iterations: 10, sweep: [1, 1] })).rejects.toMatchObject({ code: 'BAD_OPTION' });
  });
});
