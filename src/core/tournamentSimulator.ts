/**
 * The CSD kernel: plays Swiss-system tournaments exactly as SPEC.md "One tournament" states and
 * counts final points. One instance owns its buffers (sized once); `play` allocates nothing.
 * Cost per tournament: O(M) per round plus one random draw per match, bye and tie at the cut
 * (and K - 1 draws for the round order under `roundOrder: random`).
 * Models are kept ordered by points in the layout the GroupSchedule fixes, so a model's points
 * are those of its position: leavers and finishers are counted from where they stand.
 */
import { Xoshiro128 } from '../rng/xoshiro128.js';
import { groupSchedule, type GroupSchedule } from './groupSchedule.js';
import { randomOrder } from './randomOrder.js';
import type { TournamentPlan } from './plan.js';
import { roundRanks } from './roundRanks.js';
import type { SimulationCounts } from './simulationCounts.js';

export class TournamentSimulator {
  private readonly modelCount: number;
  private readonly roundCount: number;
  private readonly schedule: GroupSchedule;
  private readonly randomTieBreak: boolean;
  private readonly randomOrder: boolean;
  /** roundAt[k]: the round played at position k (the identity under `fixed`). */
  private readonly roundAt: Int32Array;
  /** Round-score ranks (k * M + m, see roundRanks) or win probabilities ((k * M + i) * M + j);
   *  one of the two is empty. */
  private readonly ranks: Int32Array;
  private readonly winProbability: Float64Array;
  private readonly byScores: boolean;
  /** Active models, highest points first, grouped as the schedule says; `spare` is the
   *  buffer the next round's order is written into. */
  private order: Int32Array;
  private spare: Int32Array;
  /** Each model's points in the last tournament played, when `recordLastPoints` is set (paired
   *  comparisons of plans). */
  readonly lastPoints: Int32Array;
  recordLastPoints = false;
  /** Round k draws from its own state, the k-th taken from the tournament's stream. */
  private readonly roundRng = new Xoshiro128([1, 0, 0, 0]);

  constructor(plan: TournamentPlan) {
    this.modelCount = plan.modelCount;
    this.roundCount = plan.roundCount;
    this.schedule = groupSchedule(plan.modelCount, plan.elimination);
    this.randomTieBreak = plan.tieBreak === 'random';
    this.randomOrder = plan.roundOrder === 'random';
    this.roundAt = Int32Array.from({ length: plan.roundCount }, (_, k) => k);
    const outcomes = plan.outcomes;
    this.byScores = outcomes.kind === 'scores';
    this.ranks =
      outcomes.kind === 'scores'
        ? roundRanks(outcomes.roundScores, plan.modelCount, plan.roundCount)
        : new Int32Array(0);
    this.winProbability =
      outcomes.kind === 'probabilities' ? outcomes.winProbability : new Float64Array(0);
    this.order = new Int32Array(plan.modelCount);
    this.spare = new Int32Array(plan.modelCount);
    this.lastPoints = new Int32Array(plan.modelCount);
  }

  /**
   * Plays `iterations` tournaments and adds them to `counts`. Each tournament draws from its own
   * generator state, four words taken from `blockRng`: so tournament i of a block starts from the
   * same state under every plan, which is what pairs the plans of a sweep (common random numbers).
   */
  simulate(blockRng: Xoshiro128, tournamentRng: Xoshiro128, iterations: number, counts: SimulationCounts): void {
    for (let it = 0; it < iterations; it++) {
      tournamentRng.reseedFrom(blockRng);
      this.play(tournamentRng, counts);
    }
  }

  /**
   * One tournament; counts each model's final points and round of elimination into `counts` and
   * leaves its points in `lastPoints`. `tournamentRng` only seeds the rounds: every round restarts
   * from its own state, and groups are played top down, so two plans of a sweep (which differ at
   * the bottom, where models leave) keep drawing the same numbers for the same top groups. That
   * coupling lowers the paired drop's noise (measured on HELM Lite: about 8% for the leading
   * models; eliminations rewire the rest of the tournament, which no pairing undoes).
   */
  play(tournamentRng: Xoshiro128, counts: SimulationCounts): void {
    const rng = this.roundRng;
    const M = this.modelCount;
    const K = this.roundCount;
    const { finalPoints, leftAfter } = counts;
    const lastPoints = this.lastPoints;
    let order = this.order;
    for (let m = 0; m < M; m++) order[m] = m; // round 1's pairing is uniform whatever this order is
    const { playedRounds, activeBefore, groupOffset, groupSizes, cutFrom, tieStart, tieEnd } = this.schedule;
    const { leaverOffset, leaverPoints } = this.schedule;
    const roundAt = this.roundAt;
    // Drawn first, so under `fixed` every stream stays as it was; the schedule (and so the
    // elimination) is by position and does not depend on which round is played where.
    if (this.randomOrder) randomOrder(tournamentRng, roundAt);

    for (let k = 0; k < playedRounds; k++) {
      rng.reseedFrom(tournamentRng);
      const next = this.spare;
      const round = roundAt[k];
      let start = 0;
      for (let g = groupOffset[k]; g < groupOffset[k + 1]; g++) {
        const size = groupSizes[g];
        this.playGroup(rng, round, order, next, start, size);
        start += size;
      }
      this.spare = order;
      order = next;

      if (tieStart[k] < cutFrom[k]) {
        if (this.randomTieBreak) chooseLeaversAtRandom(rng, order, tieStart[k], cutFrom[k], tieEnd[k]);
        else chooseLeaversByIndex(order, tieStart[k], cutFrom[k], tieEnd[k]);
      }
      // Leavers keep the points of the position they leave from.
      for (let pos = cutFrom[k], i = leaverOffset[k]; pos < activeBefore[k]; pos++, i++) {
        const m = order[pos];
        const points = leaverPoints[i];
        finalPoints[points * M + m]++;
        leftAfter[m * K + k]++;
        lastPoints[m] = points;
      }
    }
    const finishers = this.schedule.finalPoints;
    for (let pos = 0; pos < finishers.length; pos++) finalPoints[finishers[pos] * M + order[pos]]++;
    // Only paired runs read every model's points; the extra stores cost ~5% at 4,496 models.
    if (this.recordLastPoints) {
      for (let pos = 0; pos < finishers.length; pos++) lastPoints[order[pos]] = finishers[pos];
    }
    counts.iterations++;
    this.order = order;
  }

  /**
   * Pairs the group order[start .. start+size) uniformly at random and plays its matches.
   * Writes the winners to next[start ..] and then the losers and the bye, so `next` is again
   * ordered by points (SPEC: no pairing across groups, a 0-point bye).
   * A uniform random matching is drawn directly (each first unpaired model meets a uniform
   * partner among the rest): the same distribution as shuffling and pairing 1st-2nd, 3rd-4th,
   * with half the draws.
   */
  private playGroup(
    rng: Xoshiro128,
    round: number,
    order: Int32Array,
    next: Int32Array,
    start: number,
    size: number,
  ): void {
    let end = start + size;
    let winnerAt = start;
    let loserAt = start + (size >> 1);
    const byScores = this.byScores;
    const ranks = this.ranks;
    const base = round * this.modelCount;
    if (size & 1) {
      // A uniformly chosen bye, parked after the losers; the last slot fills the hole it leaves.
      end--;
      const bye = start + rng.below(size);
      next[end] = order[bye];
      order[bye] = order[end];
    }
    for (let i = start; i < end; i += 2) {
      // i's partner is uniform among the unpaired [i+1, end); the slot it leaves is refilled from
      // i+1, which is never read again.
      const remaining = end - i - 1;
      const a = order[i];
      let b = order[i + 1];
      if (remaining > 1) {
        const r = i + 1 + rng.below(remaining);
        const partner = order[r];
        order[r] = b;
        b = partner;
      }
      // 1 when a wins, else 0; arithmetic instead of branches, because a match outcome is a
      // coin flip to the branch predictor and mispredictions dominated the profile.
      let aWins: number;
      if (byScores) {
        // The higher round score wins; equal scores, or a missing one under `coin` (COIN_RANK,
        // negative), toss a coin. Ties are rare in real data, so that branch predicts well.
        const ra = ranks[base + a];
        const rb = ranks[base + b];
        aWins = ra === rb || (ra | rb) < 0 ? bit(rng.coin()) : bit(ra > rb);
      } else {
        aWins = this.chanceDecides(rng, round, a, b);
      }
      const winner = b + (a - b) * aWins;
      next[winnerAt++] = winner;
      next[loserAt++] = a + b - winner;
    }
  }

  /** 1 if a wins, with probability P[a][b] (P = 0 or 1 decides surely: u < P * 2^32). */
  private chanceDecides(rng: Xoshiro128, round: number, a: number, b: number): number {
    const p = this.winProbability[(round * this.modelCount + a) * this.modelCount + b];
    return bit(rng.nextUint32() < p * 4294967296);
  }
}

/** true -> 1, false -> 0 without a branch (V8 compiles `boolean | 0` to a flag move). */
function bit(condition: boolean): number {
  return (condition as unknown as number) | 0;
}

/**
 * Ties at the cut, SPEC default: of the tied models order[from .. to), the ones that end up in
 * positions [cutFrom, to) leave; each subset is equally likely (partial Fisher-Yates, drawing
 * whichever side is smaller).
 */
function chooseLeaversAtRandom(rng: Xoshiro128, order: Int32Array, from: number, cutFrom: number, to: number): void {
  const leaving = to - cutFrom;
  const staying = cutFrom - from;
  if (leaving <= staying) {
    for (let pos = to - 1; pos >= cutFrom; pos--) {
      const r = from + rng.below(pos - from + 1);
      const t = order[pos];
      order[pos] = order[r];
      order[r] = t;
    }
  } else {
    for (let pos = from; pos < cutFrom; pos++) {
      const r = pos + rng.below(to - pos);
      const t = order[pos];
      order[pos] = order[r];
      order[r] = t;
    }
  }
}

/**
 * Ties at the cut, the authors' script: the earliest-listed (lowest index) tied models leave.
 * Selection, moving whichever side is smaller: O(min(leaving, staying) * tied).
 */
function chooseLeaversByIndex(order: Int32Array, from: number, cutFrom: number, to: number): void {
  const leaving = to - cutFrom;
  const staying = cutFrom - from;
  if (leaving <= staying) {
    // Move the smallest indices to the tail.
    for (let pos = to - 1; pos >= cutFrom; pos--) {
      let best = from;
      for (let i = from + 1; i <= pos; i++) if (order[i] < order[best]) best = i;
      const t = order[pos];
      order[pos] = order[best];
      order[best] = t;
    }
  } else {
    // Move the largest indices to the front.
    for (let pos = from; pos < cutFrom; pos++) {
      let best = pos;
      for (let i = pos + 1; i < to; i++) if (order[i] > order[best]) best = i;
      const t = order[pos];
      order[pos] = order[best];
      order[best] = t;
    }
  }
}
