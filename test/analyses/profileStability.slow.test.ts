/**
 * Profiles must not depend on the number of tournaments: on the real tables with their configs'
 * rounds, labels at 20,000 and 200,000 tournaments agree except for models the 20,000 run marks as
 * within 2 standard errors of a boundary, and the labels are a function of the estimates alone.
 * The former rule ("in between" = within 2 SEs of the median drop of all models) fails the second.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyProfiles, UNCERTAIN_WITHIN_SE } from '../../src/analyses/profiles.js';
import type { Profile, SweepResult } from '../../src/analyses/sweepResult.js';
import { sweep, tournament } from '../../src/index.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import type { ScoreTableOptions } from '../../src/input/scoreTable.js';
import { median } from '../../src/stats/median.js';
import { REPO_ROOT } from '../support/paths.js';
import { HAS_LIVEBENCH, HELM_LITE, LIVEBENCH } from '../support/realData.js';

const TABLES = [
  { name: 'HELM Lite', file: HELM_LITE, config: 'helm-lite.json', options: {}, missing: 'coin' as const, present: true },
  {
    name: 'LiveBench',
    file: LIVEBENCH,
    config: 'livebench.json',
    options: { layout: 'models-as-rows', ragged: 'skip' } as ScoreTableOptions,
    missing: 'error' as const,
    present: HAS_LIVEBENCH,
  },
];

async function sweepAt(table: (typeof TABLES)[number], iterations: number): Promise<SweepResult> {
  const config = JSON.parse(readFileSync(`${REPO_ROOT}configs/${table.config}`, 'utf8')) as { rounds: { name: string; benchmarks: string[] }[] };
  const data = await loadScoreTable(table.file, table.options);
  return sweep(tournament(data, { rounds: config.rounds, missing: table.missing }), { iterations, seed: 1, threads: 2 });
}

const byName = <T extends { name: string }>(models: readonly T[]) => new Map(models.map((m) => [m.name, m]));

/** The rule this project used before: "in between" within 2 SEs of the median drop of all models. */
function formerProfiles(models: readonly { base: number; drop: number }[], dropStdError: readonly number[]): Profile[] {
  const baseMedian = median(models.map((m) => m.base));
  const dropMedian = median(models.map((m) => m.drop));
  return models.map((m, i) => {
    if (m.base < baseMedian) return 'weak';
    if (Math.abs(m.drop - dropMedian) <= 2 * dropStdError[i]) return 'in between';
    return m.drop > dropMedian ? 'robust generalist' : 'aggressive specialist';
  });
}

describe.each(TABLES)('profiles on $name do not depend on the number of tournaments', (table) => {
  const runs = table.present ? Promise.all([sweepAt(table, 20_000), sweepAt(table, 200_000)]) : null;

  it.skipIf(!table.present)(`agree at 20,000 and 200,000 tournaments but within ${UNCERTAIN_WITHIN_SE} SEs of a boundary`, async () => {
    const [small, large] = (await runs)!;
    const largeByName = byName(large.models);
    const changed = small.models.filter((m) => m.profile !== largeByName.get(m.name)!.profile);
    // Every change was announced: the smaller run marked the label uncertain.
    for (const m of changed) expect(m.profileUncertain, `${m.name}: ${m.profileDistanceInSE} SE`).toBe(true);
    // And few labels are uncertain at all: the margin is far wider than the Monte Carlo error.
    expect(small.models.filter((m) => m.profileUncertain).length).toBeLessThan(small.models.length / 4);
    expect(large.models.filter((m) => m.profileUncertain).length).toBeLessThan(large.models.length / 8);
  }, 120_000);

  it.skipIf(!table.present)('gives the same labels with the standard errors of 20,000 tournaments on the estimates of 200,000; the former rule does not', async () => {
    const [small, large] = (await runs)!;
    const smallByName = byName(small.models);
    const largeSE = large.models.map((m) => m.dropStdError);
    const smallSE = large.models.map((m) => smallByName.get(m.name)!.dropStdError);
    const relabel = (dropStdError: number[]) =>
      classifyProfiles({
        base: large.models.map((m) => m.base),
        baseStdError: large.models.map((m) => smallByName.get(m.name)!.results[0].stdError),
        drop: large.models.map((m) => m.drop),
        dropStdError,
      }).models.map((m) => m.profile);
    expect(relabel(smallSE)).toEqual(large.models.map((m) => m.profile));
    // The former rule's "in between" band is 2 SEs wide, so the same estimates get other labels
    // when only the number of tournaments behind them changes.
    const former = formerProfiles(large.models, largeSE);
    const formerWithSmallSE = formerProfiles(large.models, smallSE);
    const moved = former.filter((p, i) => p !== formerWithSmallSE[i]).length;
    expect(moved).toBeGreaterThan(0);
    const count = (labels: Profile[]) => labels.filter((p) => p === 'in between').length;
    expect(count(formerWithSmallSE)).toBeGreaterThan(count(former));
  }, 120_000);
});
