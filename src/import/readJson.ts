/**
 * Reads a harness's JSON (one document) or JSON Lines file (one per line) as UTF-8 through
 * readUtf8File (size limit, BOM, UTF-16 refused). Rule: a syntax error is BAD_IMPORT at its file,
 * line and column (V8's, or found by bisection when Node 20 gives none), in one line; blank JSON
 * Lines are skipped. Cost: O(file size); O(n log n) on the error path.
 */
import { SwissRankError } from '../errors.js';
import { readUtf8File } from '../input/readUtf8File.js';
import { requireSignal } from '../requireSignal.js';
import type { AbortSignalLike } from '../signal.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface ReadJsonOptions {
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
    // Node 20's "Unexpected token" messages quote the text instead of giving a position.
    const stated = /position (\d+)/.exec(message);
    const position = stated === null ? syntaxErrorPosition(text) : Number(stated[1]);
    let line = firstLine;
    let column: number | undefined;
    if (place) {
      line = firstLine + Number(place[1]) - 1;
      column = Number(place[2]);
    } else if (position !== undefined) {
      const before = text.slice(0, position);
      const breaks = before.split('\n');
      line = firstLine + breaks.length - 1;
      column = breaks[breaks.length - 1]!.length + 1;
    }
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/ in JSON at position \d+/, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/\s*\n\s*/g, ' ');
    throw new SwissRankError('BAD_IMPORT', `not valid JSON: ${reason}`, { file, line, ...(column === undefined ? {} : { column }) });
  }
}

/**
 * Where a syntax error is when the message does not say: the shortest prefix of the text that
 * fails for a reason other than ending too soon ends at it (a longer prefix keeps the error, so a
 * binary search finds it). Only on the error path: O(n log n).
 */
function syntaxErrorPosition(text: string): number | undefined {
  const bad = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      if (/Unexpected end of JSON input/.test(message)) return false;
      const at = /position (\d+)/.exec(message);
      return at === null || Number(at[1]) < length;
    }
  };
  if (!bad(text.length)) return undefined;
  let low = 0;
  let high = text.length;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (bad(middle)) high = middle;
    else low = middle;
  }
  return high - 1;
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
