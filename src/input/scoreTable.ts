/**
 * Loads a score table (models x benchmarks) from a CSV file in either layout.
 * Rule (data/README): the layout comes from `layout` or from an unambiguous header, whose first
 * cell is exactly `benchmark` or `model`; it is never guessed from the table's shape.
 */
import { requireSignal } from '../requireSignal.js';
import { ErrorCollector, SwissRankError } from '../errors.js';
import { ABORT_CHECK_EVERY, pauseForAbort } from './abortCheck.js';
import { assembleScoreTable } from './assembleScoreTable.js';
import { readCsvTable, type CsvOptions } from './csvRows.js';
import type { CsvRow, RaggedPolicy } from './csvTable.js';
import { showValue } from './nameCharacters.js';
import { parseNumber } from './parseNumber.js';
import { requirePath } from './requirePaths.js';
import { LAYOUTS, type Layout, type ScoreTable } from './types.js';

export interface ScoreTableOptions extends CsvOptions {
  /** Required unless the header's first cell is `benchmark` or `model`. */
  layout?: Layout;
  /** Rows with the wrong number of fields: `error` (default) or `skip` (listed in `skipped`). */
  ragged?: RaggedPolicy;
}

/** The header words that declare a layout (compared case-insensitively). */
const DECLARED = new Map<string, Layout>([
  ['benchmark', 'benchmarks-as-rows'],
  ['model', 'models-as-rows'],
]);

/**
 * `benchmarks-as-rows`: header `<anything>,<model>...`, then one row per benchmark.
 * `models-as-rows`: header `<anything>,<benchmark>...`, then one row per model.
 * Empty cells are missing scores (NaN). `signal` stops the reading and the cell parsing alike
 * (ABORTED). Cost: O(cells).
 * @example const table = await loadScoreTable('helm_lite.csv'); // header `benchmark,...`
 */
export async function loadScoreTable(path: string, options: ScoreTableOptions = {}): Promise<ScoreTable> {
  requirePath(path, 'path');
  const signal = requireSignal(options.signal);
  const { rows, skipped } = await readCsvTable(path, { delimiter: options.delimiter, ragged: options.ragged, signal });
  const [header, ...data] = rows;
  const layout = resolveLayout(header, options.layout, path);
  if (data.length === 0) {
    throw new SwissRankError('NO_DATA_ROWS', 'the file has a header but no data rows', {
      file: path,
      line: header.line,
    });
  }
  const byBenchmarkRow = layout === 'benchmarks-as-rows';
  const columnNames = header.cells.slice(1);
  const rowNames = data.map((row) => row.cells[0]);
  const models = byBenchmarkRow ? columnNames : rowNames;
  const benchmarks = byBenchmarkRow ? rowNames : columnNames;

  const modelCount = models.length;
  const scores = new Float64Array(benchmarks.length * modelCount);
  // Every bad cell is reported, not just the first (up to the collector's limit).
  const problems = new ErrorCollector();
  let sincePause = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    for (let c = 0; c < columnNames.length; c++) {
      const place = { file: path, line: row.line, column: c + 2 };
      const value = problems.check(() => parseNumber(row.cells[c + 1], place), Number.NaN);
      scores[byBenchmarkRow ? r * modelCount + c : c * modelCount + r] = value;
    }
    // Counted in cells: a row may be one cell or thousands (4,496 models per benchmark row).
    sincePause += columnNames.length;
    if (sincePause >= ABORT_CHECK_EVERY) {
      sincePause = 0;
      await pauseForAbort(signal);
    }
  }
  problems.throwIfAny();

  const rowPlace = (r: number) => ({ file: path, line: data[r].line, column: 1 });
  const columnPlace = (c: number) => ({ file: path, line: header.line, column: c + 2 });
  const headerPlace = { file: path, line: header.line };
  return assembleScoreTable({
    source: path,
    skipped,
    models,
    benchmarks,
    scores,
    cellLocation: byBenchmarkRow
      ? (b, m) => ({ line: data[b].line, column: m + 2 })
      : (b, m) => ({ line: data[m].line, column: b + 2 }),
    places: {
      model: byBenchmarkRow ? columnPlace : rowPlace,
      benchmark: byBenchmarkRow ? rowPlace : columnPlace,
      models: headerPlace,
      benchmarks: headerPlace,
    },
  });
}

function resolveLayout(header: CsvRow, layout: Layout | undefined, file: string): Layout {
  const where = { file, line: header.line, column: 1, option: '--layout' };
  if (layout !== undefined && !LAYOUTS.includes(layout)) {
    throw new SwissRankError('BAD_OPTION', `expected ${LAYOUTS.join(' or ')}, found ${String(layout)}`, {
      option: '--layout',
    });
  }
  const declared = DECLARED.get(header.cells[0].toLowerCase());
  if (layout !== undefined && declared !== undefined && layout !== declared) {
    throw new SwissRankError(
      'LAYOUT_MISMATCH',
      `--layout ${layout} contradicts the header: its first cell ${showValue(header.cells[0])} ` +
        `means ${declared}`,
      where,
    );
  }
  const resolved = layout ?? declared;
  if (resolved === undefined) {
    throw new SwissRankError(
      'LAYOUT_REQUIRED',
      `cannot tell whether rows are benchmarks or models: pass --layout ${LAYOUTS.join(' or --layout ')}, ` +
        'or make the header start with "benchmark" or "model"',
      where,
    );
  }
  return resolved;
}
