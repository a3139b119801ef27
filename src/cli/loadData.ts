/**
 * The data options to loaded data: a score table, win matrices, or the bundled default table.
 * `signal` (the CLI's SIGINT/SIGTERM) stops a long load with ABORTED, so exit 130 comes at once.
 */
import { fileURLToPath } from 'node:url';
import { SwissRankError } from '../errors.js';
import { loadScoreTable } from '../input/scoreTable.js';
import type { ScoreTable, WinMatrices } from '../input/types.js';
import { loadWinMatrices } from '../input/winMatrices.js';
import { PACKAGE_ROOT } from '../packageInfo.js';
import type { DataRequest } from './options.js';

/** HELM Lite v1.13.0 (MIT, see data/README.md): the default data set. */
export const DEFAULT_DATA_FILE = fileURLToPath(new URL('data/helm_lite_v1.13.0.csv', PACKAGE_ROOT));
export const DEFAULT_DATA_LABEL = 'bundled HELM Lite v1.13.0 (data/helm_lite_v1.13.0.csv)';

export interface LoadedData {
  data: ScoreTable | WinMatrices;
  /** Set when nothing was named and the bundled table was used. */
  defaultUsed: boolean;
}

export async function loadData(request: DataRequest, signal?: AbortSignal): Promise<LoadedData> {
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
    return { data: await loadWinMatrices(matrices, { delimiter: request.delimiter, signal }), defaultUsed: false };
  }
  if (request.scores !== undefined) {
    const data = await loadScoreTable(request.scores, {
      layout: request.layout,
      delimiter: request.delimiter,
      ragged: request.ragged,
      signal,
    });
    return { data, defaultUsed: false };
  }
  const data = await loadScoreTable(DEFAULT_DATA_FILE, { layout: 'benchmarks-as-rows', signal });
  return { data: { ...data, source: DEFAULT_DATA_LABEL, cellLocation: data.cellLocation }, defaultUsed: true };
}
