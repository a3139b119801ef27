/**
 * The explained report at 4,496 models (the Open LLM Leaderboard): a reasonable size (the details
 * rows come from a compact JSON island, about 220 bytes a model), deterministic, and no NaN or
 * infinity printed or turned into null in the island.
 */
import { describe, expect, it } from 'vitest';
import type { ModelDataIsland } from '../../src/report/html/modelDataIsland.js';
import { renderReportHtml, type ReportProvenance } from '../../src/report/html/renderReportHtml.js';
import { explainedFixtureFromFile } from './explanationFixture.js';
import { modelData } from './ownScripts.js';
import { OPEN_LLM } from './sweepFixture.js';

const PROVENANCE: ReportProvenance = { generatedAt: '2026-01-15T12:00:00.000Z', dataFiles: [] };

describe('the explained report at 4,496 models', () => {
  it('stays a reasonable size at 4,496 models, and deterministic', async () => {
    const { result, explanation } = await explainedFixtureFromFile(OPEN_LLM);
    const html = renderReportHtml(result, PROVENANCE, undefined, explanation);
    expect(html).toBe(renderReportHtml(result, PROVENANCE, undefined, explanation));
    const bytes = Buffer.byteLength(html);
    const islandBytes = Buffer.byteLength(html.slice(html.indexOf('id="model-data"'), html.indexOf('</script>', html.indexOf('id="model-data"'))));
    // Measured 5.9 MB in all, the island about 1 MB: the details rows cost about 220 bytes a model.
    expect(bytes).toBeLessThan(7_000_000);
    expect(islandBytes / result.models.length).toBeLessThan(300);
    // Not a word of its own ("Infinity-Instruct" models are real names), and no number in the island
    // turned into null by JSON (a NaN would).
    expect(html).not.toMatch(/(?<![\w/-])(NaN|-?Infinity)(?![\w-])/);
    const island = modelData(html) as ModelDataIsland;
    for (const m of island.models) {
      expect([...(m.w ?? []), ...m.v.flat()].every((x) => Number.isFinite(x))).toBe(true);
    }
  }, 60_000);
});
