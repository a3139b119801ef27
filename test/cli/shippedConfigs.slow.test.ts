/**
 * The configs in configs/ on the real tables they name, end to end (slow: the Open LLM Leaderboard
 * has 4,496 models). LiveBench's config reads ../shared/data and is skipped without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { HAS_LIVEBENCH } from '../support/realData.js';

describe('the shipped configs on the real tables', () => {
  it.each([
    ...(HAS_LIVEBENCH ? [['livebench.json', 126] as const] : []),
    ['open-llm-leaderboard.json', 4496] as const,
  ])('configs/%s makes a report of %i models', async (name, models) => {
    const out = join(tempDir(), 'report');
    const r = await cli('report', '--config', join(REPO_ROOT, 'configs', name), '--out', out, '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(json.models).toHaveLength(models);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('scatter-figure');
    // configs/livebench.json asks for the round-order analysis (100 random orders: ~100 runs more).
    if (name === 'livebench.json') {
      expect(json.order.orders).toMatchObject({ method: 'random', count: 100 });
      expect(json.order.models).toHaveLength(models);
      expect(html).toContain('id="order-figure"');
    } else expect(json.order).toBeUndefined();
  }, 600_000);
});
