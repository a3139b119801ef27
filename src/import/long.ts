/**
 * `long`: tidy CSVs with one score per row, header `model,benchmark,score[,stderr][,higher_is_better]`
 * (any order, case-insensitive), for every source without an importer. Rule: read by the CSV
 * reader (file:line:column errors); a score is a number, a stderr a number >= 0 or empty,
 * higher_is_better `true`/`false`/`1`/`0` or empty (not stated), the same wherever stated for a benchmark;
 * a model repeated on a benchmark is refused naming both rows. Cost: O(file size).
 */
import { SwissRankError } from '../errors.js';
import { readCsvRows } from '../input/csvRows.js';
import { parseNumber } from '../input/parseNumber.js';
import type { ImportedRecord, ImportedScores, ImportOptions } from './types.js';

const REQUIRED = ['model', 'benchmark', 'score'] as const;
const OPTIONAL = ['stderr', 'higher_is_better'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

export async function importLong(paths: readonly string[], options: ImportOptions): Promise<ImportedScores> {
  const records: ImportedRecord[] = [];
  const seen = new Map<string, string>();
  const direction = new Map<string, { lower: boolean; place: string }>();
  for (const file of paths) {
    const [header, ...rows] = await readCsvRows(file, { signal: options.signal });
    const columns = headerColumns(header.cells, file, header.line);
    for (const row of rows) {
      const cell = (name: Column) => (columns.has(name) ? row.cells[columns.get(name) as number] : '');
      const place = (name: Column) => ({ file, line: row.line, column: (columns.get(name) as number) + 1 });
      const model = cell('model');
      const benchmark = cell('benchmark');
      const score = parseNumber(cell('score'), place('score'));
      if (Number.isNaN(score)) {
        throw new SwissRankError('NOT_A_NUMBER', 'expected a score (leave the row out for a missing score)', place('score'));
      }
      const stderr = parseNumber(cell('stderr'), place('stderr'), 'a standard error such as 0.012, or nothing');
      if (stderr < 0) throw new SwissRankError('NOT_A_NUMBER', `expected a standard error >= 0, found ${stderr}`, place('stderr'));
      const key = JSON.stringify([model, benchmark]);
      const here = `${file}:${row.line}`;
      const before = seen.get(key);
      if (before !== undefined) {
        throw new SwissRankError('DUPLICATE_MODEL', `${JSON.stringify(model)} has a second score on ${JSON.stringify(benchmark)} (the first at ${before})`, place('model'));
      }
      seen.set(key, here);
      noteDirection(direction, benchmark, cell('higher_is_better'), place('higher_is_better'), here);
      records.push({ model, benchmark, score, ...(Number.isNaN(stderr) ? {} : { stderr }), from: here });
    }
  }
  const lowerIsBetter = [...direction].filter(([, d]) => d.lower).map(([benchmark]) => benchmark);
  const choices = lowerIsBetter.map((b) => `${b}: lower is better (higher_is_better false at ${direction.get(b)?.place})`);
  return { records, lowerIsBetter, provenance: { kind: 'long', files: [...paths], choices } };
}

function headerColumns(cells: readonly string[], file: string, line: number): Map<Column, number> {
  const columns = new Map<Column, number>();
  cells.forEach((cell, i) => {
    const name = cell.toLowerCase() as Column;
    if (![...REQUIRED, ...OPTIONAL].includes(name) || columns.has(name)) {
      throw new SwissRankError('BAD_IMPORT', `expected the columns model, benchmark, score and optionally stderr, higher_is_better (each once), found ${JSON.stringify(cell)}`, { file, line, column: i + 1 });
    }
    columns.set(name, i);
  });
  const absent = REQUIRED.filter((name) => !columns.has(name));
  if (absent.length > 0) throw new SwissRankError('BAD_IMPORT', `the header lacks ${absent.join(', ')} (model,benchmark,score[,stderr][,higher_is_better])`, { file, line });
  return columns;
}

const FLAGS = new Map([['true', false], ['1', false], ['false', true], ['0', true]]);

function noteDirection(
  direction: Map<string, { lower: boolean; place: string }>,
  benchmark: string,
  text: string,
  place: { file: string; line: number; column: number },
  here: string,
): void {
  if (text === '') return; // not stated on this row: higher is better unless another row says otherwise
  const lower = FLAGS.get(text.toLowerCase());
  if (lower === undefined) throw new SwissRankError('BAD_IMPORT', `expected true, false, 1, 0 or nothing, found ${JSON.stringify(text)}`, place);
  const before = direction.get(benchmark);
  if (before === undefined) direction.set(benchmark, { lower, place: here });
  else if (before.lower !== lower) {
    throw new SwissRankError('BAD_IMPORT', `higher_is_better for ${JSON.stringify(benchmark)} differs from the row at ${before.place}`, place);
  }
}
