/**
 * The paper's main figure as inline SVG: models along x in result order (by E at the last, i.e.
 * harshest, T), one marker per sweep value joined by a vertical line, y = Expected Win Score
 * with Monte Carlo 95% error bars. The SVG widens with the model count; labels are rotated -60 degrees with
 * a column step that keeps neighbours apart. Over MANY_MODELS models: top and bottom 25 and a gap.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { SweepModel, SweepResult } from '../../analyses/sweepResult.js';
import type { PlotArea } from './axes.js';
import { fixed, thousands } from './format.js';
import { modelChart } from './modelChart.js';
import { KEEP_EACH_END, type ShownModels } from './modelSelection.js';
import { sweepStyle } from './palette.js';
import { profileNote } from './profileNote.js';
import { escapeHtml, num, tag, translate } from './svg.js';
import { textWidth } from './textWidth.js';

const LEGEND_FONT = 12.5;
const PLOT_TOP = 62;
const Z95 = 1.96;

/** The figure: a note when models are left out, the scrollable SVG, and its caption. */
export function mainFigure(result: SweepResult): string {
  const { svg, shown } = modelChart({
    id: 'main-figure',
    names: result.models.map((m) => m.name),
    plotTop: PLOT_TOP,
    legend: (x0) => legend(result, x0, 22),
    yScale: (area) => yScale(result.models, area),
    marks: (index, x, y) => modelMarks(result, result.models[index], x, y),
    yTitle: 'Expected Win Score E[S]',
    xTitle: `Models, best first by E at T = ${lastT(result)}`,
  });
  return (
    `<figure class="chart">${omissionNote(result, shown)}<div class="scroll">${svg}</div>` +
    `<figcaption id="main-figure-caption">${escapeHtml(caption(result))}</figcaption></figure>`
  );
}

function omissionNote(result: SweepResult, shown: ShownModels): string {
  if (shown.omitted === 0) return '';
  const text =
    `${thousands(result.models.length)} models are too many to draw legibly: the figure shows the top ` +
    `${KEEP_EACH_END} and the bottom ${KEEP_EACH_END} by E at T = ${lastT(result)}; the ` +
    `${thousands(shown.omitted)} models between them are omitted here (marked by the grey gap) and listed in ` +
    'the results table.';
  return `<p class="note">${escapeHtml(text)}</p>`;
}

function caption(result: SweepResult): string {
  const ts = result.sweep.map((t) => `T = ${t}`).join(', ');
  return (
    `Figure 1. Expected Win Score of each model under every elimination setting (${ts}), ordered by E at ` +
    `T = ${lastT(result)}. The vertical line spans one model's values: a long line means the model loses many ` +
    'points when the weakest are eliminated each round. Bars show Monte Carlo 95% intervals (E ± 1.96 SE), mostly ' +
    'smaller than the markers: the error of averaging the simulated tournaments, not noise in the benchmark ' +
    'scores. Hover a model for its numbers; scroll sideways for more models.'
  );
}

function lastT(result: SweepResult): string {
  return result.sweep.length > 0 ? String(result.sweep[result.sweep.length - 1]) : '?';
}

function yScale(models: readonly SweepModel[], area: PlotArea): ScaleLinear<number, number> {
  let low = 0;
  let high = 1;
  for (const m of models) {
    for (const p of m.results) {
      low = Math.min(low, p.expectedScore - Z95 * p.stdError);
      high = Math.max(high, p.expectedScore + Z95 * p.stdError);
    }
  }
  return scaleLinear().domain([low, high]).range([area.bottom, area.top]).nice(8);
}

/** One model's column: tooltip, the vertical line across its values, error bars, then markers. */
function modelMarks(result: SweepResult, model: SweepModel, x: number, y: (v: number) => number): string {
  const values = model.results.map((p) => p.expectedScore);
  let out = tag('title', {}, escapeHtml(tooltip(model)));
  if (values.length > 1) {
    out += tag('line', { class: 'span', x1: x, x2: x, y1: y(Math.min(...values)), y2: y(Math.max(...values)) });
  }
  model.results.forEach((p, i) => {
    const top = num(y(p.expectedScore + Z95 * p.stdError));
    const bottom = num(y(p.expectedScore - Z95 * p.stdError));
    const d = `M${num(x)},${top}V${bottom}M${num(x - 2.5)},${top}h5M${num(x - 2.5)},${bottom}h5`;
    out += tag('path', { class: 'error-bar', stroke: sweepStyle(sweepIndex(result, p.elimination, i)).colour, d });
  });
  model.results.forEach((p, i) => {
    const style = sweepStyle(sweepIndex(result, p.elimination, i));
    const transform = translate(x, y(p.expectedScore));
    out += tag('path', { class: 'mark', fill: style.colour, d: style.marker, transform });
  });
  return tag('g', { class: 'model-marks', 'data-model': model.name }, out);
}

function sweepIndex(result: SweepResult, elimination: number, fallback: number): number {
  const i = result.sweep.indexOf(elimination);
  return i >= 0 ? i : fallback;
}

function tooltip(model: SweepModel): string {
  const values = model.results.map(
    (p) => `T = ${p.elimination}: E = ${fixed(p.expectedScore, 3)} ± ${fixed(p.stdError, 3)} (rank ${p.rank})`,
  );
  const drop = `drop ${fixed(model.drop, 3)} ± ${fixed(model.dropStdError, 3)}; ${profileNote(model)}`;
  return [model.name, ...values, drop, '± one Monte Carlo standard error'].join('\n');
}

/** Above the plot: one marker per sweep value, then what the line and bars mean; `right` is where it ends. */
function legend(result: SweepResult, x0: number, y: number): { markup: string; right: number } {
  const title = 'Models eliminated per round:';
  let out = tag('text', { class: 'legend-title', x: x0, y, dy: '0.35em' }, title);
  let x = x0 + textWidth(title, LEGEND_FONT, true) + 16;
  result.sweep.forEach((t, i) => {
    const style = sweepStyle(i);
    const text = `T = ${t}${legendNote(result, i)}`;
    out += tag('path', { class: 'mark', fill: style.colour, d: style.marker, transform: translate(x + 6, y) });
    out += tag('text', { class: 'legend-text', x: x + 16, y, dy: '0.35em' }, escapeHtml(text));
    x += 16 + textWidth(text, LEGEND_FONT) + 22;
  });
  const explanation =
    'vertical line: one model\u2019s values across T;  bars: Monte Carlo 95% interval (E ± 1.96 SE), simulation error only';
  out += tag('line', { class: 'span', x1: x0 + 6, x2: x0 + 6, y1: y + 16, y2: y + 30 });
  out += tag('text', { class: 'legend-text', x: x0 + 16, y: y + 23, dy: '0.35em' }, explanation);
  const right = Math.max(x - 22, x0 + 16 + textWidth(explanation, LEGEND_FONT));
  return { markup: tag('g', { class: 'legend' }, out), right };
}

/** " (base)" for the first sweep value, " (sets the order)" for the last. */
function legendNote(result: SweepResult, i: number): string {
  const last = result.sweep.length - 1;
  const harshest = result.sweep[last] === Math.max(...result.sweep) ? 'harshest; ' : '';
  if (i === 0 && last === 0) return ' (base; sets the order)';
  if (i === 0) return ' (base)';
  return i === last ? ` (${harshest}sets the order)` : '';
}
