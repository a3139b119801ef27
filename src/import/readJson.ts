/**
 * Reads a harness's JSON (one document) or JSON Lines file (one document per line) as UTF-8,
 * through readUtf8File (size limit, BOM, UTF-16 refused). Rule: a syntax error is BAD_IMPORT with
 * the file, line and column V8 reports; a JSON Lines file's blank lines are skipped and every
 * other line must parse. Cost: O(file size).
 */
import { SwissRankError } from '../errors.js';
import { readUtf8File } from '../input/readUtf8File.js';
import { requireSignal } from '../requireSignal.js';
import type { AbortSignalLike } from '../signal.js';
import { jsonErrorOffset } from './jsonErrorOffset.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ReadJsonOptions {
  /** Checked by requireSignal: the importers' options come from the library as AbortSignalLike. */
  readonly signal?: AbortSignalLike;
}

export async function readJsonFile(path: string, options: ReadJsonOptions = {}): Promise<Json> {
  return parseJson(await readUtf8File(path, { signal: requireSignal(options.signal) }), path, 1);
}

/** Each non-blank line parsed, with its 1-based line number. */
export async function readJsonLines(
  path: string,
  options: ReadJsonOptions = {},
): Promise<{ line: number; value: Json }[]> {
  const text = await readUtf8File(path, { signal: requireSignal(options.signal) });
  const out: { line: number; value: Json }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    out.push({ line: i + 1, value: parseJson(line, path, i + 1) });
  }
  return out;
}

function parseJson(text: string, file: string, firstLine: number): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    const message = (error as Error).message;
    // V8: "... in JSON at position 123 (line 4 column 7)"; older: "... at position 123".
    const place = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    let line = firstLine;
    let column: number | undefined;
    if (place) {
      line = firstLine + Number(place[1]) - 1;
      column = Number(place[2]);
    } else {
      // Node 20 gives no position for an unexpected token: find it (jsonErrorOffset).
      const before = text.slice(0, position ? Number(position[1]) : jsonErrorOffset(text));
      const breaks = before.split('\n');
      line = firstLine + breaks.length - 1;
      column = breaks[breaks.length - 1]!.length + 1;
    }
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+/, '')
      // Node 20 quotes the text around the token, line breaks and all: the place says it better.
      .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
      .replace(/\s*\n\s*/g, ' ');
    throw new SwissRankError('BAD_IMPORT', `not valid JSON: ${reason}`, { file, line, ...(column === undefined ? {} : { column }) });
  }
}

/** The object at `value`, or BAD_IMPORT naming what was expected there. */
export function requireObject(value: Json | undefined, what: string, file: string): { [key: string]: Json } {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value;
  throw new SwissRankError('BAD_IMPORT', `expected ${what} (a JSON object), found ${describe(value)}`, { file });
}

/** The array at `value`, or BAD_IMPORT naming what was expected there. */
export function requireArray(value: Json | undefined, what: string, file: string): Json[] {
  if (Array.isArray(value)) return value;
  throw new SwissRankError('BAD_IMPORT', `expected ${what} (a JSON list), found ${describe(value)}`, { file });
}

function describe(value: Json | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : JSON.stringify(value).slice(0, 40);
}
