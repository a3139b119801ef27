/**
 * The result of a round-order sensitivity analysis (`swiss-rank order`): how far each model's rank
 * moves when the same rounds are played in other orders, against the Monte Carlo noise a different
 * seed alone makes. The JSON output of `swiss-rank order` is this object serialised.
 */
import type { RoundPlanEntry, RunHeader } from './runHeader.js';

export interface OrderModel {
  readonly name: string;
  /** Rank under the canonical order (the rounds as given); exactly equal E share a rank. */
  readonly canonicalRank: number;
  /** E[S] under the canonical order, with its Monte Carlo standard error. */
  readonly expectedScore: number;
  readonly stdError: number;
  /** Rank across the orders played (repeats counted): best, median, worst. */
  readonly minRank: number;
  readonly medianRank: number;
  readonly maxRank: number;
  /** Share of the orders in which the model ranks first (a tie for first split equally). */
  readonly pFirst: number;
  /** Lowest and highest E[S] across the orders. */
  readonly scoreRange: readonly [number, number];
}

/** One distinct order that was played. */
export interface OrderRun {
  /** The canonical round positions (1-based) in the order played: [3, 1, 2] plays round 3 first. */
  readonly order: readonly number[];
  /** How many of the orders drawn were this one (1 unless random draws repeated it). */
  readonly draws: number;
  /** Kendall's tau-b between this order's E and the canonical order's. */
  readonly kendallTau: number;
  /** The model(s) ranked first. */
  readonly first: readonly string[];
}

export interface RoundPosition {
  readonly name: string;
  readonly earlyOrders: number;
  readonly lateOrders: number;
  /** See `roundPositions.measure`; null without orders on both sides. */
  readonly topRankShift: number | null;
}

export interface OrderResult extends RunHeader {
  /** The canonical order, each round with the elimination after its position. */
  readonly rounds: readonly (RoundPlanEntry & { readonly elimination: number })[];
  readonly orders: {
    /** `random` (uniform draws), `all` (every order), or `file` (--orders). */
    readonly method: 'random' | 'all' | 'file';
    /** Orders played, repeats counted. */
    readonly count: number;
    /** Distinct orders among them (each simulated once). */
    readonly distinct: number;
    /** Random orders: the seed string of the stream they were drawn from. */
    readonly seedStream?: string;
    /** The --orders file. */
    readonly file?: string;
  };
  /** How the orders' runs are paired, in words. */
  readonly pairing: string;
  /** Kendall's tau-b of each order's E against the canonical order's, over the orders (repeats counted). */
  readonly kendallTau: { readonly min: number; readonly mean: number; readonly max: number };
  /** The canonical order re-run on another seed: Monte Carlo noise alone, to read the taus against. */
  readonly seedBaseline: {
    readonly seed: number;
    readonly kendallTau: number;
    /** Largest rank change of a canonical top model (`roundPositions.top` of them). */
    readonly topMaxMove: number;
    readonly firstChanged: boolean;
  };
  /** The canonical top model that moves furthest across the orders. */
  readonly largestTopMove: { readonly model: string; readonly canonicalRank: number; readonly rank: number } | null;
  readonly roundPositions: {
    /** The measure, in one sentence. */
    readonly measure: string;
    /** How many canonical top models it averages over. */
    readonly top: number;
    readonly rounds: readonly RoundPosition[];
  };
  /** Best first under the canonical order. */
  readonly models: readonly OrderModel[];
  readonly perOrder: readonly OrderRun[];
}
