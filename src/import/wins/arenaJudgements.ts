/**
 * Reads pairwise judgements (arena battles) from CSV, gzip'd or not. Rule: two layouts, told by the
 * header: FastChat/LMArena `model_a,model_b,winner[,category]` with winner `model_a`, `model_b`,
 * `tie` or `tie (bothbad)`, and llmfao/evalica `...,winner,left,right[,prompt]` with winner `left`,
 * `right` or `tie`; the category is `category` (or llmfao's `prompt`, as `prompt <n>`); any other
 * winner is refused at its line, a model judged against itself is left out and counted.
 * Cost: O(file size).
 */
import { SwissRankError } from '../../errors.js';
import { readCsvRows } from '../../input/csvRows.js';
import { showValue } from '../../input/nameCharacters.js';
import { findFiles } from '../findFiles.js';
import type { ImportProvenance } from '../types.js';
import type { ReaderOptions } from './readerOptions.js';

/** One judgement: `first` beat `second` (1), lost (0) or tied (0.5). */
export interface Battle {
  readonly category: string | undefined;
  readonly first: string;
  readonly second: string;
  readonly firstScore: 0 | 0.5 | 1;
  readonly file: string;
}

interface Layout {
  readonly first: string;
  readonly second: string;
  readonly category: string | undefined;
  /** winner cell -> first's score */
  readonly outcomes: ReadonlyMap<string, 0 | 0.5 | 1>;
  readonly name: string;
}

const FASTCHAT: Omit<Layout, 'category'> = {
  first: 'model_a',
  second: 'model_b',
  outcomes: new Map([['model_a', 1], ['model_b', 0], ['tie', 0.5], ['tie (bothbad)', 0.5]]),
  name: 'model_a,model_b,winner (FastChat / LMArena)',
};
const LLMFAO: Omit<Layout, 'category'> = {
  first: 'left',
  second: 'right',
  outcomes: new Map([['left', 1], ['right', 0], ['tie', 0.5]]),
  name: 'left,right,winner (llmfao / evalica)',
};

export async function readArenaJudgements(
  paths: readonly string[],
  options: ReaderOptions = {},
): Promise<{ battles: Battle[]; provenance: ImportProvenance; leftOut: string[] }> {
  const files = await findFiles(paths, (name) => /\.csv(\.gz)?$/.test(name), 'judgement files (*.csv, *.csv.gz)');
  const battles: Battle[] = [];
  const choices: string[] = [];
  const leftOut: string[] = [];
  for (const file of files) {
    const [header, ...rows] = await readCsvRows(file, { signal: options.signal });
    const layout = layoutOf(header!.cells, file, header!.line);
    choices.push(
      `${file}: layout ${layout.name}${layout.category === undefined ? ', no category column' : `, categories from "${layout.category}"`}`,
    );
    const column = (name: string) => header!.cells.indexOf(name);
    const [first, second, winner] = [column(layout.first), column(layout.second), column('winner')];
    const category = layout.category === undefined ? -1 : column(layout.category);
    let self = 0;
    for (const row of rows) {
      const outcome = layout.outcomes.get(row.cells[winner]!);
      if (outcome === undefined) {
        throw new SwissRankError(
          'BAD_IMPORT',
          `winner ${showValue(row.cells[winner])} is not one of ${[...layout.outcomes.keys()].join(', ')}`,
          { file, line: row.line, column: winner + 1 },
        );
      }
      const [a, b] = [row.cells[first]!, row.cells[second]!];
      if (a === b) {
        self++;
        continue;
      }
      let group: string | undefined;
      if (category >= 0) {
        const cell = row.cells[category]!;
        if (cell === '') throw new SwissRankError('BAD_IMPORT', `empty ${layout.category}`, { file, line: row.line, column: category + 1 });
        group = layout.category === 'prompt' ? `prompt ${cell}` : cell;
      }
      battles.push({ category: group, first: a, second: b, firstScore: outcome, file });
    }
    if (self > 0) leftOut.push(`${file}: ${self} judgements of a model against itself`);
  }
  if (battles.length === 0) {
    throw new SwissRankError('BAD_IMPORT', 'no judgements between two different models in these files', { file: files[0] });
  }
  return { battles, provenance: { kind: 'arena', files, choices }, leftOut };
}

function layoutOf(cells: readonly string[], file: string, line: number): Layout {
  const has = (name: string) => cells.includes(name);
  if (has('winner') && has('model_a') && has('model_b')) return { ...FASTCHAT, category: has('category') ? 'category' : undefined };
  if (has('winner') && has('left') && has('right')) return { ...LLMFAO, category: has('prompt') ? 'prompt' : has('category') ? 'category' : undefined };
  throw new SwissRankError(
    'BAD_IMPORT',
    'expected a header with model_a,model_b,winner[,category] (FastChat / LMArena) or winner,left,right[,prompt] (llmfao)',
    { file, line },
  );
}
