/**
 * Excel's `sep=` line: Excel writes `sep=,` or `sep=;` as the first line of a CSV to name its
 * delimiter (and honours one when opening). Rule: a first line that is exactly `sep=X` (X one
 * character, not a quote or line break) names the delimiter and is not a row; line numbers stay
 * physical, so the header is then line 2. A delimiter the caller gave that differs is refused
 * (CONFLICTING_OPTIONS), never silently overruled. Cost: O(1).
 */
import { SwissRankError } from '../errors.js';

export interface SepLine {
  readonly delimiter: string;
  /** Characters taken by the line, its line break included. */
  readonly length: number;
}

const SEP_LINE = /^sep=([^"\r\n])(\r\n|\r|\n|$)/;

export function readSepLine(text: string): SepLine | undefined {
  const match = SEP_LINE.exec(text);
  return match === null ? undefined : { delimiter: match[1], length: match[0].length };
}

/** The delimiter to use: the `sep=` line's, the caller's, or `,`. `given` is already resolved. */
export function chooseDelimiter(sep: SepLine | undefined, given: string | undefined, file: string): string {
  if (sep !== undefined && given !== undefined && sep.delimiter !== given) {
    throw new SwissRankError(
      'CONFLICTING_OPTIONS',
      `the file's first line "sep=${sep.delimiter === '\t' ? '\\t' : sep.delimiter}" names ${showDelimiter(sep.delimiter)} ` +
        `as the delimiter, but --delimiter gives ${showDelimiter(given)}; drop --delimiter or make them agree`,
      { file, line: 1, option: '--delimiter' },
    );
  }
  return sep?.delimiter ?? given ?? ',';
}

export function showDelimiter(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : `'${delimiter}'`;
}
