/**
 * Which format a command writes: --format when given, else the one --out's extension names
 * (.md/.markdown, .csv, .json), else a table. Rule: an explicit --format that disagrees with the
 * extension is an error (CONFLICTING_OPTIONS), never a guess. Cost: O(1).
 */
import { extname } from 'node:path';
import { SwissRankError } from '../errors.js';
import type { OutputFormat } from '../options/outputFormat.js';
import { isStdoutPath } from '../report/writeOutputFile.js';

const FORMAT_OF_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.csv': 'csv',
  '.json': 'json',
};

/** `format` is undefined when --format was not given. */
export function outputFormatFor(format: OutputFormat | undefined, out: string | undefined): OutputFormat {
  const named = out === undefined || isStdoutPath(out) ? undefined : FORMAT_OF_EXTENSION[extname(out).toLowerCase()];
  if (format !== undefined && named !== undefined && format !== named) {
    throw new SwissRankError(
      'CONFLICTING_OPTIONS',
      `${format} disagrees with --out ${JSON.stringify(out)}, whose extension names ${named}; drop one or make them agree`,
      { option: '--format' },
    );
  }
  return format ?? named ?? 'table';
}
