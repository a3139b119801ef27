/**
 * Axes and gridlines for the report's charts as SVG markup: ticks from a d3 linear scale, a
 * horizontal or vertical axis line with tick labels, and light gridlines across the plot.
 */
import type { ScaleLinear } from 'd3-scale';
import { tag } from './svg.js';

export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const MINUS = '\u2212';

/** Tick values and their labels (d3's choice of round numbers; minus signs typographic). */
export function ticks(scale: ScaleLinear<number, number>, count: number): { value: number; label: string }[] {
  const format = scale.tickFormat(count);
  return scale.ticks(count).map((value) => ({ value, label: format(value).replace('-', MINUS) }));
}

/** Horizontal gridlines at the y ticks, and a vertical axis at `side` with its labels. */
export function verticalAxis(
  scale: ScaleLinear<number, number>,
  area: PlotArea,
  options: { side: 'left' | 'right'; count: number; grid: boolean },
): string {
  const x = options.side === 'left' ? area.left : area.right;
  const dir = options.side === 'left' ? -1 : 1;
  let out = '';
  for (const t of ticks(scale, options.count)) {
    const y = scale(t.value);
    if (options.grid) out += tag('line', { class: gridClass(t.value), x1: area.left, x2: area.right, y1: y, y2: y });
    out += tag('line', { class: 'tick', x1: x, x2: x + dir * 5, y1: y, y2: y });
    out += tag(
      'text',
      { class: 'tick-label', x: x + dir * 8, y, dy: '0.35em', 'text-anchor': dir < 0 ? 'end' : 'start' },
      t.label,
    );
  }
  out += tag('line', { class: 'axis', x1: x, x2: x, y1: area.top, y2: area.bottom });
  return tag('g', { class: `axis-${options.side}` }, out);
}

/** Vertical gridlines at the x ticks, and a horizontal axis along the bottom with its labels. */
export function horizontalAxis(
  scale: ScaleLinear<number, number>,
  area: PlotArea,
  options: { count: number; grid: boolean },
): string {
  let out = '';
  for (const t of ticks(scale, options.count)) {
    const x = scale(t.value);
    if (options.grid) out += tag('line', { class: gridClass(t.value), x1: x, x2: x, y1: area.top, y2: area.bottom });
    out += tag('line', { class: 'tick', x1: x, x2: x, y1: area.bottom, y2: area.bottom + 5 });
    out += tag('text', { class: 'tick-label', x, y: area.bottom + 8, dy: '0.8em', 'text-anchor': 'middle' }, t.label);
  }
  out += tag('line', { class: 'axis', x1: area.left, x2: area.right, y1: area.bottom, y2: area.bottom });
  return tag('g', { class: 'axis-bottom' }, out);
}

/** The zero line is drawn darker than the other gridlines. */
function gridClass(value: number): string {
  return value === 0 ? 'zero' : 'grid';
}
