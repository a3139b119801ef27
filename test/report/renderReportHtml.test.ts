/** The HTML report as a string: escaping, the 150-model limit, the full table, determinism, edge cases. */
import { describe, expect, it } from 'vitest';
import { withoutOwnScripts } from './ownScripts.js';
import { TABLE_SCRIPT_HASH } from '../../src/report/html/tableScript.js';
import { escapeHtml } from '../../src/report/html/svg.js';
import { shownModels } from '../../src/report/html/modelSelection.js';
import { renderReportHtml, type ReportProvenance } from '../../src/report/html/renderReportHtml.js';
import type { SweepResult } from '../../src/analyses/sweepResult.js';
import {
  HELM_LITE,
  HOSTILE_NAMES,
  hostileFixture,
  OPEN_LLM,
  sweepFixture,
  sweepFixtureFromFile,
} from './sweepFixture.js';

const PROVENANCE: ReportProvenance = {
  generatedAt: '2026-01-15T12:00:00.000Z',
  dataFiles: [{ path: 'data/scores.csv', sha256: '0'.repeat(64) }],
};

/** Every data-model attribute value, unescaped. */
function dataModels(html: string, scope?: string): string[] {
  const start = scope ? html.indexOf(`id="${scope}"`) : 0;
  const part = scope ? html.slice(start, html.indexOf('</svg>', start)) : html;
  return [...part.matchAll(/class="model-label" data-model="([^"]*)"/g)].map((m) => unescape(m[1]));
}

function unescape(text: string): string {
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (e) => entities[e]);
}

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">'&'</a> é/ü:1.0`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; é/ü:1.0',
    );
  });
});

describe('renderReportHtml', () => {
  it('escapes hostile model names, benchmark names, config text and command', () => {
    const html = renderReportHtml(hostileFixture(), {
      ...PROVENANCE,
      configPath: 'cfg/<x>.json',
      configText: '</pre><script>alert(1)</script>',
      command: 'swiss-rank report --title "<b>"',
    });
    expect(withoutOwnScripts(html)).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>/);
    expect(html).not.toMatch(/\son\w+=["']/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('A &amp; B&#39;s &quot;model&quot;');
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('MMLU &lt;5-shot&gt;');
    // Every label carries the exact name, and every model has one in each chart.
    expect(new Set(dataModels(html, 'main-figure'))).toEqual(new Set(HOSTILE_NAMES));
    expect(dataModels(html, 'scatter-figure').every((n) => HOSTILE_NAMES.includes(n))).toBe(true);
    // Exactly one <svg> open and close per chart: no name broke out of its element.
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html.match(/<\/svg>/g)).toHaveLength(2);
  });

  it('is a self-contained page: only its own hashed script, no external reference, a CSP that forbids requests', () => {
    const html = renderReportHtml(sweepFixtureFromFile(HELM_LITE), PROVENANCE);
    expect(html).toContain("default-src 'none'");
    expect(withoutOwnScripts(html)).not.toMatch(/<script|<link|<img|@import|url\(|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    // The one script runs by its hash; nothing else may (no 'unsafe-inline' for scripts).
    expect(html).toContain(`script-src ${TABLE_SCRIPT_HASH};`);
    expect(html).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('shows every model of the 91-model table in the main figure and the table', () => {
    const result = sweepFixtureFromFile(HELM_LITE);
    const html = renderReportHtml(result, PROVENANCE);
    expect(dataModels(html, 'main-figure')).toEqual(result.models.map((m) => m.name));
    expect(html).not.toContain('models omitted');
    expect(html.match(/<tr data-model=/g)).toHaveLength(91);
  });

  it('over 150 models: 50 in the main figure with the omission note; every model in the table', () => {
    const result = sweepFixtureFromFile(OPEN_LLM);
    const html = renderReportHtml(result, PROVENANCE);
    const expected = [...result.models.slice(0, 25), ...result.models.slice(-25)].map((m) => m.name);
    expect(dataModels(html, 'main-figure')).toEqual(expected);
    expect(html).toContain('the top 25 and the bottom 25 by E at T = 2; the 4,446 models between them are omitted');
    expect(html).toContain('… 4,446 models omitted …');
    const scatterLabels = dataModels(html, 'scatter-figure');
    expect(scatterLabels.length).toBeGreaterThan(0);
    expect(scatterLabels.length).toBeLessThanOrEqual(25 + 25 + 8);
    expect(html).toContain('only the top 25 and the bottom 25');
    expect(html.match(/<tr data-model=/g)).toHaveLength(4496);
  });

  it('puts the limit at 150 models exactly', () => {
    expect(shownModels(150)).toEqual({ indices: Array.from({ length: 150 }, (_, i) => i), omitted: 0, gapBefore: 150 });
    const over = shownModels(151);
    expect(over.indices).toHaveLength(50);
    expect(over.omitted).toBe(101);
    expect(over.indices.slice(24, 26)).toEqual([24, 126]);
  });

  it('is deterministic: the same input gives the same string', () => {
    const a = renderReportHtml(sweepFixtureFromFile(HELM_LITE), PROVENANCE);
    const b = renderReportHtml(sweepFixtureFromFile(HELM_LITE), PROVENANCE);
    expect(a).toBe(b);
  });

  it('shows the run summary, the profile rule and the provenance', () => {
    const result = sweepFixtureFromFile(HELM_LITE);
    const html = renderReportHtml(result, {
      generatedAt: '2026-01-15T12:00:00.000Z',
      configPath: 'configs/helm.json',
      configText: '{ "sweep": [0, 1, 2] }',
      dataFiles: [{ path: '../shared/data/helm_lite_v1.13.0.csv', sha256: 'f'.repeat(64) }],
      command: 'swiss-rank report --config configs/helm.json',
    });
    for (const text of [
      'NaturalQuestions (closed-book)',
      '100,000',
      'random (the paper’s rule)',
      'T = 0, T = 1, T = 2',
      escapeHtml(result.profileRule.description),
      'f'.repeat(64),
      '<summary>Config file (configs/helm.json)</summary><pre>{ &quot;sweep&quot;: [0, 1, 2] }</pre></details>',
      'swiss-rank report --config configs/helm.json',
      'swiss-rank 0.1.0',
      '<dt>Block size</dt><dd>1,024</dd>',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('says what each number covers: Monte Carlo errors, the spread across tournaments, the rule\'s numbers', () => {
    const result = sweepFixtureFromFile(HELM_LITE);
    const html = renderReportHtml(result, PROVENANCE);
    const head = html.slice(html.indexOf('<thead>'), html.indexOf('</thead>'));
    for (const text of [
      'E at T = 0<br><span class="muted">± Monte Carlo SE</span>',
      'Drop<br><span class="muted">± paired Monte Carlo SE</span>',
      'P(first), T = 2<br><span class="muted">± Monte Carlo SE</span>',
      'Standing 5–95%, T = 2<br><span class="muted">spread across tournaments</span>',
    ]) {
      expect(head).toContain(text);
    }
    expect(head).not.toMatch(/Standing 90%|>± SE</);
    // P(first) carries its standard error in the table.
    const top = result.models[0].results[2];
    expect(html).toContain(`${top.pFirst.toFixed(3)} <span class="muted">± ${top.pFirstStdError.toFixed(3)}</span>`);
    // The introduction and the table's note say what ± is and is not.
    expect(html).toContain('Every ± in this report is one Monte Carlo standard error');
    expect(html).toContain('does not include noise in the benchmark scores');
    expect(html).toContain('5–95% is its spread across tournaments, not a confidence interval');
    expect(html).toContain('Bars show Monte Carlo 95% intervals (E ± 1.96 SE)');
    // The rule's numbers, as the result holds them.
    const rule = result.profileRule;
    const minus = (v: number) => v.toFixed(3).replace('-', '\u2212');
    expect(html).toContain(`reference drop ${minus(rule.dropMedian)}, the median of the ${rule.dropMedianModels} models that are not weak`);
    expect(html).toContain(`margin ${minus(rule.dropMargin)} (0.2 × the mean drop ${minus(rule.meanDrop)})`);
    expect(html).toContain(`robust generalist above ${minus(rule.robustAbove)}, aggressive specialist below ${minus(rule.aggressiveBelow)}`);
    // The result's own legend, field by field.
    for (const [field, text] of Object.entries(result.intervals)) {
      expect(html).toContain(`<dt><code>${field}</code></dt><dd>${escapeHtml(text)}</dd>`);
    }
    // Uncertain labels are marked in the table and ringed in the scatter, and only those.
    const uncertain = result.models.filter((m) => m.profileUncertain);
    expect(uncertain.length).toBeGreaterThan(0);
    expect(html.match(/class="muted uncertain"/g)).toHaveLength(uncertain.length);
    expect(html.match(/class="point[^"]* uncertain"/g)).toHaveLength(uncertain.length);
  });

  it('renders degenerate results without failing: one model, one sweep value, no models', () => {
    const one = sweepFixture({ models: ['solo'], benchmarks: ['A', 'B'], scores: [[1], [2]] }, { sweep: [0] });
    expect(renderReportHtml(one, PROVENANCE)).toContain('data-model="solo"');
    const none: SweepResult = { ...one, models: [] };
    const html = renderReportHtml(none, PROVENANCE);
    expect(html).toContain('id="main-figure"');
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});
