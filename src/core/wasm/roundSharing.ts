/**
 * Which rounds the plans of one job can play once per tournament. All plans of a job play each
 * tournament from the same state (common random numbers), so two plans whose first d rounds have
 * the same outcomes (bitwise) and the same eliminations play those rounds identically: the later
 * one can resume from a snapshot of the earlier one before round d. Bootstrap replicates share
 * the rounds their resample left alone, zeroed benchmarks the rounds before the zeroed one.
 *
 * Plans are played in lexicographic order of their rounds, so the plans sharing a prefix sit side
 * by side (a trie walked depth first): a plan resumes at its common prefix with the one before,
 * from the snapshot saved by the last earlier plan that passed that depth. Plans with a random
 * round order share nothing (their rounds differ tournament by tournament).
 * Cost: O(P K M) to identify rounds (M^2 per round for win probabilities), O(P log P K) to sort.
 */
import type { TournamentPlan } from '../plan.js';

export interface RoundSharing {
  /** Plan indices in the order they are played. */
  readonly playOrder: Int32Array;
  /** Per plan: the rounds it takes from a snapshot instead of playing them (0: none). */
  readonly resumeDepth: Int32Array;
  /** Per plan: the depths (0..K) at which it saves a snapshot for a later plan. */
  readonly snapshotDepths: readonly (readonly number[])[];
}

/**
 * `outcomes[p]` is plan p's round outcomes as the kernel reads them (ranks or probabilities,
 * round-major); `playedRounds[p]` how many rounds plan p plays.
 */
export function roundSharing(
  plans: readonly TournamentPlan[],
  outcomes: readonly (Int32Array | Float64Array)[],
  playedRounds: ArrayLike<number>,
): RoundSharing {
  const P = plans.length;
  const K = plans[0].roundCount;
  const ids = roundIds(plans, outcomes);
  // Plans with another tie-break or outcome kind never share: they lead the sort key.
  const kind = plans.map((plan) =>
    plan.roundOrder === 'random' ? 4 : (plan.outcomes.kind === 'scores' ? 0 : 2) + (plan.tieBreak === 'random' ? 0 : 1),
  );
  const order = Array.from({ length: P }, (_, p) => p).sort((a, b) => {
    if (kind[a] !== kind[b]) return kind[a] - kind[b];
    for (let k = 0; k < K; k++) if (ids[a][k] !== ids[b][k]) return ids[a][k] - ids[b][k];
    return a - b;
  });

  const resumeDepth = new Int32Array(P);
  const common = new Int32Array(P); // by play position: the prefix shared with the plan before
  for (let i = 1; i < P; i++) {
    const [a, b] = [order[i - 1], order[i]];
    if (kind[a] !== kind[b] || kind[a] === 4) continue;
    const most = Math.min(playedRounds[a], playedRounds[b]);
    let d = 0;
    while (d < most && ids[a][d] === ids[b][d]) d++;
    common[i] = d;
    resumeDepth[b] = d;
  }
  // The snapshot at depth d is saved by the last earlier plan that passed d (resumed at most at d):
  // every plan between them resumed deeper, so that one shares the whole prefix.
  const snapshotDepths: number[][] = plans.map(() => []);
  for (let i = 1; i < P; i++) {
    const d = common[i];
    if (d === 0) continue;
    let j = i - 1;
    while (common[j] > d) j--;
    const saver = snapshotDepths[order[j]];
    if (!saver.includes(d)) saver.push(d);
  }
  return { playOrder: Int32Array.from(order), resumeDepth, snapshotDepths };
}

/** ids[p][k]: a number equal for two plans exactly when round k has bitwise the same outcomes and
 *  the same elimination after it. */
function roundIds(plans: readonly TournamentPlan[], outcomes: readonly (Int32Array | Float64Array)[]): Int32Array[] {
  const K = plans[0].roundCount;
  const ids = plans.map(() => new Int32Array(K));
  const words = outcomes.map((values) => new Int32Array(values.buffer, values.byteOffset, values.byteLength / 4));
  for (let k = 0; k < K; k++) {
    const seen = new Map<number, number[]>(); // hash -> plans holding the distinct rounds with it
    let next = 0;
    for (let p = 0; p < plans.length; p++) {
      const width = words[p].length / K;
      const round = words[p].subarray(k * width, (k + 1) * width);
      const hash = hashWords(round, plans[p].elimination[k]);
      const candidates = seen.get(hash) ?? [];
      const same = candidates.find(
        (q) =>
          plans[q].elimination[k] === plans[p].elimination[k] && equalWords(words[q].subarray(k * width, (k + 1) * width), round),
      );
      if (same !== undefined) ids[p][k] = ids[same][k];
      else {
        ids[p][k] = next++;
        candidates.push(p);
        seen.set(hash, candidates);
      }
    }
  }
  return ids;
}

function hashWords(words: Int32Array, seed: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193) ^ (h >>> 15);
  return h;
}

function equalWords(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
