/**
 * The report's explanation (as a string): the CSD-against-mean slope chart and rank columns, the
 * pairwise heatmap with its exact label, the JSON island the details rows are drawn from, the
 * script's hash in the CSP and escaping of hostile names in every new place (the size at 4,496
 * models: explainedReportSize.slow.test.ts). The browser test (reportBrowser.slow.test.ts) clicks through the same page.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ModelDataIsland } from '../../src/report/html/modelDataIsland.js';
import { renderReportHtml, type ReportProvenance } from '../../src/report/html/renderReportHtml.js';
import { explainedFixtureFromFile, explainedHostileFixture } from './explanationFixture.js';
import { modelData, withoutOwnScripts } from './ownScripts.js';
import { HELM_LITE, HOSTILE_NAMES } from './sweepFixture.js';

const PROVENANCE: ReportProvenance = { generatedAt: '2026-01-15T12:00:00.000Z', dataFiles: [] };

describe('the report with a ranking explanation', () => {
  it('shows CSD against the mean, the pairwise heatmap and both baseline ranks for every model', async () => {
    const { result, explanation } = await explainedFixtureFromFile(HELM_LITE);
    const html = renderReportHtml(result, PROVENANCE, undefined, explanation);
    expect(html).toContain('<section id="against-mean">');
    expect(html).toContain('<section id="pairwise">');
    expect(html.match(/<svg/g)).toHaveLength(4);
    // 20 x 20 cells less the diagonal, each titled with what it is.
    expect(html.match(/<g class="heat-cell"/g)).toHaveLength(20 * 19);
    expect(html.match(/class="heat-diagonal"/g)).toHaveLength(20);
    expect(html).toContain('Each cell: P(row model beats column model when they meet in a match), the mean over the 10 rounds');
    expect(html).toContain('This is not P(row finishes above column)');
    const top = explanation.pairwise;
    expect(top.models).toEqual(result.models.slice(0, 20).map((m) => m.name));
    expect(html).toContain(`<title>P(${top.models[0]} beats ${top.models[1]} in a match), mean over 10 rounds: ${top.pBeats[0][1]!.toFixed(3)}</title>`);
    // One slope line per top model; the table has both baseline ranks in every row.
    expect(html.match(/<g class="slope"/g)).toHaveLength(20);
    const rows = html.slice(html.indexOf('<tbody class="all-rows">'), html.indexOf('</tbody>'));
    const first = explanation.models[0];
    expect(rows).toContain(`<td class="num">${first.meanScoreRank}</td><td class="num">${first.meanWinRateRank}</td>`);
    expect(rows.match(/<tr /g)).toHaveLength(91);
  });

  it('carries every model\'s record in the JSON island, in table order, rounded to 4 decimals', async () => {
    const { result, explanation } = await explainedFixtureFromFile(HELM_LITE);
    const island = modelData(renderReportHtml(result, PROVENANCE, undefined, explanation)) as ModelDataIsland;
    expect(island.modelCount).toBe(91);
    expect(island.rounds).toEqual(explanation.rounds);
    expect(island.sweep).toEqual(result.sweep);
    island.models.forEach((m, i) => {
      expect(m.w).toEqual(explanation.models[i].roundWinShare.map((x) => Math.round(x * 1e4) / 1e4));
      expect(m.v).toHaveLength(result.sweep.length);
      expect(m.r).toEqual([
        result.models[i].results[result.sweep.length - 1].rank,
        explanation.models[i].meanScoreRank,
        explanation.models[i].meanWinRateRank,
      ]);
    });
    // The one gap (phi-3-small on GSM8K) is a missing round score, never a number.
    const phi = result.models.findIndex((m) => m.name === 'microsoft/phi-3-small-8k-instruct');
    expect(island.models[phi].s).toContain(null);
  });

  it('lets only its own script run: the CSP hash is the SHA-256 of the script in the page', async () => {
    const { result, explanation } = await explainedFixtureFromFile(HELM_LITE);
    const html = renderReportHtml(result, PROVENANCE, undefined, explanation);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}';`);
    expect(withoutOwnScripts(html)).not.toMatch(/<script/i);
  });

  it('escapes hostile names in the heatmap, the slope chart, the table and the island', () => {
    const { result, explanation } = explainedHostileFixture();
    const html = renderReportHtml(result, PROVENANCE, undefined, explanation);
    const rest = withoutOwnScripts(html);
    expect(rest).not.toMatch(/<script|<img|<b>|\son\w+=["']/i);
    expect(html.match(/<svg/g)).toHaveLength(4);
    expect(html.match(/<\/svg>/g)).toHaveLength(4);
    expect(html).toContain('data-model="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
    // The island holds no "<" at all; the names reach the script through the rows' data-model.
    const island = html.slice(html.indexOf('id="model-data">'), html.indexOf('</script>', html.indexOf('id="model-data">')));
    expect(island.slice('id="model-data">'.length)).not.toContain('<');
    expect((modelData(html) as ModelDataIsland).rounds).toEqual(['MMLU <5-shot>', 'GSM8K & co', '"quoted"']);
    expect(HOSTILE_NAMES.every((name) => explanation.pairwise.models.includes(name))).toBe(true);
  });
});
