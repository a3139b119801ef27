/**
 * The shape of every tournament of a plan, computed once: which positions of the score-ordered
 * active list form each score group in each round, and where elimination cuts. SPEC.md ("Facts"):
 * a group of n sends floor(n/2) winners up whatever the outcomes, so group sizes, and hence this
 * schedule, do not depend on who wins. The kernel then never scans scores to find groups.
 * Cost: O(K * groups) once per plan.
 */

export interface GroupSchedule {
  /** Rounds actually played (play stops once at most one model is active). */
  readonly playedRounds: number;
  /** Active models at the start of round k. */
  readonly activeBefore: Int32Array;
  /** Round k's groups are groupSizes[groupOffset[k] .. groupOffset[k+1]), highest score first,
   *  laid out contiguously from position 0 of the active list. */
  readonly groupOffset: Int32Array;
  readonly groupSizes: Int32Array;
  /** After round k, positions >= cutFrom[k] of the active list leave. Positions in
   *  [tieStart[k], cutFrom[k]) share a score with the leavers (a tie at the cut); the leavers
   *  are then chosen from [tieStart[k], tieEnd[k]) by the tie-break rule. tieStart == cutFrom
   *  means the cut falls between groups and no tie needs breaking. */
  readonly cutFrom: Int32Array;
  readonly tieStart: Int32Array;
  readonly tieEnd: Int32Array;
  /** Points of the models leaving after round k, by position: positions
   *  [cutFrom[k], activeBefore[k]) hold leaverPoints[leaverOffset[k] .. leaverOffset[k+1]). */
  readonly leaverOffset: Int32Array;
  readonly leaverPoints: Int32Array;
  /** Points of the models still active at the end, by position (finalPoints.length of them).
   *  With leaverPoints, every model's final points follow from where it stands: the kernel
   *  never keeps a points array. */
  readonly finalPoints: Int32Array;
  /** finishingWith[s]: how many models end every tournament with s points (leavers and
   *  finishers together; the same multiset every time). */
  readonly finishingWith: Int32Array;
  /** Sum over models of the final points: the number of matches played, exact. */
  readonly totalMatches: number;
}

export function groupSchedule(modelCount: number, elimination: ArrayLike<number>): GroupSchedule {
  const roundCount = elimination.length;
  const activeBefore = new Int32Array(roundCount);
  const groupOffset = new Int32Array(roundCount + 1);
  const groupSizes: number[] = [];
  const cutFrom = new Int32Array(roundCount);
  const tieStart = new Int32Array(roundCount);
  const tieEnd = new Int32Array(roundCount);
  const leaverOffset = new Int32Array(roundCount + 1);
  const leaverPoints: number[] = [];

  // Groups as (score, size), highest score first.
  let scores = [0];
  let sizes = [modelCount];
  let active = modelCount;
  let playedRounds = 0;
  let totalMatches = 0;

  for (let k = 0; k < roundCount && active > 1; k++) {
    playedRounds = k + 1;
    activeBefore[k] = active;
    for (const size of sizes) groupSizes.push(size);
    groupOffset[k + 1] = groupSizes.length;

    // After the round: each group splits into winners (score + 1) and losers with the bye (score).
    const nextScores: number[] = [];
    const nextSizes: number[] = [];
    const add = (score: number, size: number) => {
      if (size === 0) return;
      const last = nextScores.length - 1;
      if (last >= 0 && nextScores[last] === score) nextSizes[last] += size;
      else {
        nextScores.push(score);
        nextSizes.push(size);
      }
    };
    for (let g = 0; g < sizes.length; g++) {
      const winners = sizes[g] >> 1;
      totalMatches += winners;
      add(scores[g] + 1, winners);
      add(scores[g], sizes[g] - winners);
    }

    // Elimination: the last `leaving` positions go; find the group the cut falls in.
    const leaving = Math.min(elimination[k], active);
    const from = active - leaving;
    cutFrom[k] = from;
    let start = 0;
    let g = 0;
    while (g < nextSizes.length && start + nextSizes[g] <= from) start += nextSizes[g++];
    tieStart[k] = leaving === 0 || start === from ? from : start;
    tieEnd[k] = leaving === 0 || start === from ? from : start + nextSizes[g];

    // Points by position after the round: the leavers' are final.
    const pointsAt = expand(nextScores, nextSizes);
    for (let pos = from; pos < active; pos++) leaverPoints.push(pointsAt[pos]);
    leaverOffset[k + 1] = leaverPoints.length;

    // Truncate the groups to the survivors.
    let remaining = from;
    scores = [];
    sizes = [];
    for (let h = 0; h < nextSizes.length && remaining > 0; h++) {
      const kept = Math.min(nextSizes[h], remaining);
      scores.push(nextScores[h]);
      sizes.push(kept);
      remaining -= kept;
    }
    active = from;
  }
  for (let k = playedRounds; k < roundCount; k++) {
    groupOffset[k + 1] = groupSizes.length;
    leaverOffset[k + 1] = leaverPoints.length;
  }

  const finalByPosition = expand(scores, sizes);
  const finishingWith = new Int32Array(roundCount + 1);
  for (const points of leaverPoints) finishingWith[points]++;
  for (const points of finalByPosition) finishingWith[points]++;

  return {
    playedRounds,
    activeBefore,
    groupOffset,
    groupSizes: Int32Array.from(groupSizes),
    cutFrom,
    tieStart,
    tieEnd,
    leaverOffset,
    leaverPoints: Int32Array.from(leaverPoints),
    finalPoints: Int32Array.from(finalByPosition),
    finishingWith,
    totalMatches,
  };
}

/** Group scores and sizes -> the score at each position. */
function expand(scores: readonly number[], sizes: readonly number[]): number[] {
  const out: number[] = [];
  sizes.forEach((size, g) => {
    for (let i = 0; i < size; i++) out.push(scores[g]);
  });
  return out;
}
