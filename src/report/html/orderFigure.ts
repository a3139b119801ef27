/**
 * The round-order figure as inline SVG: models along x by canonical rank (the x axis the main
 * figure uses), y = rank (1 at the top); per model a bar from its best to its worst rank across
 * the orders played, a tick at the median, and a diamond at its rank under the canonical order.
 * O(models).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { OrderModel, OrderResult } from '../../analyses/orderResult.js';
import { verticalAxis, type PlotArea } from './axes.js';
import { fixed, thousands } from './format.js';
import { gapMarker, gapOf, LABEL_FONT, modelColumns, modelLabel, xAxisLine } from './modelColumns.js';
import { KEEP_EACH_END } from './modelSelection.js';
import { ORDER_CANONICAL, ORDER_RANGE_COLOUR } from './palette.js';
import { escapeHtml, num, tag, translate } from './svg.js';
import { textWidth } from './textWidth.js';

const LEGEND_FONT = 12.5;
const PLOT_HEIGHT = 400;
const PLOT_TOP = 44;

export function orderFigure(result: OrderResult): string {
  const layout = modelColumns(result.models.map((m) => m.name));
  const { shown, columns, plotWidth } = layout;
  const left = Math.max(72, layout.labelLeft);
  const area: PlotArea = { left, top: PLOT_TOP, right: left + plotWidth, bottom: PLOT_TOP + PLOT_HEIGHT };
  const key = legend(result, area.left, 18);
  const width = Math.ceil(Math.max(area.right + 64, key.right + 16));
  const height = Math.ceil(area.bottom + 10 + layout.labelDepth + LABEL_FONT + 44);
  const y = scaleLinear().domain([1, Math.max(2, result.models.length)]).range([area.top, area.bottom]);

  let body = verticalAxis(y, area, { side: 'left', count: 8, grid: true });
  body += verticalAxis(y, area, { side: 'right', count: 8, grid: false });
  const gap = gapOf(layout, area);
  if (gap) body += gapMarker(area, gap, shown.omitted);
  body += xAxisLine(area, gap);
  for (const c of columns) body += modelMarks(result.models[c.index], area.left + c.x, y);
  for (const c of columns) body += modelLabel(c, area.left + c.x, area.bottom + 8);
  body += key.markup;
  body += tag(
    'text',
    { class: 'axis-title', transform: translate(area.left - 46, (area.top + area.bottom) / 2, -90), 'text-anchor': 'middle' },
    'Rank (1 = best)',
  );
  body += tag(
    'text',
    { class: 'axis-title', x: area.left + Math.min(plotWidth, 1100) / 2, y: height - 12, 'text-anchor': 'middle' },
    'Models, best first under the canonical order',
  );
  const svg = tag(
    'svg',
    {
      id: 'order-figure',
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'order-figure-caption',
    },
    body,
  );
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

