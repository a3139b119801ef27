// --zero-random runs one sweep per model (models x T values x iterations tournaments): compare and
// perturb say so, with a time estimate, once the first model is timed; --quiet silences the note.
import { describe, expect, it } from 'vitest';
import { zeroRandomCost } from '../../src/analyses/perturb.js';
import { cli } from '../support/cli.js';
import { HELM_LITE } from '../support/realData.js';

const helm = [HELM_LITE, '--missing', 'coin'];
const note = /zero-random: 91 models x 2 values of T x 200 tournaments = 36,400 tournaments, one sweep per model \(none where the zeroing changes no match\); the first took \d+\.\d\d s, so about [\d,]+ s in all/;

describe('the zero-random cost note', () => {
  it('multiplies models, T values and iterations, and extrapolates the first sweep', () => {
    expect(zeroRandomCost(4496, { sweep: [0, 1, 2], iterations: 10_000, seed: 1 }, 4.2)).toBe(
      'zero-random: 4,496 models x 3 values of T x 10,000 tournaments = 134,880,000 tournaments, one sweep per model (none where the zeroing changes no match); ' +
        'the first took 4.20 s, so about 18,884 s in all (fewer --iterations or a shorter --sweep cost less)',
    );
    expect(zeroRandomCost(2, { sweep: [2], iterations: 10, seed: 1 }, 0.001)).toMatch(/x 1 value of T x 10 tournaments = 20 tournaments/);
  });

  it.each(['compare', 'perturb'])('is printed by %s before most of the work, and not with --quiet', async (command) => {
    const args = [command, '--scores', ...helm, '--iterations', '200', '--sweep', '0,2', '--zero-random', '1', '--format', 'json'];
    const loud = await cli(...args);
    expect(loud.code, loud.stderr).toBe(0);
    expect(loud.stderr).toMatch(note);
    const quiet = await cli(...args, '--quiet');
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).not.toMatch(/zero-random:/);
    expect(quiet.stdout).toBe(loud.stdout); // the note changes nothing in the result
  });
});
