/**
 * The HTML report of a failure-sensitivity sweep: one self-contained page (inline CSS and SVG,
 * no scripts, nothing fetched; a Content-Security-Policy forbids any request) with the
 * explanation and run summary, the paper's two figures, the round-order figure when the order
 * analysis ran, the results table and provenance.
 * Pure: the same result and provenance always give the same string. Cost: O(models) apart from
 * scatter label placement (see labelPlacement.ts).
 */
import type { OrderResult } from '../../analyses/orderResult.js';
import type { SweepResult } from '../../analyses/sweepResult.js';
import { thousands } from './format.js';
import { mainFigure } from './mainFigure.js';
import { orderSection } from './orderSection.js';
import { PAGE_STYLE } from './pageStyle.js';
import { provenanceSection, type ReportProvenance } from './provenance.js';
import { intervalLegend } from './intervalLegend.js';
import { resultsTable } from './resultsTable.js';
import { scatterFigure } from './scatterFigure.js';
import { introduction, runSummary } from './summary.js';
import { escapeHtml } from './svg.js';

export type { ReportProvenance } from './provenance.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * @example
 * writeFileSync('report.html', renderReportHtml(result, { generatedAt: new Date().toISOString(), dataFiles: [] }));
 */
export function renderReportHtml(result: SweepResult, provenance: ReportProvenance, order?: OrderResult): string {
  const title = `Failure sensitivity of ${thousands(result.models.length)} models (CSD)`;
  const files = provenance.dataFiles.map((f) => f.path);
  const shownFiles = (files.length > 0 ? files : result.source.files).join(', ');
  const subtitle = `${result.tool} ${result.version} · ${shownFiles} · generated ${provenance.generatedAt}`;
  const tableIntro =
    `All ${thousands(result.models.length)} models, ranked by E at T = ${result.sweep[result.sweep.length - 1]} ` +
    '(models with exactly equal E share a rank). Every ± is one Monte Carlo standard error: the error of averaging ' +
    `${thousands(result.iterations)} simulated tournaments (the luck of the pairings), not noise in the benchmark ` +
    'scores; the drop\u2019s is paired (every T replays the same tournament seeds). The standing is a model\u2019s ' +
    'final place in one tournament: 5\u201395% is its spread across tournaments, not a confidence interval. ' +
    '\u201cuncertain\u201d marks a profile within ' +
    `${result.profileRule.uncertainWithinSE} standard errors of a boundary of the rule: more tournaments may change it.`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="${escapeHtml(`${result.tool} ${result.version}`)}">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">${escapeHtml(subtitle)}</p>
</header>
<section id="overview">
${introduction(result)}
<h2>What was run</h2>
${runSummary(result)}
</section>
<section id="expected-scores">
<h2>Expected Win Score at each elimination setting</h2>
${mainFigure(result)}
</section>
<section id="base-drop">
<h2>Base against drop: robust generalists and aggressive specialists</h2>
${scatterFigure(result)}
</section>
${order ? `<section id="round-order">\n<h2>Round order: how much the ranking depends on it</h2>\n${orderSection(order)}\n</section>\n` : ''}<section id="results">
<h2>Results</h2>
<p>${escapeHtml(tableIntro)}</p>
${resultsTable(result)}
${intervalLegend(result)}
</section>
<section id="provenance">
<h2>Provenance</h2>
${provenanceSection(result, provenance)}
</section>
</main>
</body>
</html>
`;
}
