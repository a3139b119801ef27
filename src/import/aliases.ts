/**
 * `--alias FILE`: model names mapped across sources, read from a CSV with the header `alias,model`
 * (or `from,to`). Rule: each alias maps to one model (a second, different target is refused naming
 * both lines); names not listed stay as they are; nothing is matched loosely. Cost: O(file size).
 */
import { SwissRankError } from '../errors.js';
import { readCsvRows } from '../input/csvRows.js';
import type { AbortSignalLike } from '../signal.js';

const HEADERS = [['alias', 'model'], ['from', 'to']];

export async function loadAliases(path: string, signal?: AbortSignalLike): Promise<ReadonlyMap<string, string>> {
  const [header, ...rows] = await readCsvRows(path, { signal });
  const names = header.cells.map((cell) => cell.toLowerCase());
  if (!HEADERS.some((h) => h.length === names.length && h.every((name, i) => name === names[i]))) {
    throw new SwissRankError('BAD_IMPORT', `expected the header "alias,model" or "from,to", found ${JSON.stringify(header.cells.join(','))}`, {
      file: path,
      line: header.line,
    });
  }
  const aliases = new Map<string, string>();
  const lineOf = new Map<string, number>();
  for (const row of rows) {
    const [alias, model] = row.cells;
    if (alias === '' || model === '') {
      throw new SwissRankError('EMPTY_NAME', 'expected both names', { file: path, line: row.line, column: alias === '' ? 1 : 2 });
    }
    const before = aliases.get(alias);
    if (before !== undefined && before !== model) {
      throw new SwissRankError('BAD_IMPORT', `${JSON.stringify(alias)} maps to ${JSON.stringify(before)} on line ${lineOf.get(alias)}`, {
        file: path,
        line: row.line,
        column: 2,
      });
    }
    aliases.set(alias, model);
    lineOf.set(alias, row.line);
  }
  return aliases;
}
