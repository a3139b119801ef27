/**
 * Adds one tournament outcome's final standing, with its probability, to a rank distribution:
 * models are ordered by final points, highest first, and models tied on points share the
 * positions they span equally (a 3-way tie for 2nd puts 1/3 on each of 2nd, 3rd and 4th), so each
 * model's row and each position's column keep summing to the total probability added. Cost: O(M^2).
 */

import type { CompensatedSums } from './compensatedSums.js';

/** Entry m * M + r of `standing`: probability that model m finishes in position r + 1. */
export function addFinalStanding(points: ArrayLike<number>, probability: number, standing: CompensatedSums): void {
  const M = points.length;
  for (let m = 0; m < M; m++) {
    let above = 0;
    let tied = 0;
    for (let j = 0; j < M; j++) {
      if (points[j] > points[m]) above++;
      else if (points[j] === points[m]) tied++;
    }
    const share = probability / tied;
    for (let r = above; r < above + tied; r++) standing.add(m * M + r, share);
  }
}
