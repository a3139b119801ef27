/**
 * An import as a score table: the kind's importer, aliases applied, models x benchmarks (first
 * seen first) with standard errors and provenance. Rule: the checks of any table; a gap is a
 * missing score; two different records for one cell are refused naming both. Directions are
 * returned, not applied (orientScores), so `import` writes the source's numbers. Cost: O(cells).
 */
import { SwissRankError } from '../errors.js';
import { assembleScoreTable } from '../input/assembleScoreTable.js';
import { benchmarkIndex } from '../input/orientScores.js';
import type { LowerIsBetter, ScoreTable } from '../input/types.js';
import { loadAliases } from './aliases.js';
import { importerFor } from './importers.js';
import type { FromKind, ImportedRecord, ImportedScores, ImportOptions } from './types.js';

export interface ImportRequest extends Omit<ImportOptions, 'lowerIsBetter'> {
  /** `--lower-is-better`: benchmarks where a lower score wins, besides what the source says. */
  readonly lowerIsBetter?: readonly string[];
  /** `--alias FILE`: a CSV `alias,model` mapping the sources' model names to one name. */
  readonly alias?: string;
  /** `swiss-rank import` converts one model's results too; a tournament needs two. */
  readonly oneModel?: boolean;
}

export interface ImportedTable {
  /** The source's numbers (not yet oriented), with `stdErrors` and `provenance.imported`. */
  readonly table: ScoreTable;
  readonly lowerIsBetter: readonly LowerIsBetter[];
  readonly imported: ImportedScores;
}

export async function importTable(kind: FromKind, paths: readonly string[], request: ImportRequest, option = 'from'): Promise<ImportedTable> {
  const importer = importerFor(kind, option);
  const imported = await importer(paths, { metric: request.metric, groups: request.groups, signal: request.signal });
  const aliases = request.alias === undefined ? new Map<string, string>() : await loadAliases(request.alias, request.signal);
  const records = imported.records.map((r) => ({ ...r, model: aliases.get(r.model) ?? r.model }));
  const choices = [...imported.provenance.choices];
  const renamed = [...new Set(imported.records.map((r) => r.model))].filter((m) => aliases.has(m));
  if (renamed.length > 0) choices.push(`aliases (${request.alias}): ${renamed.map((m) => `${m} -> ${aliases.get(m)}`).join(', ')}`);
  const provenance = { kind: imported.provenance.kind, files: imported.provenance.files, choices };
  const table = recordsTable(records, `${kind} import of ${paths.join(', ')}`, request.oneModel === true);
  for (const name of request.lowerIsBetter ?? []) benchmarkIndex(name, table.benchmarks, 'lowerIsBetter');
  const lowerIsBetter = [
    ...imported.lowerIsBetter.map((benchmark) => ({ benchmark, reason: `from ${kind}` })),
    ...(request.lowerIsBetter ?? []).filter((b) => !imported.lowerIsBetter.includes(b)).map((benchmark) => ({ benchmark, reason: '--lower-is-better' })),
  ];
  return {
    table: { ...table, provenance: { imported: provenance, files: provenance.files } },
    lowerIsBetter,
    imported: { ...imported, records, provenance },
  };
}

function recordsTable(records: readonly ImportedRecord[], source: string, oneModel: boolean): ScoreTable {
  if (records.length === 0) throw new SwissRankError('BAD_IMPORT', 'no scores found', { file: source });
  const models = [...new Set(records.map((r) => r.model))];
  const benchmarks = [...new Set(records.map((r) => r.benchmark))];
  const modelIndex = new Map(models.map((m, i) => [m, i]));
  const benchmarkIndex = new Map(benchmarks.map((b, i) => [b, i]));
  const scores = new Float64Array(models.length * benchmarks.length).fill(Number.NaN);
  const stdErrors = new Float64Array(scores.length).fill(Number.NaN);
  const holder: (ImportedRecord | undefined)[] = new Array(scores.length);
  for (const record of records) {
    const cell = (benchmarkIndex.get(record.benchmark) as number) * models.length + (modelIndex.get(record.model) as number);
    const before = holder[cell];
    if (before !== undefined && (before.score !== record.score || before.stderr !== record.stderr)) {
      throw new SwissRankError(
        'DUPLICATE_MODEL',
        `${JSON.stringify(record.model)} has two different scores on ${JSON.stringify(record.benchmark)}: ${before.score} from ${before.from} and ${record.score} from ${record.from}`,
        { file: record.from },
      );
    }
    holder[cell] = record;
    scores[cell] = record.score;
    stdErrors[cell] = record.stderr ?? Number.NaN;
  }
  const firstFrom = (pick: (r: ImportedRecord) => boolean) => ({ file: records.find(pick)?.from ?? source });
  // One model passes every check but the count (made last) when a conversion asks: a second
  // placeholder row is checked and dropped, so names are checked exactly as in any table.
  const checked = oneModel && models.length === 1 ? [...models, `${models[0]} (placeholder)`] : models;
  const table = assembleScoreTable({
    source,
    models: checked,
    benchmarks,
    scores,
    cellLocation: (b, m) => ({ line: b + 1, column: m + 1 }),
    places: {
      model: (m) => firstFrom((r) => r.model === models[m]),
      benchmark: (b) => firstFrom((r) => r.benchmark === benchmarks[b]),
      models: { file: source },
      benchmarks: { file: source },
    },
  });
  return { ...table, models: Object.freeze([...models]), stdErrors };
}
