// Zero-random hands the engine many models' sweeps in one run, led by the unperturbed sweep; how
// many go together must change no result: runs of 2 models give what one run of all gives, and
// each model what perturbModel gives it alone (the unbatched path), reused zeroings included.
import { describe, expect, it, vi } from 'vitest';
import { planBytes } from '../../src/analyses/planBatch.js';
import { perturbModel, zeroRandomBenchmarks } from '../../src/analyses/perturb.js';
import { Engine } from '../../src/engine/engine.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { buildTournament } from '../../src/tournament/tournament.js';
import { randomTable } from '../support/randomTable.js';

const M = 12;
const random = randomTable(M, 6, 7);
// Model 4 already scores 0 and model 7 is last everywhere: zeroing either changes no match, so
// they reuse the unperturbed CSD between models that rerun.
const rows = random.benchmarks.map((_, b) =>
  random.models.map((_, m) => (m === 4 ? 0 : m === 7 ? 0.001 : random.scores[b * M + m])),
);
const table = scoreTableFromMatrix({ models: random.models, benchmarks: random.benchmarks, scores: rows });
const tournament = buildTournament(table, { rounds: 'b0,b1;b2,b3;b4,b5' });
const settings = { iterations: 1200, seed: 5, sweep: [0, 1] };

async function zeroRandom(batchBytes: number | undefined) {
  const engine = new Engine({ threads: 1 });
  const runBlocks = vi.spyOn(engine, 'runBlocks');
  const seen: number[] = [];
  const progress = (m: number, width: number) => (done: number, total: number) => seen.push((m * total + width * done) / (M * total));
  const result = await zeroRandomBenchmarks({ tournament, settings, engine, batchBytes }, 1, 'zero', progress);
  return { result, engine, runs: runBlocks.mock.calls.map(([plans]) => plans.length), seen };
}

describe('zero-random in batches', () => {
  it('gives the same result in runs of 2 models as in one run, and as each model alone', async () => {
    const one = await zeroRandom(undefined);
    const small = await zeroRandom(3 * 2 * planBytes(tournament.plan)); // 6 plans: the unperturbed sweep and 2 models'
    // The unperturbed rankings, then the 10 models that rerun after the unperturbed sweep.
    expect(one.runs).toEqual([2, 2 + 10 * 2]);
    expect(small.runs).toEqual([2, 6, 6, 6, 6, 6]);
    expect(small.result).toEqual(one.result);
    const context = { tournament, settings, engine: one.engine };
    for (const [m, alone] of one.result.perModel.entries()) {
      expect(await perturbModel(context, alone.model, alone.benchmarks, 'zero')).toEqual(alone);
      if (m === 4 || m === 7) for (const s of alone.shifts.filter((x) => x.method.startsWith('csd:'))) expect(s.shift).toBe(0);
    }
    for (const { seen } of [one, small]) {
      expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
      expect(seen.at(-1)).toBe(1);
    }
  });
});
