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
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('scatter-figure');
  }, 120_000);
});
