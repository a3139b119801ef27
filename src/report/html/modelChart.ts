/**
 * The frame of a per-model chart (the main figure, the order figure): the model columns along x
 * (modelColumns.ts), a y axis on both sides with gridlines, the axis titles and a legend above, the
 * marks each figure draws per model in between. Returns the SVG; the figure adds note and caption.
 * O(models).
 */
import type { ScaleLinear } from 'd3-scale';
import { verticalAxis, type PlotArea } from './axes.js';
import { gapMarker, gapOf, LABEL_FONT, modelColumns, modelLabel, xAxisLine } from './modelColumns.js';
import type { ShownModels } from './modelSelection.js';
import { escapeHtml, tag, translate } from './svg.js';

const PLOT_HEIGHT = 400;

export interface ModelChart {
  /** The SVG's id; its caption is `<id>-caption`. */
  readonly id: string;
  /** The models' names in result order. */
  readonly names: readonly string[];
  /** Room above the plot for the legend. */
  readonly plotTop: number;
  /** The legend, starting at x0; `right` is where it ends. */
  legend(x0: number): { markup: string; right: number };
  yScale(area: PlotArea): ScaleLinear<number, number>;
  /** The marks of model `index` (into the result's models) in its column at x. */
  marks(index: number, x: number, y: ScaleLinear<number, number>): string;
  readonly yTitle: string;
  readonly xTitle: string;
}

export function modelChart(chart: ModelChart): { svg: string; shown: ShownModels } {
  const layout = modelColumns(chart.names);
  const { shown, columns, plotWidth } = layout;
  const left = Math.max(72, layout.labelLeft);
  const area: PlotArea = { left, top: chart.plotTop, right: left + plotWidth, bottom: chart.plotTop + PLOT_HEIGHT };
  const key = chart.legend(area.left);
  const width = Math.ceil(Math.max(area.right + 64, key.right + 16));
  const height = Math.ceil(area.bottom + 10 + layout.labelDepth + LABEL_FONT + 44);

  const y = chart.yScale(area);
  let body = verticalAxis(y, area, { side: 'left', count: 8, grid: true });
  body += verticalAxis(y, area, { side: 'right', count: 8, grid: false });
  const gap = gapOf(layout, area);
  if (gap) body += gapMarker(area, gap, shown.omitted);
  body += xAxisLine(area, gap);
  for (const c of columns) body += chart.marks(c.index, area.left + c.x, y);
  for (const c of columns) body += modelLabel(c, area.left + c.x, area.bottom + 8);
  body += key.markup;
  body += tag(
    'text',
    {
      class: 'axis-title',
      transform: translate(area.left - 46, (area.top + area.bottom) / 2, -90),
      'text-anchor': 'middle',
    },
    escapeHtml(chart.yTitle),
  );
  body += tag(
    'text',
    { class: 'axis-title', x: area.left + Math.min(plotWidth, 1100) / 2, y: height - 12, 'text-anchor': 'middle' },
    escapeHtml(chart.xTitle),
  );
  const svg = tag(
    'svg',
    {
      id: chart.id,
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${chart.id}-caption`,
    },
    body,
  );
  return { svg, shown };
}
