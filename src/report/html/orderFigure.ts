/**
 * The round-order figure as inline SVG: models along x by canonical rank (the x axis the main
 * figure uses), y = rank (1 at the top); per model a bar from its best to its worst rank across
 * the orders played, a tick at the median, and a diamond at its rank under the canonical order.
 * O(models).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { OrderModel, OrderResult } from '../../analyses/orderResult.js';
import { fixed, thousands } from './format.js';
import { modelChart } from './modelChart.js';
import { KEEP_EACH_END } from './modelSelection.js';
import { ORDER_CANONICAL, ORDER_RANGE_COLOUR } from './palette.js';
import { escapeHtml, tag, translate } from './svg.js';
import { textWidth } from './textWidth.js';

const LEGEND_FONT = 12.5;
const PLOT_TOP = 44;

export function orderFigure(result: OrderResult): string {
  const { svg, shown } = modelChart({
    id: 'order-figure',
    names: result.models.map((m) => m.name),
    plotTop: PLOT_TOP,
    legend: (x0) => legend(result, x0, 18),
    yScale: (area) => scaleLinear().domain([1, Math.max(2, result.models.length)]).range([area.top, area.bottom]),
    marks: (index, x, y) => modelMarks(result.models[index], x, y),
    yTitle: 'Rank (1 = best)',
    xTitle: 'Models, best first under the canonical order',
  });
  const note =
    shown.omitted > 0
      ? `<p class="note">${escapeHtml(
          `The figure shows the top ${KEEP_EACH_END} and the bottom ${KEEP_EACH_END} models by canonical rank; the ` +
            `${thousands(shown.omitted)} between them are omitted here (the grey gap).`,
        )}</p>`
      : '';
  return (
    `<figure class="chart">${note}<div class="scroll">${svg}</div>` +
    `<figcaption id="order-figure-caption">${escapeHtml(caption(result))}</figcaption></figure>`
  );
}

function caption(result: OrderResult): string {
  return (
    `Figure 3. Each model's rank across the ${thousands(result.orders.count)} round orders played: the bar spans its ` +
    'best to its worst rank, the tick marks its median rank, the diamond its rank under the canonical order (the ' +
    'rounds as listed above). A long bar means the ranking of that model depends on the order of the rounds. Every ' +
    'order ran on the same seed; rank differences still include Monte Carlo noise (see the seed-only baseline above).'
  );
}

/** One model: tooltip, the range bar, the median tick, the canonical diamond. */
function modelMarks(model: OrderModel, x: number, y: ScaleLinear<number, number>): string {
  let out = tag('title', {}, escapeHtml(tooltip(model)));
  out += tag('line', { class: 'order-range', stroke: ORDER_RANGE_COLOUR, x1: x, x2: x, y1: y(model.minRank), y2: y(model.maxRank) });
  out += tag('line', { class: 'order-median', x1: x - 5, x2: x + 5, y1: y(model.medianRank), y2: y(model.medianRank) });
  out += tag('path', { class: 'mark', fill: ORDER_CANONICAL.colour, d: ORDER_CANONICAL.marker, transform: translate(x, y(model.canonicalRank)) });
  return tag('g', { class: 'model-marks', 'data-model': model.name }, out);
}

function tooltip(m: OrderModel): string {
  return [
    m.name,
    `canonical order: rank ${m.canonicalRank}, E = ${fixed(m.expectedScore, 3)} ± ${fixed(m.stdError, 3)}`,
    `across orders: rank ${m.minRank} to ${m.maxRank}, median ${m.medianRank}; E ${fixed(m.scoreRange[0], 3)} to ${fixed(m.scoreRange[1], 3)}`,
    `ranked first in ${fixed(m.pFirst * 100, 1)}% of the orders`,
  ].join('\n');
}

/** Above the plot: what the bar, the tick and the diamond mean; `right` is where it ends. */
function legend(result: OrderResult, x0: number, y: number): { markup: string; right: number } {
  const items: [string, string][] = [
    [tag('line', { class: 'order-range', stroke: ORDER_RANGE_COLOUR, x1: 6, x2: 6, y1: -7, y2: 7 }), `rank range across the ${thousands(result.orders.count)} orders`],
    [tag('line', { class: 'order-median', x1: 1, x2: 11, y1: 0, y2: 0 }), 'median rank'],
    [tag('path', { class: 'mark', fill: ORDER_CANONICAL.colour, d: ORDER_CANONICAL.marker, transform: translate(6, 0) }), 'rank under the canonical order'],
  ];
  let out = '';
  let x = x0;
  for (const [mark, text] of items) {
    out += tag('g', { transform: translate(x, y) }, mark);
    out += tag('text', { class: 'legend-text', x: x + 16, y, dy: '0.35em' }, escapeHtml(text));
    x += 16 + textWidth(text, LEGEND_FONT) + 22;
  }
  return { markup: tag('g', { class: 'legend' }, out), right: x - 22 };
}

