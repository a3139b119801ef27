/**
 * The data options to loaded data: a score table, win matrices, or the bundled default table
 * (HELM Lite v1.13.0, MIT, see data/README.md), with the missing-score policy that goes with it.
 * `--from <kind>` reads --scores as that harness writes it (import/importedTable.ts); then
 * --lower-is-better and the source's directions negate those benchmarks (orientScores), and
 * `--outcomes noisy` turns the table into win matrices (noisyOutcomes) - the same steps the API's
 * importScores takes. `signal` (the CLI's SIGINT/SIGTERM) stops a long load with ABORTED, so exit
 * 130 comes at once.
 */
import { fileURLToPath } from 'node:url';
import { SwissRankError } from '../errors.js';
import type { MissingPolicy } from '../input/roundOutcomes.js';
import { importTable, type ImportRequest } from '../import/importedTable.js';
import { parseMetricOption, splitNameList } from '../import/metricOption.js';
import { noisyWinMatrices } from '../input/noisyOutcomes.js';
import { orientScores } from '../input/orientScores.js';
import { loadScoreTable } from '../input/scoreTable.js';
import type { ScoreTable, WinMatrices } from '../input/types.js';
import { loadWinMatrices } from '../input/winMatrices.js';
import type { OptionValues } from '../options/declarations.js';
import { PACKAGE_ROOT } from '../packageInfo.js';

export const DATA_OPTIONS = [
  'scores', 'layout', 'winMatrix', 'delimiter', 'ragged', 'missing',
  'from', 'metric', 'lowerIsBetter', 'alias', 'groups', 'outcomes',
] as const;
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
  const loaded = await loadTable(values, signal);
  const lowerIsBetter = values.lowerIsBetter === undefined ? [] : splitNameList(values.lowerIsBetter);
  if (loaded.data.kind === 'probabilities') {
    if (lowerIsBetter.length > 0 || values.outcomes === 'noisy') {
      const option = lowerIsBetter.length > 0 ? 'lowerIsBetter' : 'outcomes';
      throw new SwissRankError('CONFLICTING_OPTIONS', `--${option === 'outcomes' ? 'outcomes noisy' : 'lower-is-better'} applies to scores, not win matrices`, { option });
    }
    return loaded;
  }
  // An import has oriented its table already (its own directions and --lower-is-better).
  const table = values.from === undefined ? orientScores(loaded.data, lowerIsBetter.map((benchmark) => ({ benchmark, reason: '--lower-is-better' }))) : loaded.data;
  return { ...loaded, data: values.outcomes === 'noisy' ? noisyWinMatrices(table, loaded.missing) : table };
}

async function loadTable(values: DataValues, signal?: AbortSignal): Promise<LoadedData> {
  if (values.from !== undefined) return { data: await importScoresFrom(values, signal), defaultUsed: false, missing: values.missing ?? 'error' };
  for (const option of ['metric', 'alias'] as const) {
    if (values[option] !== undefined) throw new SwissRankError('CONFLICTING_OPTIONS', `--${option} applies to imports: give --from <kind>`, { option });
  }
  if (values.groups) throw new SwissRankError('CONFLICTING_OPTIONS', '--groups applies to imports: give --from <kind>', { option: 'groups' });
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

/** `--from <kind> --scores PATH`: the import, oriented. */
async function importScoresFrom(values: DataValues, signal?: AbortSignal): Promise<ScoreTable> {
  const kind = values.from as NonNullable<DataValues['from']>;
  if (values.scores === undefined) {
    throw new SwissRankError('BAD_OPTION', `--from ${kind} reads the file or folder --scores names: give --scores PATH`, { option: 'scores' });
  }
  const clash = (['winMatrix', 'layout', 'delimiter'] as const).find((o) => values[o] !== undefined);
  if (clash !== undefined) throw new SwissRankError('CONFLICTING_OPTIONS', `--${clash === 'winMatrix' ? 'win-matrix' : clash} does not apply with --from`, { option: clash });
  const { table, lowerIsBetter } = await importTable(kind, [values.scores], importRequest(values, signal));
  return orientScores(table, lowerIsBetter);
}

/** The import options as the importers take them: one reading for every command (and `import`). */
export function importRequest(
  values: OptionValues<'metric' | 'groups' | 'lowerIsBetter' | 'alias'>,
  signal?: AbortSignal,
): ImportRequest {
  return {
    metric: parseMetricOption(values.metric),
    groups: values.groups,
    lowerIsBetter: splitNameList(values.lowerIsBetter),
    alias: values.alias,
    signal,
  };
}
