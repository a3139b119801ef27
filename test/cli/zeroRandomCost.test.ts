// --zero-random runs one sweep per model whose zeroing changes a match, in batches each led by the
// unperturbed sweep: compare and perturb say so before the batches run, with an upper bound on the
// time from the unperturbed sweep's; --quiet silences the note.
import { describe, expect, it } from 'vitest';
import { zeroRandomCost } from '../../src/analyses/perturb.js';
import { cli } from '../support/cli.js';
import { HELM_LITE } from '../support/realData.js';

const helm = [HELM_LITE, '--missing', 'coin'];
const note = /zero-random: (\d+) models x 2 values of T x 200 tournaments = [\d,]+ tournaments, one sweep per model, in 1 batch with the unperturbed sweep \((\d+) of 91 models reuse the unperturbed CSD: their zeroing changes no match\); the unperturbed sweep took \d+\.\d\d s, so at most about [\d,]+ s in all/;

describe('the zero-random cost note', () => {
  it('multiplies the models that rerun, T values and iterations, and bounds the time by the unperturbed sweep', () => {
    const work = { models: 4496, reruns: 4400, batches: 245 };
    expect(zeroRandomCost(work, { sweep: [0, 1, 2], iterations: 10_000, seed: 1 }, 4.2)).toBe(
      'zero-random: 4,400 models x 3 values of T x 10,000 tournaments = 132,000,000 tournaments, one sweep per model, in 245 batches ' +
        'with the unperturbed sweep (96 of 4,496 models reuse the unperturbed CSD: their zeroing changes no match); ' +
        "the unperturbed sweep took 4.20 s, so at most about 19,509 s in all (less as a batch's sweeps share their rounds " +
        'before the zeroed benchmark; fewer --iterations or a shorter --sweep cost less)',
    );
    expect(zeroRandomCost({ models: 2, reruns: 2, batches: 1 }, { sweep: [2], iterations: 10, seed: 1 }, 0.001)).toMatch(
      /x 1 value of T x 10 tournaments = 20 tournaments, one sweep per model, in 1 batch with/,
    );
  });

  it.each(['compare', 'perturb'])('is printed by %s before most of the work, and not with --quiet', async (command) => {
    const args = [command, '--scores', ...helm, '--iterations', '200', '--sweep', '0,2', '--zero-random', '1', '--format', 'json'];
    const loud = await cli(...args);
    expect(loud.code, loud.stderr).toBe(0);
    expect(loud.stderr).toMatch(note);
    const [, reruns, reused] = note.exec(loud.stderr) ?? [];
    expect(Number(reruns) + Number(reused)).toBe(91);
    expect(Number(reruns)).toBeGreaterThan(80);
    const quiet = await cli(...args, '--quiet');
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).not.toMatch(/zero-random:/);
    expect(quiet.stdout).toBe(loud.stdout); // the note changes nothing in the result
  });
});
