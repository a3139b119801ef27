/**
 * The HTML report of a failure-sensitivity sweep: one self-contained page (inline CSS and SVG,
 * one inline script allowed by its hash, nothing fetched; a Content-Security-Policy forbids any
 * request) with the explanation and run summary, the paper's two figures, the round-order figure
 * when the order analysis ran, with a ranking explanation the CSD-against-mean slope chart and the
 * pairwise heatmap, the searchable, sortable results table with details rows, and provenance.
 * Pure: the same result and provenance always give the same string. Cost: O(models) apart from
 * scatter label placement (see labelPlacement.ts).
 */
import type { OrderResult } from '../../analyses/orderResult.js';
import type { RankingExplanation } from '../../analyses/rankingExplanation.js';
import type { SweepResult } from '../../analyses/sweepResult.js';
import { thousands } from './format.js';
import { mainFigure } from './mainFigure.js';
import { modelDataIsland } from './modelDataIsland.js';
import { orderSection } from './orderSection.js';
import { pairwiseCaption, pairwiseHeatmap } from './pairwiseHeatmap.js';
import { PAGE_STYLE } from './pageStyle.js';
import { provenanceSection, type ReportProvenance } from './provenance.js';
import { rankSlopeChart, slopeCaption } from './rankSlopeChart.js';
import { intervalLegend } from './intervalLegend.js';
import { resultsTable } from './resultsTable.js';
import { scatterFigure } from './scatterFigure.js';
import { introduction, runSummary } from './summary.js';
import { escapeHtml } from './svg.js';
import { TABLE_SCRIPT, TABLE_SCRIPT_HASH } from './tableScript.js';

export type { ReportProvenance } from './provenance.js';

const CSP = `default-src 'none'; script-src ${TABLE_SCRIPT_HASH}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;

/**
 * @example
 * writeFileSync('report.html', renderReportHtml(result, { generatedAt: new Date().toISOString(), dataFiles: [] }));
 */
export function renderReportHtml(
  result: SweepResult,
  provenance: ReportProvenance,
  order?: OrderResult,
  explanation?: RankingExplanation,
): string {
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
    `${result.profileRule.uncertainWithinSE} standard errors of a boundary of the rule: more tournaments may change it. ` +
    'Find a model by name, sort by any column (click its header), and click a model\u2019s name for its record round by round.';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="${escapeHtml(`${result.tool} ${result.version}`)}">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
<noscript><style>tbody.all-rows { display: table-row-group; } .table-tools { display: none; }</style></noscript>
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
${explanation ? explanationSections(result, explanation) : ''}${order ? `<section id="round-order">\n<h2>Round order: how much the ranking depends on it</h2>\n${orderSection(order)}\n</section>\n` : ''}<section id="results">
<h2>Results</h2>
<p>${escapeHtml(tableIntro)}</p>
${resultsTable(result, explanation)}
${intervalLegend(result)}
</section>
<section id="provenance">
<h2>Provenance</h2>
${provenanceSection(result, provenance)}
</section>
</main>
${modelDataIsland(result, explanation)}
${TABLE_SCRIPT}
</body>
</html>
`;
}

/** The slope chart against the mean (score tables only) and the pairwise heatmap. */
function explanationSections(result: SweepResult, explanation: RankingExplanation): string {
  const top = explanation.pairwise.models.length;
  const rounds = explanation.rounds.length;
  const slope = explanation.hasBaselines
    ? `<figure class="chart"><div class="scroll">${rankSlopeChart(result, explanation, top)}</div>` +
      `<figcaption id="slope-caption">${escapeHtml(slopeCaption(result, top, result.models.length))}</figcaption></figure>`
    : '<p class="muted">The input was win matrices: there are no scores to average, so no ranking by the mean to compare with.</p>';
  return (
    '<section id="against-mean">\n<h2>CSD against the mean score and the mean win rate</h2>\n' +
    `${slope}\n</section>\n` +
    '<section id="pairwise">\n<h2>Who beats whom: the top models in a match</h2>\n' +
    `<figure class="chart"><div class="scroll">${pairwiseHeatmap(explanation.pairwise, rounds)}</div>` +
    `<figcaption id="pairwise-caption">${escapeHtml(pairwiseCaption(explanation.pairwise, rounds))}</figcaption></figure>\n</section>\n`
  );
}
