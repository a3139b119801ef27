/**
 * A sweep fixture (sweepFixture.ts) with the ranking explanation the report command would add: the
 * real explainRanking over the same table (round scores, win shares, baseline ranks, pairwise
 * matrix), so the report's new sections show real numbers without running a simulation.
 */
import type { RankingExplanation } from '../../src/analyses/rankingExplanation.js';
import { explainRanking } from '../../src/analyses/rankingExplanation.js';
import type { SweepResult } from '../../src/analyses/sweepResult.js';
import { loadScores, scoreTableFromMatrix, tournament } from '../../src/index.js';
import { hostileRows, sweepFixture, sweepFixtureFromFile } from './sweepFixture.js';

export interface ExplainedFixture {
  readonly result: SweepResult;
  readonly explanation: RankingExplanation;
}

/** A benchmarks-as-rows table (HELM_LITE, OPEN_LLM): gaps are coins, one round per benchmark. */
export async function explainedFixtureFromFile(file: URL): Promise<ExplainedFixture> {
  const result = sweepFixtureFromFile(file);
  const table = await loadScores(file.pathname, { layout: 'benchmarks-as-rows' });
  return { result, explanation: explainRanking(tournament(table, { missing: 'coin' }), result) };
}

export function explainedHostileFixture(): ExplainedFixture {
  const rows = hostileRows();
  const result = sweepFixture(rows);
  const table = scoreTableFromMatrix(rows);
  return { result, explanation: explainRanking(tournament(table), result) };
}
