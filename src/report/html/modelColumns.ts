/**
 * The x axis the per-model figures share: one column per shown model in result order (the top and
 * bottom KEEP_EACH_END with a grey gap when there are too many), labels rotated -60 degrees with a
 * column step that keeps neighbours apart, the axis line broken at the gap. O(models).
 */
import { scaleBand } from 'd3-scale';
import type { PlotArea } from './axes.js';
import { thousands } from './format.js';
import { shownModels, type ShownModels } from './modelSelection.js';
import { escapeHtml, num, tag, translate } from './svg.js';
import { textWidth, truncateMiddle } from './textWidth.js';

const STEP_MIN = 14; // px per model; with 11 px labels at -60 degrees, neighbours stay 12 px apart
const STEP_MAX = 56;
const TARGET_PLOT_WIDTH = 900;
const GAP_SLOTS = 5;
export const LABEL_FONT = 11;
const LABEL_MAX_WIDTH = 250;
const SIN = Math.sin(Math.PI / 3);
const COS = Math.cos(Math.PI / 3);

export interface ModelColumn {
  /** Index into the result's models. */
  readonly index: number;
  readonly name: string;
  /** Centre, from the plot's left edge. */
  readonly x: number;
  readonly label: string;
  readonly labelWidth: number;
}

export interface ModelColumns {
  readonly shown: ShownModels;
  readonly columns: readonly ModelColumn[];
  readonly step: number;
  readonly plotWidth: number;
  /** The left margin the rotated labels need (they reach left of their column by width * cos 60). */
  readonly labelLeft: number;
  /** How far the rotated labels reach below the axis (width * sin 60). */
  readonly labelDepth: number;
}

/** The columns of `names` (in result order). */
export function modelColumns(names: readonly string[]): ModelColumns {
  const shown = shownModels(names.length);
  const slots = shown.indices.length + (shown.omitted > 0 ? GAP_SLOTS : 0);
  const step = Math.min(STEP_MAX, Math.max(STEP_MIN, TARGET_PLOT_WIDTH / Math.max(1, slots)));
  const keys = shown.indices.map(String);
  if (shown.omitted > 0) keys.splice(shown.gapBefore, 0, ...Array.from({ length: GAP_SLOTS }, (_, i) => `gap${i}`));
  const band = scaleBand<string>().domain(keys).range([0, keys.length * step]);
  const columns = shown.indices.map((index) => {
    const label = truncateMiddle(names[index], LABEL_MAX_WIDTH, LABEL_FONT);
    const x = (band(String(index)) ?? 0) + band.bandwidth() / 2;
    return { index, name: names[index], x, label, labelWidth: textWidth(label, LABEL_FONT) };
  });
  return {
    shown,
    columns,
    step,
    plotWidth: Math.max(slots * step, 240),
    labelLeft: Math.max(...columns.map((c) => c.labelWidth * COS - c.x + 8)),
    labelDepth: Math.max(0, ...columns.map((c) => c.labelWidth)) * SIN,
  };
}

/** Where the gap of left-out models sits in `area` (null when every model is shown). */
export function gapOf(layout: ModelColumns, area: PlotArea): { from: number; to: number } | null {
  const { shown, step } = layout;
  return shown.omitted > 0
    ? { from: area.left + shown.gapBefore * step, to: area.left + (shown.gapBefore + GAP_SLOTS) * step }
    : null;
}

/** A model's rotated label below the axis, carrying its full name (and a tooltip when truncated). */
export function modelLabel(c: ModelColumn, x: number, y: number): string {
  const title = c.label === c.name ? '' : tag('title', {}, escapeHtml(c.name));
  return tag(
    'text',
    {
      class: 'model-label',
      'data-model': c.name,
      transform: translate(x, y, -60),
      'text-anchor': 'end',
      dy: '0.35em',
    },
    title + escapeHtml(c.label),
  );
}

export function xAxisLine(area: PlotArea, gap: { from: number; to: number } | null): string {
  const b = area.bottom;
  if (!gap) return tag('line', { class: 'axis', x1: area.left, x2: area.right, y1: b, y2: b });
  return (
    tag('line', { class: 'axis', x1: area.left, x2: gap.from + 6, y1: b, y2: b }) +
    tag('line', { class: 'axis', x1: gap.to - 6, x2: area.right, y1: b, y2: b }) +
    tag('path', {
      class: 'axis',
      d: `M${num(gap.from + 2)},${num(b + 6)}l8,-12M${num(gap.to - 10)},${num(b + 6)}l8,-12`,
    })
  );
}

/** A grey band where the omitted models would be, saying how many. */
export function gapMarker(area: PlotArea, gap: { from: number; to: number }, omitted: number): string {
  const text = escapeHtml(`… ${thousands(omitted)} models omitted …`);
  return tag(
    'g',
    { class: 'gap' },
    tag('rect', { x: gap.from + 4, y: area.top, width: gap.to - gap.from - 8, height: area.bottom - area.top }) +
      tag(
        'text',
        {
          transform: translate((gap.from + gap.to) / 2, (area.top + area.bottom) / 2, -90),
          'text-anchor': 'middle',
          dy: '0.35em',
        },
        text,
      ),
  );
}
