/**
 * The compact JSON the page's script reads to draw a model's details row only when it is opened
 * (so 4,496 models do not mean 4,496 rendered tables): per model its round scores, round win
 * shares, survival after each round at each T (4 decimals) and its three ranks. Inert data (type
 * application/json, never executed), with "<" escaped so no name can close the element. O(M K T).
 */
import type { RankingExplanation } from '../../analyses/rankingExplanation.js';
import type { SweepResult } from '../../analyses/sweepResult.js';

export const MODEL_DATA_ID = 'model-data';

export interface ModelDataIsland {
  readonly rounds: readonly string[];
  readonly sweep: readonly number[];
  readonly modelCount: number;
  /** Per model, in table order (row data-index). */
  readonly models: readonly {
    /** Round scores, or null (win matrices, no explanation). */
    readonly s: readonly (number | null)[] | null;
    /** Round win shares, or null without an explanation. */
    readonly w: readonly number[] | null;
    /** v[t][k]: P(still playing after round k + 1) at the t-th sweep value. */
    readonly v: readonly (readonly number[])[];
    /** Ranks by CSD (E at the last T), the mean score and the mean win rate (null: none). */
    readonly r: readonly [number | null, number | null, number | null];
  }[];
}

export function modelDataIsland(result: SweepResult, explanation?: RankingExplanation): string {
  const data: ModelDataIsland = {
    rounds: explanation?.rounds ?? result.rounds.map((r) => r.name),
    sweep: result.sweep,
    modelCount: result.models.length,
    models: result.models.map((m, i) => {
      const record = explanation?.models[i];
      return {
        s: record?.roundScores?.map((x) => (x === null ? null : short(x))) ?? null,
        w: record ? record.roundWinShare.map(short) : null,
        v: m.results.map((p) => p.survival.map(short)),
        r: [m.results[m.results.length - 1]?.rank ?? null, record?.meanScoreRank ?? null, record?.meanWinRateRank ?? null],
      };
    }),
  };
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${MODEL_DATA_ID}">${json}</script>`;
}

/** 4 decimals: the page shows 3; the same input always gives the same bytes. */
function short(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
