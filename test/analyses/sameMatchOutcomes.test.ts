// A zeroing that changes no match (the model already last in that round, or its score passing no
// one) reuses the unperturbed CSD instead of simulating: exact, since the same plan comparisons on
// the same seeds play the same tournaments. These pin the comparison rule and that the reused
// CSD equals a fresh simulation of the perturbed table, and that nothing is simulated for it.
import { describe, expect, it, vi } from 'vitest';
import { methodRankings } from '../../src/analyses/methodRankings.js';
import { perturbModel, zeroScores } from '../../src/analyses/perturb.js';
import { sameMatchOutcomes } from '../../src/analyses/sameMatchOutcomes.js';
import type { RoundOutcomes } from '../../src/core/plan.js';
import { Engine } from '../../src/engine/engine.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { buildTournament, withData } from '../../src/tournament/tournament.js';
import { HELM_LITE } from '../support/realData.js';

const scores = (...x: number[]): RoundOutcomes => ({ kind: 'scores', roundScores: Float64Array.from(x) });

describe('sameMatchOutcomes (2 rounds of 3 models)', () => {
  const base = scores(3, 2, 1, 10, 20, 30);
  it.each([
    ['the same scores', scores(3, 2, 1, 10, 20, 30), true],
    ['a score that passes no one', scores(3, 2, 0, 10, 20, 30), true],
    ['every score shifted alike', scores(13, 12, 11, 10, 20, 30), true],
    ['a score that passes another', scores(3, 2, 2.5, 10, 20, 30), false],
    ['a score that becomes a tie (a coin)', scores(3, 2, 2, 10, 20, 30), false],
    ['a score that becomes missing (a coin)', scores(3, 2, 1, 10, Number.NaN, 30), false],
    ['a change in the second round', scores(3, 2, 1, 10, 31, 30), false],
  ])('%s: %s', (_, other, same) => {
    expect(sameMatchOutcomes(base, other, 3)).toBe(same);
  });

  it('never calls win probabilities the same', () => {
    const p: RoundOutcomes = { kind: 'probabilities', winProbability: new Float64Array(9) };
    expect(sameMatchOutcomes(p, p, 3)).toBe(false);
  });
});

describe('a zeroing that changes no match', async () => {
  const helm = await loadScoreTable(HELM_LITE);
  const tournament = buildTournament(helm, { missing: 'coin' }); // one round per scenario
  const settings = { iterations: 2000, seed: 3, sweep: [0, 2] };
  const mmlu = helm.benchmarks.indexOf('MMLU');
  const M = helm.models.length;
  const row = Array.from({ length: M }, (_, m) => helm.scores[mmlu * M + m]);
  const last = row.indexOf(Math.min(...row.filter((x) => !Number.isNaN(x)))); // MMLU's lowest: still lowest at 0

  it('reuses the unperturbed CSD, equal to simulating the perturbed table', async () => {
    const engine = new Engine({ threads: 1 });
    const context = { tournament, settings, engine };
    const before = await methodRankings(tournament, engine, settings);
    const runs = vi.spyOn(engine, 'runBlocks');
    const result = await perturbModel(context, helm.models[last], ['MMLU'], 'zero', before);
    expect(runs).not.toHaveBeenCalled();
    for (const s of result.shifts.filter((x) => x.method.startsWith('csd:'))) expect(s.shift).toBe(0);
    const fresh = await methodRankings(withData(tournament, zeroScores(helm, last, [mmlu], 'zero')), engine, settings);
    expect(runs).toHaveBeenCalledTimes(1);
    const csd = (r: typeof before) => r.filter((x) => x.method.startsWith('csd:'));
    expect(csd(fresh)).toEqual(csd(before));
    // The baselines are recomputed on the perturbed table: the plain mean does move.
    const mean = result.shifts.find((s) => s.method === 'mean');
    expect(mean?.after).toBeGreaterThanOrEqual(mean?.before ?? Infinity);
  });

  it('still simulates a zeroing that passes other models', async () => {
    const engine = new Engine({ threads: 1 });
    const before = await methodRankings(tournament, engine, settings);
    const runs = vi.spyOn(engine, 'runBlocks');
    const best = row.indexOf(Math.max(...row.filter((x) => !Number.isNaN(x))));
    await perturbModel({ tournament, settings, engine }, helm.models[best], ['MMLU'], 'zero', before);
    expect(runs).toHaveBeenCalledTimes(1);
  });
});
