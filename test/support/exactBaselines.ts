/**
 * Test oracles: the baselines restated literally in exact fractions (core/fraction.ts), model by
 * model and pair by pair, to check the fast implementations against. null = no value.
 */
import { addFractions, compareFractions, divideFractions, fraction, fractionOf, subtractFractions, ZERO, type Fraction } from '../../src/core/fraction.js';
import type { ScoreColumns } from '../../src/stats/planBenchmarks.js';

const HALF = fraction(1n, 2n);

function mean(terms: Fraction[]): Fraction | null {
  if (terms.length === 0) return null;
  const sum = terms.reduce(addFractions, ZERO);
  return fraction(sum.num, sum.den * BigInt(terms.length));
}

const cell = (t: ScoreColumns, b: number, m: number) => t.scores[b * t.models.length + m];
const present = (t: ScoreColumns, b: number) => t.models.map((_, m) => m).filter((m) => !Number.isNaN(cell(t, b, m)));

export function exactMeanScore(t: ScoreColumns, benchmarks: number[]): (Fraction | null)[] {
  return t.models.map((_, m) => mean(benchmarks.filter((b) => !Number.isNaN(cell(t, b, m))).map((b) => fractionOf(cell(t, b, m)))));
}

export function exactNormalizedMean(t: ScoreColumns, benchmarks: number[]): (Fraction | null)[] {
  const terms: Fraction[][] = t.models.map(() => []);
  for (const b of benchmarks) {
    const values = present(t, b).map((m) => ({ m, x: fractionOf(cell(t, b, m)) }));
    if (values.length === 0) continue;
    const low = values.reduce((a, v) => (compareFractions(v.x, a) < 0 ? v.x : a), values[0].x);
    const high = values.reduce((a, v) => (compareFractions(v.x, a) > 0 ? v.x : a), values[0].x);
    const range = subtractFractions(high, low);
    for (const { m, x } of values) terms[m].push(range.num === 0n ? HALF : divideFractions(subtractFractions(x, low), range));
  }
  return terms.map(mean);
}

/** HELM's rule on rows of exact values (null = missing), pair by pair. */
export function exactWinRate(rows: (Fraction | null)[][], modelCount: number): (Fraction | null)[] {
  const terms: Fraction[][] = Array.from({ length: modelCount }, () => []);
  for (const row of rows) {
    const here = row.flatMap((x, m) => (x === null ? [] : [m]));
    if (here.length < 2) continue;
    for (const m of here) {
      let won = ZERO;
      for (const o of here) {
        if (o === m) continue;
        const c = compareFractions(row[m] as Fraction, row[o] as Fraction);
        won = addFractions(won, c > 0 ? fraction(1n) : c === 0 ? HALF : ZERO);
      }
      terms[m].push(fraction(won.num, won.den * BigInt(here.length - 1)));
    }
  }
  return terms.map(mean);
}

export function exactMeanWinRate(t: ScoreColumns, benchmarks: number[]): (Fraction | null)[] {
  return exactWinRate(
    benchmarks.map((b) => t.models.map((_, m) => (Number.isNaN(cell(t, b, m)) ? null : fractionOf(cell(t, b, m))))),
    t.models.length,
  );
}

/** Each round's exact mean per model (null if any of its benchmarks is missing). */
export function exactRoundScores(t: ScoreColumns, rounds: number[][]): (Fraction | null)[][] {
  return rounds.map((round) =>
    t.models.map((_, m) => (round.some((b) => Number.isNaN(cell(t, b, m))) ? null : mean(round.map((b) => fractionOf(cell(t, b, m)))))),
  );
}

export function exactRoundMean(t: ScoreColumns, rounds: number[][]): (Fraction | null)[] {
  const scores = exactRoundScores(t, rounds);
  return t.models.map((_, m) => mean(scores.flatMap((row) => (row[m] === null ? [] : [row[m] as Fraction]))));
}

export function exactRoundWinRate(t: ScoreColumns, rounds: number[][]): (Fraction | null)[] {
  return exactWinRate(exactRoundScores(t, rounds), t.models.length);
}
