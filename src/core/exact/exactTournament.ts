/**
 * The exact answer of SPEC.md's rules ("One tournament") for small tournaments: E[S], P(first),
 * the final-standing distribution and survival per round, by enumerating every bye, pairing,
 * match outcome and elimination choice with its probability. Memoised forward: each round maps
 * the distribution over distinct states (each model's points, the active set) to the next one,
 * so equal states reached by different paths are expanded once. Floats, not rationals (win
 * matrices hold float probabilities anyway); totals are summed with compensation and agree with
 * exact fractions to ~1e-15.
 * Cost: at most M! states per round (the ways to place the models in the score groups the
 * GroupSchedule fixes), each expanded over its groups' winner sets and elimination choices;
 * 8 models x 12 rounds with every match a coin (40,320 states a round) takes ~0.3 s, decisive
 * scores a few ms; that is why 8 is the default limit.
 * Under roundOrder `random` a state also holds the set of rounds already played, and each next
 * position plays every unplayed round with equal chance: the mean over all K! fixed orders, with
 * C(K, k) round sets at position k instead of K!/(K-k)! prefixes; at most EXACT_MAX_RANDOM_ROUNDS rounds.
 */
import { SwissRankError } from '../../errors.js';
import type { TournamentPlan } from '../plan.js';
import { addFinalStanding } from './addFinalStanding.js';
import { CompensatedSums } from './compensatedSums.js';
import { eliminationChoices } from './eliminationChoices.js';
import { groupWinners, type WinnerSets } from './groupWinners.js';
import { matchProbability, type MatchProbability } from '../matchProbability.js';

/** The default limit: 8 models keep the enumeration under a second (see the file comment). */
export const EXACT_MAX_MODELS = 8;
/** Under roundOrder `random` the states multiply by up to C(K, K/2): 8 models with every match a
 *  coin took 1.4 s at 6 rounds, 5.8 s at 7 and 10 s at 8 (decisive scores 0.4, 1.2 and 3.4 s). */
export const EXACT_MAX_RANDOM_ROUNDS = 7;
/** Models are bits of a 32-bit mask. */
const MASK_BITS = 30;

export interface ExactOptions {
  /** Refuse plans with more models than this (default EXACT_MAX_MODELS; at most 30). The cost
   *  grows like M!: all-coin 9 models x 12 rounds measured 1.6 s, and each model more is ~10x. */
  readonly maxModels?: number;
}

export interface ExactResult {
  /** E[S_m]: expected final points (eliminated models keep theirs). */
  readonly expectedScore: Float64Array;
  /** E[S_m^2]: with expectedScore, the exact spread of final points, so the Monte Carlo standard
   *  error sd(S) / sqrt(N) can be checked against an exact value. */
  readonly expectedSquare: Float64Array;
  /** P(m finishes with the highest final points), a tie at the top split equally. */
  readonly pFirst: Float64Array;
  /** rankDistribution[m][r - 1] = P(m's final standing is r), ties sharing their positions
   *  equally; every row and every column sums to 1. */
  readonly rankDistribution: readonly Float64Array[];
  /** survival[m][k] = P(m is still active after round k, k = 0..K-1). Rounds not played because
   *  at most one model was active count as survived for whoever is still active. */
  readonly survival: readonly Float64Array[];
}

interface State {
  readonly points: Int32Array;
  readonly active: number;
  /** The rounds played so far (a bitmask), under roundOrder `random`; 0 under `fixed`. */
  readonly played: number;
  probability: number;
}

type Layer = Map<string, State>;

export function exactTournament(plan: TournamentPlan, options: ExactOptions = {}): ExactResult {
  const limit = options.maxModels ?? EXACT_MAX_MODELS;
  if (!Number.isInteger(limit) || limit < 1 || limit > MASK_BITS) {
    throw new SwissRankError('BAD_OPTION', `maxModels must be an integer from 1 to ${MASK_BITS}, not ${limit}`, {
      option: 'maxModels',
    });
  }
  const M = plan.modelCount;
  const K = plan.roundCount;
  if (M > limit) {
    throw new SwissRankError(
      'BAD_OPTION',
      `exact enumeration handles at most ${limit} models and this plan has ${M}: its cost grows like M! ` +
        '(every way to place the models in the score groups, each with every pairing); use the simulation instead',
      { option: '--exact' },
    );
  }
  const randomOrder = plan.roundOrder === 'random';
  if (randomOrder && K > EXACT_MAX_RANDOM_ROUNDS) {
    throw new SwissRankError(
      'BAD_OPTION',
      `exact enumeration under a random round order handles at most ${EXACT_MAX_RANDOM_ROUNDS} rounds and this plan ` +
        `has ${K}: it averages over all ${K}! orders; use the simulation instead`,
      { option: 'roundOrder' },
    );
  }
  const beats = matchProbability(plan.outcomes, M);
  const survival = new CompensatedSums(M * K); // survival[m][k] at m * K + k
  // Round r's winner sets by group mask; a round is played at several positions under `random`.
  const winnersOf = Array.from({ length: K }, () => new Map<number, WinnerSets>());

  let layer: Layer = new Map();
  addState(layer, new Int32Array(M), M === 0 ? 0 : (1 << M) - 1, 0, 1);
  for (let k = 0; k < K; k++) {
    const next: Layer = new Map();
    for (const state of layer.values()) {
      if (!randomOrder) {
        playRound(plan, k, k, state, beats, winnersOf[k], next);
        continue;
      }
      // Each round not yet played comes next with equal chance.
      const share = 1 / (K - k);
      for (let r = 0; r < K; r++) {
        if (state.played & (1 << r)) continue;
        const branch = { ...state, played: state.played | (1 << r), probability: state.probability * share };
        playRound(plan, k, r, branch, beats, winnersOf[r], next);
      }
    }
    for (const { active, probability } of next.values()) {
      for (let m = 0; m < M; m++) if (active & (1 << m)) survival.add(m * K + k, probability);
    }
    layer = next;
  }

  const score = new CompensatedSums(M);
  const square = new CompensatedSums(M);
  const standing = new CompensatedSums(M * M); // P(m finishes r + 1) at m * M + r
  for (const { points, probability } of layer.values()) {
    for (let m = 0; m < M; m++) {
      score.add(m, probability * points[m]);
      square.add(m, probability * points[m] * points[m]);
    }
    addFinalStanding(points, probability, standing);
  }
  const rankDistribution = rows(standing.totals(), M);
  const pFirst = Float64Array.from(rankDistribution, (row) => row[0]);
  const expectedSquare = square.totals();
  return { expectedScore: score.totals(), expectedSquare, pFirst, rankDistribution, survival: rows(survival.totals(), M) };
}

/** Expands one state over the pairings and outcomes of round `round`, played at position k, and
 *  the eliminations after position k, into `next`. */
function playRound(
  plan: TournamentPlan,
  k: number,
  round: number,
  state: State,
  beats: MatchProbability,
  winnersOf: Map<number, WinnerSets>,
  next: Layer,
): void {
  const { points, active, played, probability } = state;
  const activeList: number[] = [];
  for (let m = 0; m < plan.modelCount; m++) if (active & (1 << m)) activeList.push(m);
  if (activeList.length <= 1) return addState(next, points, active, played, probability); // play has stopped

  // Score groups (SPEC: no pairing across groups); which group is which does not matter here.
  const groupMasks = new Map<number, number>();
  for (const m of activeList) groupMasks.set(points[m], (groupMasks.get(points[m]) ?? 0) | (1 << m));
  const groups = [...groupMasks.values()].map((mask) => {
    let sets = winnersOf.get(mask);
    if (sets === undefined) {
      sets = groupWinners(membersOf(mask, plan.modelCount), round, beats);
      winnersOf.set(mask, sets);
    }
    return sets;
  });

  const combine = (g: number, winners: number, weight: number): void => {
    if (g < groups.length) {
      const { masks, probabilities } = groups[g];
      for (let i = 0; i < masks.length; i++) combine(g + 1, winners | masks[i], weight * probabilities[i]);
      return;
    }
    const after = points.slice();
    for (const m of activeList) if (winners & (1 << m)) after[m]++;
    const leavers = eliminationChoices(activeList, after, plan.elimination[k], plan.tieBreak);
    for (let i = 0; i < leavers.masks.length; i++) {
      addState(next, after, active & ~leavers.masks[i], played, weight * leavers.probabilities[i]);
    }
  };
  combine(0, 0, probability);
}

/** Merges a state into a layer (this is the memoisation). `points` is never mutated afterwards. */
function addState(layer: Layer, points: Int32Array, active: number, played: number, probability: number): void {
  // One UTF-16 unit per model: points never exceed the round count, which stays far below 2^16.
  let key = String.fromCharCode(active & 0xffff, active >>> 16, played);
  for (let m = 0; m < points.length; m++) key += String.fromCharCode(points[m]);
  const state = layer.get(key);
  if (state === undefined) layer.set(key, { points, active, played, probability });
  else state.probability += probability;
}

function membersOf(mask: number, modelCount: number): number[] {
  const members: number[] = [];
  for (let m = 0; m < modelCount; m++) if (mask & (1 << m)) members.push(m);
  return members;
}

/** A flat count x length array as `count` rows. */
function rows(flat: Float64Array, count: number): Float64Array[] {
  const length = count === 0 ? 0 : flat.length / count;
  return Array.from({ length: count }, (_, i) => flat.subarray(i * length, (i + 1) * length));
}
