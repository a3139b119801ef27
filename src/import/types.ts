/**
 * What every importer returns: the scores it found as long records (one per model and benchmark)
 * and, per-item importers, the items each model answered, plus what it chose on the user's behalf.
 * An importer reads files and decides nothing silently: every choice (metric per task, direction,
 * run per model, files read) is one line of `choices`, carried into every output's provenance.
 */

import type { AbortSignalLike } from '../signal.js';

/** The harness output kinds swiss-rank reads scores from (`swiss-rank import <kind>`, `--from <kind>`). */
export const IMPORT_KINDS = ['lm-eval', 'helm', 'inspect', 'opencompass', 'eee', 'long'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The per-item kinds (`swiss-rank wins --from <kind>`): item logs, and arena-style judgements. */
export const ITEM_KINDS = ['lm-eval', 'helm', 'inspect', 'arena'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Every value `--from` takes: a kind of scores or of per-item results. */
export const FROM_KINDS = [...IMPORT_KINDS, 'arena'] as const;
export type FromKind = (typeof FROM_KINDS)[number];

export interface ImportedRecord {
  readonly model: string;
  readonly benchmark: string;
  /** On the source's own scale; NaN never appears (a missing metric is no record). */
  readonly score: number;
  /** The source's standard error of `score`, when it gives one (lm-eval `*_stderr`, the long format). */
  readonly stderr?: number;
  /** The file (and JSON key path where useful) the number came from, for messages. */
  readonly from: string;
}

export interface ImportProvenance {
  readonly kind: ImportKind | ItemKind;
  /** Every file read, as given (relative paths stay relative: no absolute local paths in outputs). */
  readonly files: readonly string[];
  /** One human line per choice made, e.g. `arc_easy: metric acc,none (first in higher_is_better)`,
   *  `state-spaces/mamba2-130m: results_2025-03-02T06-44-13.json (newest of 2 runs)`. */
  readonly choices: readonly string[];
}

export interface ImportedScores {
  readonly records: readonly ImportedRecord[];
  /** Benchmarks on which a lower score wins (from the source: HELM's lower_is_better, lm-eval's
   *  higher_is_better false, perplexity by name; or from --lower-is-better). */
  readonly lowerIsBetter: readonly string[];
  readonly provenance: ImportProvenance;
}

export interface ImportOptions {
  /** `--metric task=metric[,filter]`: the metric to take per task (lm-eval; others where it applies). */
  readonly metric?: ReadonlyMap<string, string>;
  /** Include group rows (lm-eval `groups`, HELM aggregate columns) as benchmarks. */
  readonly groups?: boolean;
  /** `--lower-is-better b1,b2`: added to what the source says. */
  readonly lowerIsBetter?: readonly string[];
  /** Stops the reading with ABORTED (structural, so the published types need no DOM or Node types). */
  readonly signal?: AbortSignalLike;
}

/** One model's per-item results on one benchmark, keyed by the source's own item id. */
export interface ItemResults {
  readonly model: string;
  readonly benchmark: string;
  /** item id (e.g. `doc_id:doc_hash`, HELM `instance_id:train_trial_index`, Inspect `id:epoch`) -> score in [0, 1] (1 = right) */
  readonly items: ReadonlyMap<string, number>;
  readonly from: string;
}
