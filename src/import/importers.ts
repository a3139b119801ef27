/**
 * The importer of each kind (`swiss-rank import <kind>`, `--from <kind>`): kind -> function from
 * the paths a user gave to score records. Rule: a kind without an importer on this build is
 * BAD_OPTION naming the option, never a guess; `arena` holds judgements, not scores, and points at
 * the commands that read it. Cost: none beyond the importer's own.
 */
import { SwissRankError } from '../errors.js';
import { importLmEval } from './lmEval.js';
import { importLong } from './long.js';
import type { FromKind, ImportedScores, ImportKind, ImportOptions } from './types.js';

export type Importer = (paths: readonly string[], options: ImportOptions) => Promise<ImportedScores>;

/** Merge point: helm, inspect, opencompass and eee (src/import/{helm,inspect,openCompass,eee}.ts)
 *  are added here when their importers land (issue 13, part B). */
export const IMPORTERS: Partial<Record<ImportKind, Importer>> = {
  'lm-eval': importLmEval,
  long: importLong,
};

/** The importer for `kind`, or BAD_OPTION at `option` saying why there is none. */
export function importerFor(kind: FromKind, option: string): Importer {
  if (kind === 'arena') {
    throw new SwissRankError(
      'BAD_OPTION',
      'arena judgements are pairwise outcomes, not scores: make win matrices with `swiss-rank wins --from arena PATH... --out DIR`, then rank with --win-matrix',
      { option },
    );
  }
  const importer = IMPORTERS[kind];
  if (importer === undefined) throw new SwissRankError('BAD_OPTION', `the ${kind} importer is not available in this build`, { option });
  return importer;
}
