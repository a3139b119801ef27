/**
 * The data options to loaded data: a score table, win matrices, or the bundled default table
 * (HELM Lite v1.13.0, MIT, see data/README.md), with the missing-score policy that goes with it.
 * `signal` (the CLI's SIGINT/SIGTERM) stops a long load with ABORTED, so exit 130 comes at once.
 */
import { fileURLToPath } from 'node:url';
import { SwissRankError } from '../errors.js';
import type { MissingPolicy } from '../input/roundOutcomes.js';
import { loadScoreTable } from '../input/scoreTable.js';
import type { ScoreTable, WinMatrices } from '../input/types.js';
import { loadWinMatrices } from '../input/winMatrices.js';
import type { OptionValues } from '../options/declarations.js';
import { PACKAGE_ROOT } from '../packageInfo.js';

export const DATA_OPTIONS = ['scores', 'layout', 'winMatrix', 'delimiter', 'ragged', 'missing'] as const;
export type DataValues = OptionValues<(typeof DATA_OPTIONS)[number]>;

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

export async function loadData(values: DataValues, signal?: AbortSignal): Promise<LoadedData> {
  const matrices = values.winMatrix ?? [];
  if (values.scores !== undefined && matrices.length > 0) {
    throw new SwissRankError('CONFLICTING_OPTIONS', 'give either --scores or --win-matrix, not both', {
      option: 'winMatrix',
    });
  }
  if (matrices.length > 0) {
    if (values.layout !== undefined) {
      throw new SwissRankError('CONFLICTING_OPTIONS', '--layout applies to --scores tables only', { option: 'layout' });
    }
    const data = await loadWinMatrices(matrices, { delimiter: values.delimiter, signal });
    return { data, defaultUsed: false, missing: values.missing ?? 'error' };
  }
  if (values.scores !== undefined) {
    const data = await loadScoreTable(values.scores, {
      layout: values.layout,
      delimiter: values.delimiter,
      ragged: values.ragged,
      signal,
    });
    return { data, defaultUsed: false, missing: values.missing ?? 'error' };
  }
  const data = await loadScoreTable(DEFAULT_DATA_FILE, { layout: 'benchmarks-as-rows', signal });
  return {
    data: { ...data, source: DEFAULT_DATA_LABEL, cellLocation: data.cellLocation },
    defaultUsed: true,
    missing: values.missing ?? DEFAULT_DATA_MISSING,
  };
}
