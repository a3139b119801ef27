/**
 * Arena battles -> one win matrix per category (or one from every battle). Rule (issue 13):
 * P[i][j] = (wins of i over j + ties / 2) / battles between i and j, whichever side each was
 * shown on; a pair that never met is handled by the unseen policy (coin or refused). Models are
 * every model judged anywhere, so each category's matrix has the same model list.
 * Cost: O(battles + C M^2).
 */
import type { Battle } from './arenaJudgements.js';
import { pairMatrices } from './pairMatrices.js';
import type { ArenaSplit, UnseenPolicy } from './winsTypes.js';

/** The matrix name when the judgements are not split by category. */
export const OVERALL = 'overall';

export function winMatrixFromBattles(battles: readonly Battle[], split: ArenaSplit, unseen: UnseenPolicy) {
  const models = [...new Set(battles.flatMap((b) => [b.first, b.second]))];
  const index = new Map(models.map((name, i) => [name, i]));
  const categoryOf = (battle: Battle) => (split === 'overall' || battle.category === undefined ? OVERALL : battle.category);
  const collator = new Intl.Collator('en', { numeric: true });
  const benchmarks = [...new Set(battles.map(categoryOf))].sort(collator.compare);
  const benchmarkIndex = new Map(benchmarks.map((name, b) => [name, b]));
  const m = models.length;
  const points = new Float64Array(benchmarks.length * m * m);
  const counts = new Float64Array(benchmarks.length * m * m);
  const files = benchmarks.map(() => new Set<string>());
  for (const battle of battles) {
    const b = benchmarkIndex.get(categoryOf(battle))!;
    const [i, j] = [index.get(battle.first)!, index.get(battle.second)!];
    points[(b * m + i) * m + j] += battle.firstScore;
    points[(b * m + j) * m + i] += 1 - battle.firstScore;
    counts[(b * m + i) * m + j]++;
    counts[(b * m + j) * m + i]++;
    files[b]!.add(battle.file);
  }
  // Points are sums of halves and counts whole numbers: both exact, so P + P^T = 1 up to one rounding.
  const p = points.map((won, k) => (counts[k] === 0 ? Number.NaN : won / counts[k]!));
  const firstFile = models.map((name) => battles.find((b) => b.first === name || b.second === name)!.file);
  const built = pairMatrices({
    models, benchmarks, sources: files.map((set) => [...set].join(' + ')), p, counts, counted: 'battles', unseen,
    code: 'MISSING_SCORE', modelFile: (i) => firstFile[i]!,
  });
  return { matrices: built.matrices, counts, leftOut: built.leftOut };
}
