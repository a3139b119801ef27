/**
 * What the per-item readers and the win-matrix builders share: the policy for pairs with nothing
 * to compare (no shared item, no battle, a model missing a benchmark), how arena judgements are
 * split, and the result every `wins` kind returns. Types and constants only.
 */
import type { WinMatrices } from '../../input/types.js';
import type { AbortSignalLike } from '../../signal.js';
import type { ImportProvenance, ItemResults } from '../types.js';

/** A pair with nothing to compare: a fair coin (0.5, reported with counts), or refused. */
export const UNSEEN_POLICIES = ['coin', 'error'] as const;
export type UnseenPolicy = (typeof UNSEEN_POLICIES)[number];

/** Arena judgements: one matrix per category (when the file has one), or one from every battle. */
export const ARENA_SPLITS = ['per-category', 'overall'] as const;
export type ArenaSplit = (typeof ARENA_SPLITS)[number];

export interface WinsOptions {
  /** Default `coin`. */
  readonly unseen?: UnseenPolicy;
  /** Default `per-category`. */
  readonly arenaMatrices?: ArenaSplit;
  /** Stops the reading (ABORTED); a real AbortSignal at run time (structural here, so the
   *  published types need neither the DOM library nor @types/node). */
  readonly signal?: AbortSignalLike;
}


/** What an item reader found: each model's items per benchmark, and what it left out. */
export interface ItemReading {
  readonly results: ItemResults[];
  readonly provenance: ImportProvenance;
  /** One line per thing left out while reading (errored samples, perturbed entries). */
  readonly leftOut: readonly string[];
}

export interface WinsResult {
  /** Checked as every win matrix is (P + P^T = 1, diagonal 0.5, names). */
  readonly matrices: WinMatrices;
  /** counts[(b * M + i) * M + j]: what P[i][j] on benchmark b rests on, items both answered
   *  (item kinds) or battles between the two (arena); 0 where P is a coin. */
  readonly counts: Float64Array;
  /** `items` or `battles`: what `counts` counts. */
  readonly counted: 'items' | 'battles';
  readonly provenance: ImportProvenance;
  /** One line per thing left out or filled in: items not every model answered, coin pairs, ... */
  readonly leftOut: readonly string[];
}
