/** The report's round-order section: present only with an order result, escaped, abridged past 150 models, deterministic. */
import { describe, expect, it } from 'vitest';
import { withoutOwnScripts } from './ownScripts.js';
import { renderReportHtml, type ReportProvenance } from '../../src/report/html/renderReportHtml.js';
import { orderFixture } from './orderFixture.js';
import { HELM_LITE, HOSTILE_NAMES, hostileFixture, OPEN_LLM, sweepFixtureFromFile } from './sweepFixture.js';

const PROVENANCE: ReportProvenance = { generatedAt: '2026-01-15T12:00:00.000Z', dataFiles: [] };

/** The data-model values of the order figure's labels, unescaped. */
function orderLabels(html: string): string[] {
  const start = html.indexOf('id="order-figure"');
  const part = html.slice(start, html.indexOf('</svg>', start));
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
  return [...part.matchAll(/class="model-label" data-model="([^"]*)"/g)].map((m) => m[1].replace(/&(lt|gt|quot|#39|amp);/g, (e) => entities[e]));
}

describe('the round-order section of the report', () => {
  it('is there only when the order analysis ran', () => {
    const sweep = sweepFixtureFromFile(HELM_LITE);
    expect(renderReportHtml(sweep, PROVENANCE)).not.toContain('order-figure');
    const html = renderReportHtml(sweep, PROVENANCE, orderFixture(sweep));
    expect(html).toContain('<section id="round-order">');
    expect(html).toContain('id="order-figure"');
    expect(html.match(/<svg/g)).toHaveLength(3);
    // Every model, best first under the canonical order, and the reading aids.
    expect(orderLabels(html)).toEqual(sweep.models.map((m) => m.name));
    expect(html).toContain('Kendall’s tau-b between each order’s ranking and the canonical one: min 0.810, mean 0.900');
    expect(html).toContain('re-run on seed 2) gives 0.996');
    expect(html).toContain('<table id="order-rounds">');
    expect(html).toContain('rank range across the 20 orders');
  });

  it('escapes hostile model and round names everywhere, and no name breaks out of its element', () => {
    const sweep = hostileFixture();
    const html = renderReportHtml(sweep, PROVENANCE, orderFixture(sweep));
    expect(withoutOwnScripts(html)).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>/);
    expect(html).not.toMatch(/\son\w+=["']/);
    expect(html.match(/<svg/g)).toHaveLength(3);
    expect(html.match(/<\/svg>/g)).toHaveLength(3);
    expect(orderLabels(html)).toEqual(sweep.models.map((m) => m.name));
    expect(new Set(orderLabels(html))).toEqual(new Set(HOSTILE_NAMES));
    const section = html.slice(html.indexOf('<section id="round-order">'), html.indexOf('<section id="results">'));
    expect(section).toContain('<td>MMLU &lt;5-shot&gt;</td>');
    expect(section).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('over 150 models shows the top and bottom 25 with a note, as the main figure does', () => {
    const sweep = sweepFixtureFromFile(OPEN_LLM);
    const html = renderReportHtml(sweep, PROVENANCE, orderFixture(sweep));
    const expected = [...sweep.models.slice(0, 25), ...sweep.models.slice(-25)].map((m) => m.name);
    expect(orderLabels(html)).toEqual(expected);
    expect(html).toContain('the top 25 and the bottom 25 models by canonical rank; the 4,446 between them are omitted');
  });

  it('is deterministic and never prints NaN, even for one model', () => {
    const sweep = sweepFixtureFromFile(HELM_LITE);
    expect(renderReportHtml(sweep, PROVENANCE, orderFixture(sweep))).toBe(renderReportHtml(sweep, PROVENANCE, orderFixture(sweep)));
    const one = { ...sweep, models: sweep.models.slice(0, 1) };
    const html = renderReportHtml(one, PROVENANCE, orderFixture(one));
    expect(html).toContain('id="order-figure"');
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});
