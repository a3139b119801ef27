/** The tier rule's promise, checked: every model's tier rank lies inside its own 95% rank interval.
 *  Returns how many tiers there are. */
import { expect } from 'vitest';
import type { CompareResult } from '../../src/analyses/compare.js';

export function expectTierRanksInside(r: CompareResult): number {
  const models = r.models.map((m) => m.bootstrap);
  for (const b of models) {
    if (!b) throw new Error('no bootstrap');
    expect(b.tierRank).toBeGreaterThanOrEqual(b.rank95[0]);
    expect(b.tierRank).toBeLessThanOrEqual(b.rank95[1]);
  }
  return new Set(models.map((b) => b?.tier)).size;
}
