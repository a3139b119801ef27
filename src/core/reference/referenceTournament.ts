/**
 * The rules of one tournament, step by step as SPEC.md "One tournament" states them, in plain
 * code: this file is where to read them. It is written to be read, not to be fast (it allocates
 * and sorts every round); the kernel (../tournamentSimulator.ts) plays the same rules with
 * position arithmetic. The tests hold the two together: every chance this reference takes is
 * enumerated on small plans to get exact answers (test/support/referenceOracle.ts), and the kernel's
 * Monte Carlo must agree with them, and with this reference's own Monte Carlo on larger plans.
 * Cost: O(K M log M) per tournament.
 */
import { matchProbability } from '../matchProbability.js';
import type { TournamentPlan } from '../plan.js';

/** Where the reference's chances come from: a random generator, or an enumeration of them all. */
export interface Chance {
  /** A uniform whole number in [0, n). */
  below(n: number): number;
  /** True with probability p (p = 0 or 1: certain, no chance taken). */
  happens(p: number): boolean;
}

export interface ReferenceOutcome {
  /** Final points per model (eliminated models keep theirs). */
  readonly points: number[];
  /** The position (0-based: the k-th round played) after which each model was eliminated; null if it never was. */
  readonly eliminatedAfter: (number | null)[];
}

export function playReferenceTournament(plan: TournamentPlan, chance: Chance): ReferenceOutcome {
  const M = plan.modelCount;
  // SPEC "Inputs": the higher round score wins, equal scores are a coin; or a win probability.
  const beats = matchProbability(plan.outcomes, M);
  const S = new Array<number>(M).fill(0);
  const eliminatedAfter = new Array<number | null>(M).fill(null);
  let active = Array.from({ length: M }, (_, m) => m); // in input order
  // The rounds in the order given, or (roundOrder `random`) in a uniformly random order drawn
  // before round 1. Elimination stays by position: T_k applies after the k-th round played.
  const rounds = Array.from({ length: plan.roundCount }, (_, k) => k);
  const roundAt = plan.roundOrder === 'random' ? shuffled(rounds, chance) : rounds;

  for (let k = 0; k < plan.roundCount; k++) {
    if (active.length <= 1) break; // stop when at most one model is active
    const round = roundAt[k];

    // Bucket the active models by their exact points; no pairing across buckets.
    for (const bucket of scoreGroups(active, S)) {
      // A uniform random order, then 1st-2nd, 3rd-4th, ...; an odd bucket's last model has a
      // bye worth 0 points and stays in its bucket.
      const order = shuffled(bucket, chance);
      for (let i = 0; i + 1 < order.length; i += 2) {
        const [a, b] = [order[i], order[i + 1]];
        const winner = chance.happens(beats(round, a, b)) ? a : b;
        S[winner] += 1; // win 1 point, loss 0
      }
    }

    // Elimination: the T_k models with the lowest points leave, continuing into the next group
    // up while the lowest holds fewer; ties at the cut by the tie-break rule.
    const leaving = lowest(active, S, plan.elimination[k], plan.tieBreak, chance);
    for (const m of leaving) eliminatedAfter[m] = k; // they keep the points they have
    active = active.filter((m) => !leaving.includes(m));
  }
  return { points: S, eliminatedAfter };
}

/** The active models grouped by points, each group in input order. */
function scoreGroups(active: readonly number[], S: readonly number[]): number[][] {
  const groups = new Map<number, number[]>();
  for (const m of active) groups.set(S[m], [...(groups.get(S[m]) ?? []), m]);
  return [...groups.values()];
}

/** Fisher-Yates: every order equally likely. */
function shuffled(items: readonly number[], chance: Chance): number[] {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = chance.below(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** The `count` active models with the lowest points. Ties at the cut: a uniformly random subset
 *  of the tied (`random`, the paper's text) or the earliest-listed ones (`index`, the authors' script). */
function lowest(active: readonly number[], S: readonly number[], count: number, tieBreak: 'random' | 'index', chance: Chance): number[] {
  const leaving: number[] = [];
  const levels = [...new Set(active.map((m) => S[m]))].sort((x, y) => x - y);
  for (const level of levels) {
    const need = Math.min(count, active.length) - leaving.length;
    if (need === 0) break;
    const tied = active.filter((m) => S[m] === level);
    if (tied.length <= need) leaving.push(...tied);
    else leaving.push(...(tieBreak === 'random' ? shuffled(tied, chance) : tied).slice(0, need));
  }
  return leaving;
}
