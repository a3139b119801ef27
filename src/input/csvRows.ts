/**
 * Reads a delimited text file into rows of trimmed cells, each tagged with its 1-based line.
 * Rule: RFC 4180 as parsed by fast-csv (quoted fields may hold the delimiter and line breaks; a
 * text with no quote is split directly, plainCsvRows.ts, to the same rows);
 * UTF-8 with optional BOM; LF, CRLF or CR; an Excel `sep=X` first line names the delimiter
 * (excelSepLine); fully empty rows (`` or `,,,`) are skipped; every row fits the header (the
 * first non-empty row), whose trailing nameless columns are dropped (fitToHeader). An abort
 * signal is checked every few thousand lines. Cost: O(file size).
 */
import { parse } from 'fast-csv';
import { SwissRankError } from '../errors.js';
import { ABORT_CHECK_CHARS, ABORT_CHECK_EVERY, pauseForAbort } from './abortCheck.js';
import { chooseDelimiter, readSepLine, showDelimiter } from './excelSepLine.js';
import { fitToHeader, namedWidth } from './fitToHeader.js';
import { isPlainCsv, plainCsvRows } from './plainCsvRows.js';
import type { CsvRow, CsvTable, RaggedPolicy } from './csvTable.js';
import { readUtf8File } from './readUtf8File.js';
import { requireSignal } from '../requireSignal.js';
import type { AbortSignalLike } from '../signal.js';

export interface CsvOptions {
  /** One character; `tab` or `\t` (backslash, t) mean a tab. Default: the file's `sep=` line, else `,`.
   *  Given and different from a `sep=` line: CONFLICTING_OPTIONS. */
  delimiter?: string;
  /** Stops reading and parsing with SwissRankError ABORTED. */
  signal?: AbortSignalLike;
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
  // A bad --delimiter is refused before the file is read.
  const given = options.delimiter === undefined ? undefined : resolveDelimiter(options.delimiter);
  const signal = requireSignal(options.signal);
  const text = await readUtf8File(path, { signal });
  const sep = readSepLine(text);
  const delimiter = chooseDelimiter(sep, given, path);
  const body = sep === undefined ? text : text.slice(sep.length);
  const firstLine = sep === undefined ? 1 : 2;
  // Without quotes there is nothing for a parser to do (and fast-csv costs ~10x a split, cold).
  const all =
    body.trim() === ''
      ? []
      : isPlainCsv(body)
        ? await plainCsvRows(body, delimiter, firstLine, signal)
        : await parseRows(body, delimiter, path, firstLine, signal);
  if (all.length === 0) {
    throw new SwissRankError('EMPTY_FILE', 'the file holds no rows', { file: path });
  }
  checkDelimiter(all[0], delimiter, path);
  return fitToHeader(all, path, options.ragged ?? 'error');
}

function resolveDelimiter(option: string): string {
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
  if (namedWidth(header.cells) !== 1) return;
  const found = COMMON_DELIMITERS.find((d) => d !== delimiter && header.cells[0].includes(d));
  if (found === undefined) return;
  const shown = showDelimiter(found);
  throw new SwissRankError(
    'WRONG_DELIMITER',
    `the header is a single field containing ${shown}; the file seems ${shown}-separated: pass --delimiter ${shown}`,
    { file, line: header.line, option: '--delimiter' },
  );
}

/**
 * (Exported for the test that pins plainCsvRows to it.)
 * fast-csv does not report line numbers, so the text is fed one physical line per write:
 * a row starts one line after the previous row plus the line breaks inside its quoted cells, and
 * a syntax error belongs to the line being written (or, at the end, to the unfinished row).
 * `firstLine` is the text's first line in the file (2 after a `sep=` line).
 */
export async function parseRows(
  text: string,
  delimiter: string,
  file: string,
  firstLine: number,
  signal: AbortSignalLike | undefined,
): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  let nextLine = firstLine;
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

  let physicalLine = firstLine - 1;
  // One line at a time off a global regex, not text.match: a list of every line of a large file
  // takes a long pause, which an abort could not interrupt.
  const lines = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g;
  let linesSincePause = 0;
  let charsSincePause = 0;
  try {
    for (let match = lines.exec(text); match !== null; match = lines.exec(text)) {
      physicalLine += 1;
      const chunk = match[0];
      await new Promise<void>((resolve, reject) => {
        parser.write(chunk, (error) => (error ? reject(error) : resolve()));
      });
      // The write callbacks run as microtasks, so without a pause nothing else would ever run.
      linesSincePause += 1;
      charsSincePause += chunk.length;
      if (linesSincePause >= ABORT_CHECK_EVERY || charsSincePause >= ABORT_CHECK_CHARS) {
        linesSincePause = 0;
        charsSincePause = 0;
        await pauseForAbort(signal);
      }
    }
  } catch (error) {
    if (error instanceof SwissRankError) {
      parser.destroy();
      throw error;
    }
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
