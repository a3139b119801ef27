/**
 * The data options to loaded data: a score table, win matrices, or the bundled default table.
 */
import { fileURLToPath } from 'node:url';
import { SwissRankError } from '../errors.js';
import { loadScoreTable } from '../input/scoreTable.js';
import type { MissingPolicy } from '../input/roundOutcomes.js';
import type { ScoreTable, WinMatrices } from '../input/types.js';
import { loadWinMatrices } from '../input/winMatrices.js';
import { PACKAGE_ROOT } from '../packageInfo.js';
import type { DataRequest } from './options.js';

/** HELM Lite v1.13.0 (MIT, see data/README.md): the default data set. */
export const DEFAULT_DATA_FILE = fileURLToPath(new URL('data/helm_lite_v1.13.0.csv', PACKAGE_ROOT));
export const DEFAULT_DATA_LABEL = 'bundled HELM Lite v1.13.0 (data/helm_lite_v1.13.0.csv)';
/** The bundled table has one gap: HELM did not run microsoft/phi-3-small-8k-instruct on GSM8K
 *  ("No matching runs"). A coin neither rewards nor punishes a model for a result that does not
 *  exist: the nearest CSD has to HELM's own rule, which leaves that scenario out of the model's
 *  mean. An explicit --missing still wins. */
export const DEFAULT_DATA_MISSING: MissingPolicy = 'coin';

export interface LoadedData {
  data: ScoreTable | WinMatrices;
  /** Set when nothing was named and the bundled table was used. */
  defaultUsed: boolean;
  /** The missing-score policy: as given, else `error`, or DEFAULT_DATA_MISSING for the bundled table. */
  missing: MissingPolicy;
}

export async function loadData(request: DataRequest): Promise<LoadedData> {
  const matrices = request.winMatrices ?? [];
  if (request.scores !== undefined && matrices.length > 0) {
    throw new SwissRankError('CONFLICTING_OPTIONS', 'give either --scores or --win-matrix, not both', {
      option: '--win-matrix',
    });
  }
  if (matrices.length > 0) {
    if (request.layout !== undefined) {
      throw new SwissRankError('CONFLICTING_OPTIONS', '--layout applies to --scores tables only', {
        option: '--layout',
      });
    }
    return { data: await loadWinMatrices(matrices, { delimiter: request.delimiter }), defaultUsed: false, missing: request.missing ?? 'error' };
  }
  if (request.scores !== undefined) {
    const data = await loadScoreTable(request.scores, {
      layout: request.layout,
      delimiter: request.delimiter,
      ragged: request.ragged,
    });
    return { data, defaultUsed: false, missing: request.missing ?? 'error' };
  }
  const data = await loadScoreTable(DEFAULT_DATA_FILE, { layout: 'benchmarks-as-rows' });
  return {
    data: { ...data, source: DEFAULT_DATA_LABEL, cellLocation: data.cellLocation },
    defaultUsed: true,
    missing: request.missing ?? DEFAULT_DATA_MISSING,
  };
}
