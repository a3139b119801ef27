/**
 * What the HTML report needs to explain a ranking beyond the sweep: each model's round scores and
 * the share of the other models it beats in each round's match (core/matchProbability.ts: the
 * kernel's own rule), its rank under the mean score and the mean win rate (methodRankings.ts), and
 * for the top models P(row beats column in a match) averaged over the rounds. No simulation: these
 * are exact functions of the data. Cost: O(K M^2) for the shares plus the baselines' O(B M log M).
 */
import { matchProbability, type MatchProbability } from '../core/matchProbability.js';
import type { Tournament } from '../tournament/tournament.js';
import { baselineRankings } from './methodRankings.js';
import type { SweepResult } from './sweepResult.js';

/** Models in the pairwise heatmap unless asked otherwise: 20 x 20 cells stay legible. */
export const HEATMAP_MODELS = 20;

export interface ModelRecord {
  /** Per round: the model's round score (the mean of the round's benchmarks); null for win
   *  matrices or a missing round (NaN under `coin`, -Infinity under `loss` in the plan). */
  readonly roundScores: readonly (number | null)[] | null;
  /** Per round: mean over every other model b of P(this model beats b in the round's match). */
  readonly roundWinShare: readonly number[];
  /** Competition rank by the plain mean score over the plan's benchmarks; null without one. */
  readonly meanScoreRank: number | null;
  /** Competition rank by HELM's mean win rate over the plan's benchmarks; null without one. */
  readonly meanWinRateRank: number | null;
}

export interface PairwiseMatrix {
  /** The top models by the sweep's order (CSD at its last T). */
  readonly models: readonly string[];
  /** p[i][j]: P(models[i] beats models[j] in a match), the mean over the rounds; null on the diagonal. */
  readonly pBeats: readonly (readonly (number | null)[])[];
  /** Where the match probabilities come from: sure wins and coins from scores, or the input matrices. */
  readonly source: 'scores' | 'probabilities';
}

export interface RankingExplanation {
  readonly rounds: readonly string[];
  /** In the order of `SweepResult.models`. */
  readonly models: readonly ModelRecord[];
  /** False for win matrices: no score to average, so no baseline ranks. */
  readonly hasBaselines: boolean;
  readonly pairwise: PairwiseMatrix;
}

/** `result` is the sweep run on `tournament` (its models are found by name). */
export function explainRanking(
  tournament: Tournament,
  result: SweepResult,
  heatmapModels: number = HEATMAP_MODELS,
): RankingExplanation {
  const M = tournament.plan.modelCount;
  const K = tournament.plan.roundCount;
  const p = matchProbability(tournament.plan.outcomes, M);
  const index = new Map(tournament.models.map((name, m) => [name, m]));
  const order = result.models.map((m) => index.get(m.name) as number);
  const baselines = tournament.data.kind === 'scores' ? baselineRankings(tournament, 'the report') : undefined;
  const rankBy = (method: string) => baselines?.find((b) => b.method === method)?.ranks;
  const meanRanks = rankBy('mean');
  const winRateRanks = rankBy('meanWinRate');
  const outcomes = tournament.plan.outcomes;

  const models = order.map((a): ModelRecord => ({
    roundScores:
      outcomes.kind === 'scores'
        ? Array.from({ length: K }, (_, k) => finiteOrNull(outcomes.roundScores[k * M + a]))
        : null,
    roundWinShare: Array.from({ length: K }, (_, k) => winShare(p, k, a, M)),
    meanScoreRank: meanRanks?.[a] ?? null,
    meanWinRateRank: winRateRanks?.[a] ?? null,
  }));

  const top = order.slice(0, Math.min(heatmapModels, M));
  const pBeats = top.map((a) => top.map((b) => (a === b ? null : meanOverRounds(p, a, b, K))));
  return {
    rounds: tournament.rounds.map((r) => r.name),
    models,
    hasBaselines: baselines !== undefined,
    pairwise: { models: top.map((m) => tournament.models[m]), pBeats, source: outcomes.kind },
  };
}

function winShare(p: MatchProbability, k: number, a: number, M: number): number {
  if (M < 2) return 0;
  let sum = 0;
  for (let b = 0; b < M; b++) if (b !== a) sum += p(k, a, b);
  return sum / (M - 1);
}

function meanOverRounds(p: MatchProbability, a: number, b: number, K: number): number {
  let sum = 0;
  for (let k = 0; k < K; k++) sum += p(k, a, b);
  return K > 0 ? sum / K : 0.5;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
