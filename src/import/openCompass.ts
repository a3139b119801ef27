/**
 * `opencompass`: a work folder's results/<model>/<dataset>.json, else its summary_*.csv -> scores.
 * Rule (docs/import.md#opencompass): predictions skipped; the summary skipped beside results (it
 * rounds them); a subjective (pairwise, judged) run is BAD_IMPORT saying so. Cost: one read per file.
 */
import { sep } from 'node:path';
import { SwissRankError } from '../errors.js';
import { findFiles } from './findFiles.js';
import { keepNewest } from './keepNewest.js';
import { readOpenCompassResults } from './openCompassResults.js';
import { readOpenCompassSummaries } from './openCompassSummary.js';
import { refuseUnusedMetricKeys } from './refuseUnusedMetricKeys.js';
import type { ImportedScores, ImportOptions } from './types.js';

export async function importOpenCompass(paths: readonly string[], options: ImportOptions): Promise<ImportedScores> {
  const found = await findFiles(
    paths,
    (name) => name.endsWith('.json') || name.endsWith('.csv'),
    'OpenCompass results/<model>/<dataset>.json or summary_*.csv',
  );
  const choices: string[] = [];
  const results: string[] = [];
  const summaries: string[] = [];
  for (const file of found) {
    const given = paths.includes(file);
    const folders = file.split(sep).slice(0, -1);
    if (file.endsWith('.csv')) {
      if (given || /(^|[/\\])summary_[^/\\]*\.csv$/.test(file) || file.endsWith('report.csv')) summaries.push(file);
      else choices.push(`${file} skipped: not a summary_*.csv`);
    } else if (!given && folders.includes('predictions')) {
      choices.push(`${file} skipped: predictions are model outputs, not scores`);
    } else if (given || folders[folders.length - 2] === 'results') {
      results.push(file);
    } else {
      choices.push(`${file} skipped: not under results/<model>/`);
    }
  }
  if (results.length > 0) {
    for (const file of summaries)
      choices.push(`${file} skipped: the results/ JSON beside it hold the same scores unrounded`);
  }
  const reading = results.length > 0 ? results : summaries;
  if (reading.length === 0) {
    throw new SwissRankError('BAD_IMPORT', 'no OpenCompass results/<model>/<dataset>.json or summary_*.csv here', {
      file: paths[0] ?? '',
    });
  }
  const used = new Set<string>();
  const { candidates, datasets } =
    results.length > 0
      ? await readOpenCompassResults(results, options, used, choices)
      : await readOpenCompassSummaries(summaries, options, used, choices);
  refuseUnusedMetricKeys(options.metric, used, [...datasets], 'OpenCompass dataset');
  return {
    records: keepNewest(candidates, choices, 'files'),
    lowerIsBetter: [],
    provenance: { kind: 'opencompass', files: reading, choices },
  };
}
