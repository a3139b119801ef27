/** Which plans of a job resume from which snapshot (the kernel's side is tested against the JS
 *  kernel in test/engine/kernels.test.ts). */
import { describe, expect, it } from 'vitest';
import type { TournamentPlan } from '../../../src/core/plan.js';
import { roundSharing } from '../../../src/core/wasm/roundSharing.js';

const M = 2;
const K = 3;
/** A plan whose round k has ranks rounds[k] for both models (what the kernel reads). */
const plan = (rounds: number[], options: Partial<TournamentPlan> = {}): { plan: TournamentPlan; ranks: Int32Array } => ({
  plan: {
    modelCount: M,
    roundCount: K,
    outcomes: { kind: 'scores', roundScores: new Float64Array(K * M) },
    elimination: new Int32Array(K),
    tieBreak: 'random',
    roundOrder: 'fixed',
    ...options,
  },
  ranks: Int32Array.from(rounds.flatMap((r) => [r, 1 - r])),
});

function sharing(plans: { plan: TournamentPlan; ranks: Int32Array }[], played = K) {
  return roundSharing(
    plans.map((p) => p.plan),
    plans.map((p) => p.ranks),
    plans.map(() => played),
  );
}

describe('roundSharing', () => {
  it('plays plans depth first, each resuming where it parts from the one before', () => {
    // a: 0 0 0; b: 1 0 0; c: 0 0 1; d: 0 1 0; e: 0 0 0 (a again)
    const result = sharing([plan([0, 0, 0]), plan([1, 0, 0]), plan([0, 0, 1]), plan([0, 1, 0]), plan([0, 0, 0])]);
    expect([...result.playOrder]).toEqual([0, 4, 2, 3, 1]);
    expect([...result.resumeDepth]).toEqual([0, 0, 2, 1, 3]);
    // Each snapshot is saved by the last earlier plan that played through that depth: here a, for
    // e (3), c (2) and d (1); e resumed at 3, so it never held the state of depth 2.
    expect(result.snapshotDepths).toEqual([[3, 2, 1], [], [], [], []]);
  });

  it('shares nothing across eliminations, tie-breaks or a random round order', () => {
    const cut = new Int32Array([1, 0, 0]);
    const result = sharing([
      plan([0, 0, 0]),
      plan([0, 0, 0], { elimination: cut }),
      plan([0, 0, 0], { tieBreak: 'index' }),
      plan([0, 0, 0], { roundOrder: 'random' }),
      plan([0, 0, 0], { roundOrder: 'random' }),
    ]);
    expect([...result.resumeDepth]).toEqual([0, 0, 0, 0, 0]);
    expect(result.snapshotDepths.flat()).toEqual([]);
  });

  it('an elimination shared up to round d shares rounds up to d', () => {
    const result = sharing([plan([0, 0, 0]), plan([0, 0, 0], { elimination: new Int32Array([0, 0, 1]) })]);
    expect([...result.resumeDepth]).toEqual([0, 2]);
  });

  it('never resumes past the rounds both plans play', () => {
    const result = sharing([plan([0, 0, 0]), plan([0, 0, 0])], 1);
    expect([...result.resumeDepth]).toEqual([0, 1]);
  });
});
