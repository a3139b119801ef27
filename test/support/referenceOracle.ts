/**
 * Exact answers for small plans from the plain statement of the rules
 * (src/core/reference/referenceTournament.ts): every chance the reference takes (each draw of a
 * shuffle, each match that is not certain, each tie at the cut) is enumerated depth first, by
 * replaying the tournament along a script of choices, so every way a tournament can go is seen
 * once with its probability. It shares nothing with the kernel or with src/core/exact, so
 * agreement means something. Small plans only: the ways grow like (M!)^K.
 */
import { playReferenceTournament, type ReferenceOutcome } from '../../src/core/reference/referenceTournament.js';
import type { TournamentPlan } from '../../src/core/plan.js';

export interface WeightedOutcome extends ReferenceOutcome {
  probability: number;
}

/** Every distinct outcome (final points and elimination rounds) with its probability. */
export function referenceOutcomes(plan: TournamentPlan): WeightedOutcome[] {
  const merged = new Map<string, WeightedOutcome>();
  const script: number[] = [];
  for (;;) {
    const arity: number[] = [];
    let step = 0;
    let probability = 1;
    const choose = (branches: number): number => {
      if (step === script.length) script.push(0);
      arity[step] = branches;
      return script[step++];
    };
    const outcome = playReferenceTournament(plan, {
      below(n) {
        probability /= n;
        return choose(n);
      },
      happens(p) {
        if (p <= 0 || p >= 1) return p >= 1;
        const yes = choose(2) === 0;
        probability *= yes ? p : 1 - p;
        return yes;
      },
    });
    const key = JSON.stringify(outcome);
    const seen = merged.get(key);
    if (seen) seen.probability += probability;
    else merged.set(key, { ...outcome, probability });
    // The next script: the last choice that has an untried branch moves on, the rest is dropped.
    script.length = step;
    while (script.length > 0 && script[script.length - 1] + 1 >= arity[script.length - 1]) script.pop();
    if (script.length === 0) return [...merged.values()];
    script[script.length - 1]++;
  }
}

/** E[S_m] and E[S_m^2] per model. */
export function referenceMoments(outcomes: readonly WeightedOutcome[], modelCount: number) {
  const mean = new Array<number>(modelCount).fill(0);
  const square = new Array<number>(modelCount).fill(0);
  for (const { points, probability } of outcomes) {
    points.forEach((s, m) => {
      mean[m] += probability * s;
      square[m] += probability * s * s;
    });
  }
  return { mean, square };
}

/** P(final standing = r) per model (models tied on points share their positions equally), and
 *  P(still active after round k), counting rounds not played as survived. */
export function referenceStandings(outcomes: readonly WeightedOutcome[], modelCount: number, roundCount: number) {
  const M = modelCount;
  const rankDistribution = Array.from({ length: M }, () => new Array<number>(M).fill(0));
  const survival = Array.from({ length: M }, () => new Array<number>(roundCount).fill(0));
  for (const { points, eliminatedAfter, probability } of outcomes) {
    const order = points.map((_, m) => m).sort((a, b) => points[b] - points[a]);
    for (let pos = 0; pos < M; ) {
      let end = pos;
      while (end < M && points[order[end]] === points[order[pos]]) end++;
      for (let i = pos; i < end; i++) for (let r = pos; r < end; r++) rankDistribution[order[i]][r] += probability / (end - pos);
      pos = end;
    }
    eliminatedAfter.forEach((left, m) => {
      for (let k = 0; k < roundCount; k++) if (left === null || left > k) survival[m][k] += probability;
    });
  }
  return { rankDistribution, survival };
}
