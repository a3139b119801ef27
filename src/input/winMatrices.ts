/**
 * Loads win-probability matrices, one CSV file per benchmark (benchmark name = file name without
 * extension). Each file: header `<anything>,<model>...`, then one row per model in the header's
 * order, cell (i, j) = probability that model i beats model j. Every file lists the same models in
 * the same order as the first. `paths` must be a list (a lone string is refused, not iterated);
 * `signal` stops the reading and parsing (ABORTED). Cost: O(B M^2).
 */
import { basename, extname } from 'node:path';
import { SwissRankError } from '../errors.js';
import { requireSignal } from '../requireSignal.js';
import { ABORT_CHECK_EVERY, pauseForAbort, throwIfAborted } from './abortCheck.js';
import { assembleWinMatrices } from './assembleWinMatrices.js';
import { readCsvRows, type CsvOptions } from './csvRows.js';
import { checkMatrixSize } from './checkMatrixSize.js';
import { firstDifference } from './firstDifference.js';
import { showValue } from './nameCharacters.js';
import { parseNumber } from './parseNumber.js';
import { requirePathList } from './requirePaths.js';
import type { WinMatrices } from './types.js';

/** @example await loadWinMatrices(['wins/MMLU.csv', 'wins/GSM8K.csv']) // benchmarks MMLU, GSM8K */
export async function loadWinMatrices(paths: readonly string[], options: CsvOptions = {}): Promise<WinMatrices> {
  requirePathList(paths, 'paths');
  const signal = requireSignal(options.signal);
  let models: readonly string[] = [];
  let headerLine = 1;
  const rowLines: number[][] = [];
  let p = new Float64Array(0);
  // One file at a time, so the first problem reported is always the same one.
  for (let b = 0; b < paths.length; b++) {
    const file = paths[b];
    const [header, ...data] = await readCsvRows(file, options);
    const names = header.cells.slice(1);
    if (b === 0) {
      models = names;
      headerLine = header.line;
      checkMatrixSize(paths.length, names.length, { file, line: header.line });
      p = new Float64Array(paths.length * names.length * names.length);
    } else {
      const at = firstDifference(names, models);
      if (at >= 0) {
        throw new SwissRankError(
          'MATRIX_MODELS_DIFFER',
          `model ${at + 1} is ${show(names[at])} here but ${show(models[at])} in ${paths[0]}; ` +
            'every file must list the same models in the same order',
          { file, line: header.line, column: at + 2 },
        );
      }
    }
    const m = models.length;
    const rowNames = data.map((row) => row.cells[0]);
    const at = firstDifference(rowNames.slice(0, m), models.slice(0, rowNames.length));
    if (at >= 0) {
      throw new SwissRankError(
        'MATRIX_MODELS_DIFFER',
        `row ${at + 1} is ${show(rowNames[at])} but header column ${at + 2} is ${show(models[at])}; ` +
          "rows must follow the header's order",
        { file, line: data[at].line, column: 1 },
      );
    }
    if (data.length !== m) {
      const message = `expected ${m} rows (one per model in the header), found ${data.length}`;
      throw new SwissRankError('MATRIX_NOT_SQUARE', message, {
        file,
        line: data.length > m ? data[m].line : (data.at(-1) ?? header).line,
      });
    }
    rowLines.push(data.map((row) => row.line));
    let sincePause = 0;
    for (let i = 0; i < m; i++) {
      const row = data[i];
      for (let j = 0; j < m; j++) {
        const place = { file, line: row.line, column: j + 2 };
        p[(b * m + i) * m + j] = parseNumber(row.cells[j + 1], place, 'a probability between 0 and 1');
      }
      sincePause += m;
      if (sincePause >= ABORT_CHECK_EVERY) {
        sincePause = 0;
        await pauseForAbort(signal);
      }
    }
  }
  // Small matrices never pause; the checks below are a full pass over B M^2 cells.
  throwIfAborted(signal);
  return assembleWinMatrices({
    sources: paths,
    models,
    benchmarks: paths.map((path) => basename(path, extname(path))),
    p,
    places: {
      model: (i) => ({ file: paths[0], line: headerLine, column: i + 2 }),
      benchmark: (b) => ({ file: paths[b] }),
      models: { file: paths[0], line: headerLine },
      benchmarks: {},
      cell: (b, i, j) => ({ file: paths[b], line: rowLines[b][i], column: j + 2 }),
    },
  });
}

function show(name: string | undefined): string {
  return name === undefined ? 'missing' : showValue(name);
}
