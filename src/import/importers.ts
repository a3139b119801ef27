/**
 * The importer of each kind (`swiss-rank import <kind>`, `--from <kind>`): kind -> function from
 * the paths a user gave to score records. Rule: `arena` holds judgements, not scores: BAD_OPTION
 * pointing at the commands that read it. Cost: none beyond the importer's own.
 */
import { SwissRankError } from '../errors.js';
import { importEee } from './eee.js';
import { importHelm } from './helm.js';
import { importInspect } from './inspect.js';
import { importLmEval } from './lmEval.js';
import { importLong } from './long.js';
import { importOpenCompass } from './openCompass.js';
import type { FromKind, ImportedScores, ImportKind, ImportOptions } from './types.js';

export type Importer = (paths: readonly string[], options: ImportOptions) => Promise<ImportedScores>;

export const IMPORTERS: Readonly<Record<ImportKind, Importer>> = {
  'lm-eval': importLmEval,
  helm: importHelm,
  inspect: importInspect,
  opencompass: importOpenCompass,
  eee: importEee,
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
  return IMPORTERS[kind];
}
