/**
 * Reads a delimited text file into rows of trimmed cells, each tagged with its 1-based line.
 * Rule: RFC 4180 as parsed by fast-csv (quoted fields may hold the delimiter and line breaks);
 * UTF-8 with optional BOM; LF, CRLF or CR; fully empty rows (`` or `,,,`) are skipped; every row
 * has as many fields as the header (the first non-empty row). Cost: O(file size).
 */
import { parse } from 'fast-csv';
import { ErrorCollector, SwissRankError } from '../errors.js';
import { readUtf8File } from './readUtf8File.js';

export interface CsvRow {
  /** 1-based line where the row starts (a quoted field may continue on later lines). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvOptions {
  /** One character; `tab` or `\t` (backslash, t) mean a tab. Default `,`. */
  delimiter?: string;
}

/** Rows whose field count differs from the header's: refused (default) or left out. The
 *  missing cells of a short row cannot be placed, so nothing is ever padded. */
export type RaggedPolicy = 'error' | 'skip';

export interface SkippedRow {
  readonly line: number;
  /** The row's first cell (a model or benchmark name). */
  readonly name: string;
  readonly fields: number;
  readonly expected: number;
}

export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly skipped: readonly SkippedRow[];
}

/** Delimiters people commonly export with; used only to explain a one-field header. */
const COMMON_DELIMITERS = [',', ';', '\t', '|'];

/** Every row, the header first; a ragged row is an error. */
export async function readCsvRows(path: string, options: CsvOptions = {}): Promise<CsvRow[]> {
  return [...(await readCsvTable(path, { ...options, ragged: 'error' })).rows];
}

/** Every row, the header first, with ragged rows refused or left out (and listed). */
export async function readCsvTable(
  path: string,
  options: CsvOptions & { ragged?: RaggedPolicy } = {},
): Promise<CsvTable> {
  const delimiter = resolveDelimiter(options.delimiter);
  const text = await readUtf8File(path);
  const all = text.trim() === '' ? [] : await parseRows(text, delimiter, path);
  if (all.length === 0) {
    throw new SwissRankError('EMPTY_FILE', 'the file holds no rows', { file: path });
  }
  const header = all[0];
  checkDelimiter(header, delimiter, path);
  const expected = header.cells.length;
  const rows: CsvRow[] = [];
  const skipped: SkippedRow[] = [];
  const problems = new ErrorCollector();
  for (const row of all) {
    if (row.cells.length === expected) rows.push(row);
    else if (options.ragged === 'skip') {
      skipped.push({ line: row.line, name: row.cells[0] ?? '', fields: row.cells.length, expected });
    } else {
      problems.add(
        new SwissRankError(
          'RAGGED_ROW',
          `expected ${expected} fields like the header on line ${header.line}, found ${row.cells.length} ` +
            '(which cells are missing cannot be known; fix the row, or pass --ragged skip to leave it out)',
          { file: path, line: row.line },
        ),
      );
    }
  }
  problems.throwIfAny();
  return { rows, skipped };
}

function resolveDelimiter(option: string | undefined): string {
  if (option === undefined) return ',';
  if (option === 'tab' || option === '\\t') return '\t';
  if (option.length !== 1 || option === '"' || option === '\r' || option === '\n') {
    throw new SwissRankError('BAD_OPTION', `expected one character (or tab), found ${JSON.stringify(option)}`, {
      option: '--delimiter',
    });
  }
  return option;
}

/** A one-field header holding another common delimiter means the file uses that one. */
function checkDelimiter(header: CsvRow, delimiter: string, file: string): void {
  if (header.cells.length !== 1) return;
  const found = COMMON_DELIMITERS.find((d) => d !== delimiter && header.cells[0].includes(d));
  if (found === undefined) return;
  const shown = found === '\t' ? 'tab' : `'${found}'`;
  throw new SwissRankError(
    'WRONG_DELIMITER',
    `the header is a single field containing ${shown}; the file seems ${shown}-separated: pass --delimiter ${shown}`,
    { file, line: header.line, option: '--delimiter' },
  );
}

/**
 * fast-csv does not report line numbers, so the text is fed one physical line per write:
 * a row starts one line after the previous row plus the line breaks inside its quoted cells, and
 * a syntax error belongs to the line being written (or, at the end, to the unfinished row).
 */
async function parseRows(text: string, delimiter: string, file: string): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  let nextLine = 1;
  const parser = parse<string[], string[]>({ headers: false, delimiter, ignoreEmpty: false });
  parser.on('data', (raw: string[]) => {
    const line = nextLine;
    for (const cell of raw) nextLine += countLineBreaks(cell);
    nextLine += 1;
    const cells = raw.map((cell) => cell.trim());
    if (cells.some((cell) => cell !== '')) rows.push({ line, cells });
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('end', () => resolve());
    parser.on('error', reject);
  });
  // A failed write also emits 'error'; that rejection is reported through the write instead.
  finished.catch(() => undefined);

  let physicalLine = 0;
  try {
    for (const chunk of text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? []) {
      physicalLine += 1;
      await new Promise<void>((resolve, reject) => {
        parser.write(chunk, (error) => (error ? reject(error) : resolve()));
      });
    }
  } catch (error) {
    throw syntaxError(error, file, physicalLine);
  }
  parser.end();
  try {
    await finished;
  } catch (error) {
    throw syntaxError(error, file, nextLine);
  }
  return rows;
}

function countLineBreaks(cell: string): number {
  return cell.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function syntaxError(error: unknown, file: string, line: number): SwissRankError {
  const detail = error instanceof Error ? error.message : String(error);
  return new SwissRankError('CSV_SYNTAX', `malformed CSV (${detail})`, { file, line });
}
