/**
 * The bootstrap's resampling units, each a way to draw one replicate of the data:
 * - `benchmarks`: each round's benchmarks drawn with replacement (as many as it has). A round of
 *   one benchmark never changes: a plan of only such rounds is refused, some are named (fixedRounds).
 * - `rounds`: the K rounds drawn with replacement and played in their canonical positions (sorted,
 *   so a round drawn twice is played twice in a row), each position keeping its elimination.
 * - `score-stderr`: every score drawn from a normal around it with its standard error.
 * A replicate of the first two is fixed by its resample (the multiset per round, or of rounds): its
 * key. Cost per draw: O(K B) to draw; outcomes O(K B M) (benchmarks), O(K M) (rounds), O(B M) (errors).
 */
import type { RoundOutcomes } from '../core/plan.js';
import { SwissRankError } from '../errors.js';
import { buildRoundOutcomes } from '../input/roundOutcomes.js';
import type { Round } from '../input/roundPlan.js';
import type { ScoreTable } from '../input/types.js';
import type { ResampleUnit } from '../options/resampleUnit.js';
import type { Xoshiro128 } from '../rng/xoshiro128.js';
import { scoreTableOf, type Tournament } from '../tournament/tournament.js';

export type BootstrapUnit = ResampleUnit | 'score-stderr';

/** One replicate's data. */
export interface Resample {
  /** Equal keys, equal data (and, on common random numbers, equal results). Undefined: a draw of
   *  continuous scores, which never repeats. */
  readonly key: string | undefined;
  outcomes(): RoundOutcomes;
}

export interface Resampler {
  readonly unit: BootstrapUnit;
  /** Rounds that are the same in every replicate (one-benchmark rounds under `benchmarks`). */
  readonly fixedRounds: readonly string[];
  /** How many different resamples there are (null: continuous draws); few means a coarse bootstrap. */
  readonly possibleResamples: number | null;
  /** Draws one replicate; the draws of `rng` depend on nothing else, so replicates are seeded. */
  draw(rng: Xoshiro128): Resample;
}

/** The resampler for `unit`, or a refusal when it could not change anything. */
export function resampler(tournament: Tournament, unit: ResampleUnit, scoreStdErrors?: ScoreTable): Resampler {
  const data = scoreTableOf(tournament, 'the bootstrap');
  if (scoreStdErrors) return scoreDraws(tournament, data, scoreStdErrors);
  return unit === 'rounds' ? roundDraws(tournament) : benchmarkDraws(tournament, data);
}

function benchmarkDraws(tournament: Tournament, data: ScoreTable): Resampler {
  const rounds = tournament.rounds;
  const fixedRounds = rounds.filter((r) => r.benchmarks.length === 1).map((r) => r.name);
  if (fixedRounds.length === rounds.length) {
    throw new SwissRankError(
      'CONFLICTING_OPTIONS',
      'every round has one benchmark, so resampling benchmarks within rounds changes nothing; use --resample rounds or --score-stderr FILE',
      { option: 'resample' },
    );
  }
  return {
    unit: 'benchmarks',
    fixedRounds,
    possibleResamples: rounds.reduce((product, r) => product * multisets(r.benchmarks.length), 1),
    draw(rng) {
      // Sorted: a round's mean does not depend on the order of its benchmarks, so the multiset is the key.
      const picks = rounds.map(({ benchmarks: b }) =>
        b.length === 1 ? [0] : Array.from(b, () => rng.below(b.length)).sort((x, y) => x - y),
      );
      return {
        key: picks.map((p) => p.join(',')).join(';'),
        outcomes: () => {
          const drawn: Round[] = rounds.map((r, k) => ({ name: r.name, benchmarks: picks[k].map((i) => r.benchmarks[i]) }));
          return buildRoundOutcomes(data, drawn, tournament.missing);
        },
      };
    },
  };
}

function roundDraws(tournament: Tournament): Resampler {
  const { modelCount: M, roundCount: K, outcomes } = tournament.plan;
  if (outcomes.kind !== 'scores') throw new TypeError('a score table plays by scores'); // resampler checked the data
  if (K === 1) {
    throw new SwissRankError('CONFLICTING_OPTIONS', 'one round: resampling rounds changes nothing; use --score-stderr FILE', {
      option: 'resample',
    });
  }
  return {
    unit: 'rounds',
    fixedRounds: [],
    possibleResamples: multisets(K),
    draw(rng) {
      const picks = Array.from({ length: K }, () => rng.below(K)).sort((x, y) => x - y);
      return {
        key: picks.join(','),
        outcomes: () => {
          const roundScores = new Float64Array(K * M);
          picks.forEach((k, position) => roundScores.set(outcomes.roundScores.subarray(k * M, (k + 1) * M), position * M));
          return { kind: 'scores', roundScores };
        },
      };
    },
  };
}

function scoreDraws(tournament: Tournament, data: ScoreTable, errors: ScoreTable): Resampler {
  checkErrors(data, errors);
  return {
    unit: 'score-stderr',
    fixedRounds: [],
    possibleResamples: null,
    draw(rng) {
      // A missing standard error means an exact score.
      const scores = Float64Array.from(data.scores, (x, i) =>
        Number.isNaN(x) || Number.isNaN(errors.scores[i]) ? x : x + errors.scores[i] * normal(rng),
      );
      const outcomes = buildRoundOutcomes({ ...data, scores }, tournament.rounds, tournament.missing);
      return { key: undefined, outcomes: () => outcomes };
    },
  };
}

/** The multisets of n items drawn from n: C(2n - 1, n). */
function multisets(n: number): number {
  let c = 1;
  for (let i = 1; i <= n; i++) c = (c * (n - 1 + i)) / i;
  return Math.round(c);
}

/** A standard normal draw (Box-Muller). */
function normal(rng: Xoshiro128): number {
  const u = (rng.nextUint32() + 1) / 4294967297; // (0, 1)
  const v = rng.nextUint32() / 4294967296;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Same models and benchmarks; no negative error; some positive error, or nothing would vary. */
function checkErrors(data: ScoreTable, errors: ScoreTable): void {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(data.models, errors.models) || !same(data.benchmarks, errors.benchmarks)) {
    throw new SwissRankError(
      'CONFLICTING_OPTIONS',
      'the standard errors must list the same models and benchmarks, in the same order, as the scores',
      { file: errors.source, option: 'scoreStderr' },
    );
  }
  errors.scores.forEach((se, i) => {
    if (!Number.isNaN(se) && se < 0) {
      const b = Math.floor(i / errors.models.length);
      const m = i % errors.models.length;
      throw new SwissRankError('NOT_A_NUMBER', 'a standard error cannot be negative', {
        file: errors.source,
        ...errors.cellLocation(b, m),
      });
    }
  });
  if (!errors.scores.some((se, i) => se > 0 && !Number.isNaN(data.scores[i]))) {
    throw new SwissRankError(
      'CONFLICTING_OPTIONS',
      'every standard error is 0 or missing, so drawing scores from them changes nothing',
      { file: errors.source, option: 'scoreStderr' },
    );
  }
}
