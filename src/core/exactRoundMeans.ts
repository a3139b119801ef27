/**
 * Round scores by exact arithmetic (SPEC "Inputs": the raw mean of the round's benchmarks, equal
 * means a fair coin). out[m] is the mean of scores[b * M + m] over the given rows b, each score
 * taken as its exact decimal (exactDecimal.ts); NaN where any of the model's cells is NaN.
 * The rule: equal exact means give identical doubles, and the order of the doubles is the exact
 * order. The value is the exact mean rounded to the nearest double when the scores have a few
 * decimals (shortMeans) or when it comes near another model's; otherwise it is the float mean,
 * off the exact one by at most (n + 3) 2^-52 times the mean magnitude of the scores. Should two
 * different means round to one double, the larger moves up to the next double.
 * Cost: O(n M) float operations; for scores without a short form also an O(M log M) sort, and
 * BigInt sums for the models whose means come within rounding distance of another's.
 * @example exactRoundMeans(Float64Array.of(0.1, 0.3, 0.2, 0), 2, [0, 1], out) // out = [0.15, 0.15]
 */
import { decimalOf, powerOfTen } from './exactDecimal.js';
import { nearestDouble } from './nearestDouble.js';
import { nextUp } from './nextUp.js';
import { powerOfTenDouble, scaledInteger, shortDecimalPlaces } from './shortDecimal.js';

export function exactRoundMeans(scores: Float64Array, modelCount: number, rows: readonly number[], out: Float64Array): void {
  if (rows.length === 0) throw new RangeError('a round needs at least one benchmark');
  if (rows.length === 1) {
    // The mean of one score is that score, already a double.
    for (let m = 0, cell = rows[0] * modelCount; m < modelCount; m++, cell++) out[m] = scores[cell] + 0;
    return;
  }
  if (!shortMeans(scores, modelCount, rows, out)) longMeans(scores, modelCount, rows, out);
}

/**
 * With d the most decimals of any score: sums of x 10^d in doubles (accumulated in `out`, scaled up
 * when a score with more decimals arrives). When every partial sum stays below 2^50 they are exact,
 * and S / (n 10^d) is one correctly rounded division; two different sums differ by at least 1, so
 * their means by at least 1 / (n 10^d), while each rounds by less than 2^-53 x 2^50 / (n 10^d):
 * they cannot meet. False (out unfinished) when that does not hold.
 */
function shortMeans(scores: Float64Array, M: number, rows: readonly number[], out: Float64Array): boolean {
  out.fill(0);
  let d = 0;
  let largest = 0;
  for (const b of rows) {
    for (let m = 0, cell = b * M; m < M; m++, cell++) {
      const x = scores[cell];
      let r = scaledInteger(x, d);
      if (Number.isNaN(r)) {
        if (Number.isNaN(x)) {
          out[m] = Number.NaN; // and NaN it stays
          continue;
        }
        const places = shortDecimalPlaces(x);
        if (places <= d) return false; // no short form, or too many digits at d places
        const up = powerOfTenDouble(places - d);
        for (let i = 0; i < M; i++) out[i] *= up; // exact while the bound below holds
        d = places;
        r = scaledInteger(x, d);
      }
      out[m] += r;
      largest = Math.max(largest, Math.abs(x));
    }
  }
  const scale = powerOfTenDouble(d);
  const divisor = rows.length * scale;
  if (rows.length * largest * scale >= 2 ** 50 || divisor > 2 ** 53) return false;
  for (let m = 0; m < M; m++) out[m] = out[m] / divisor + 0; // + 0 turns -0 into 0: one value per mean
  return true;
}

/**
 * Any doubles. Float means first, each with a bound on its distance from the exact mean:
 * |f - v| <= (A / n)(2u + (n - 1)u(1 + u) / (1 - (n - 1)u)) with A the sum of |x| and u = 2^-53
 * (the decimal against the double, the sum, the division); the bound used is about twice that.
 * Only models whose bounds overlap another's can be equal or out of order, so only they are
 * summed exactly (a decimal string costs about 0.5 us a score). Then, in exact order, each mean is
 * kept above the one below it, or identical to it when equal.
 */
function longMeans(scores: Float64Array, M: number, rows: readonly number[], out: Float64Array): void {
  const n = rows.length;
  const bound = new Float64Array(M);
  out.fill(0);
  for (const b of rows) {
    for (let m = 0, cell = b * M; m < M; m++, cell++) {
      out[m] += scores[cell]; // NaN stays NaN
      bound[m] += Math.abs(scores[cell]);
    }
  }
  const present: number[] = [];
  let finite = true;
  for (let m = 0; m < M; m++) {
    if (Number.isNaN(out[m])) continue;
    out[m] = out[m] / n + 0;
    bound[m] = (bound[m] / n) * (n + 3) * 2 ** -52 + n * 2 ** -1070; // the last term: subnormals
    finite &&= Number.isFinite(out[m]) && Number.isFinite(bound[m]);
    present.push(m);
  }
  // Components of overlapping intervals [f - bound, f + bound], in order; equal means share one.
  // Not finite (a sum overflowed): one component, all exact.
  const lows = new Float64Array(M);
  if (finite) for (let m = 0; m < M; m++) lows[m] = out[m] - bound[m];
  present.sort((a, b) => lows[a] - lows[b]);
  const walk: number[] = [];
  const equalToPrevious: boolean[] = [];
  for (let from = 0; from < present.length; ) {
    let to = from + 1;
    let high = out[present[from]] + bound[present[from]];
    while (to < present.length && (!finite || lows[present[to]] <= high)) {
      high = Math.max(high, out[present[to]] + bound[present[to]]);
      to++;
    }
    if (to - from === 1) {
      walk.push(present[from]);
      equalToPrevious.push(false);
    } else {
      const members = present.slice(from, to);
      const equal = exactMeans(scores, M, rows, members, out);
      walk.push(...members);
      equalToPrevious.push(false, ...equal.slice(1));
    }
    from = to;
  }
  for (let i = 1; i < walk.length; i++) {
    const below = out[walk[i - 1]];
    if (equalToPrevious[i]) out[walk[i]] = below; // the one below may have moved up
    else if (out[walk[i]] <= below) out[walk[i]] = nextUp(below);
  }
}

/**
 * The members' means exactly (BigInt sums at their smallest power of ten), each rounded to the
 * nearest double into out; sorts members into exact order and says which equal the one before.
 */
function exactMeans(scores: Float64Array, M: number, rows: readonly number[], members: number[], out: Float64Array): boolean[] {
  const decimals = members.map((m) => rows.map((b) => decimalOf(scores[b * M + m])));
  let exponent = 0;
  for (const cells of decimals) for (const cell of cells) exponent = Math.min(exponent, cell.exponent);
  const sums = new Map<number, bigint>();
  members.forEach((m, i) => {
    let sum = 0n;
    for (const cell of decimals[i]) sum += cell.coefficient * powerOfTen(cell.exponent - exponent);
    sums.set(m, sum);
  });
  // mean = sum x 10^exponent / n, with exponent <= 0
  const divisor = BigInt(rows.length) * powerOfTen(-exponent);
  for (const m of members) out[m] = nearestDouble(sums.get(m) as bigint, divisor);
  const sum = (m: number) => sums.get(m) as bigint;
  members.sort((a, b) => (sum(a) < sum(b) ? -1 : sum(a) > sum(b) ? 1 : 0));
  return members.map((m, i) => i > 0 && sum(m) === sum(members[i - 1]));
}
