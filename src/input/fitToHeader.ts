/**
 * Fits parsed rows to the header's width. Rule: every row has as many fields as the header, except
 * that the header's trailing nameless columns (empty header cells after the last named one, as
 * Excel writes them for a once-used column: `benchmark,a,b,,`) are dropped, so a row may stop
 * anywhere from the last named column to the header's end; a value under a nameless column is
 * refused at its cell (UNNAMED_COLUMN), since what it means cannot be known. Rows shorter than the
 * named columns or longer than the header are ragged: refused, or left out and listed on request.
 * Cost: O(cells).
 */
import { ErrorCollector, SwissRankError } from '../errors.js';
import type { CsvRow, CsvTable, RaggedPolicy, SkippedRow } from './csvTable.js';
import { showValue } from './nameCharacters.js';

export function fitToHeader(all: readonly CsvRow[], file: string, ragged: RaggedPolicy): CsvTable {
  const header = all[0];
  const width = header.cells.length;
  const named = namedWidth(header.cells);
  const rows: CsvRow[] = [];
  const skipped: SkippedRow[] = [];
  const problems = new ErrorCollector();
  for (const row of all) {
    const fields = row.cells.length;
    if (fields < named || fields > width) {
      const expected = fields < named ? named : width;
      if (ragged === 'skip') skipped.push({ line: row.line, name: row.cells[0] ?? '', fields, expected });
      else problems.add(raggedRow(row, expected, header.line, file));
      continue;
    }
    for (let c = named; c < fields; c++) {
      if (row.cells[c] !== '') {
        const message = `a value in column ${c + 1}, which has no name in the header (found ${showValue(row.cells[c])})`;
        problems.add(new SwissRankError('UNNAMED_COLUMN', message, { file, line: row.line, column: c + 1 }));
      }
    }
    rows.push(fields === named ? row : { line: row.line, cells: row.cells.slice(0, named) });
  }
  problems.throwIfAny();
  return { rows, skipped };
}

/** Columns up to the header's last non-empty cell. */
export function namedWidth(cells: readonly string[]): number {
  let named = cells.length;
  while (named > 1 && cells[named - 1] === '') named--;
  return named;
}

function raggedRow(row: CsvRow, expected: number, headerLine: number, file: string): SwissRankError {
  return new SwissRankError(
    'RAGGED_ROW',
    `expected ${expected} fields like the header on line ${headerLine}, found ${row.cells.length} ` +
      '(which cells are missing cannot be known; fix the row, or pass --ragged skip to leave it out)',
    { file, line: row.line },
  );
}
