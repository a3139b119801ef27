/**
 * Refuses `--metric` entries that named nothing the files hold, so a misspelt task does not
 * silently fall back to the default metric. Rule: every key must have been used by the importer;
 * the first unused one is BAD_OPTION on option `metric`, with the names that exist. Cost: O(keys).
 */
import { SwissRankError } from '../errors.js';
import { closestNames } from '../input/closestNames.js';

export function refuseUnusedMetricKeys(
  metric: ReadonlyMap<string, string> | undefined,
  used: ReadonlySet<string>,
  known: readonly string[],
  keyMeaning: string,
): void {
  for (const key of metric?.keys() ?? []) {
    if (used.has(key)) continue;
    const near = closestNames(key, known);
    const hint = near.length > 0 ? `; did you mean ${near.join(', ')}?` : '';
    throw new SwissRankError(
      'BAD_OPTION',
      `names ${JSON.stringify(key)}, which is no ${keyMeaning} in these files${hint}`,
      {
        option: 'metric',
      },
    );
  }
}
