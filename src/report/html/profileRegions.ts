/**
 * The profile regions of the scatter (SPEC.md "Failure Sensitivity Analysis"; the rule is in
 * run/profiles.ts): quadrants split at the median base and drop, the band the "in between"
 * models span, the region names and the dashed median lines with their notes. Names and notes
 * come with their boxes, which scatter labels must avoid.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Profile, SweepResult } from '../../analyses/sweepResult.js';
import type { PlotArea } from './axes.js';
import type { Box } from './boxes.js';
import { fixed } from './format.js';
import { PROFILE_COLOURS, profileClass } from './palette.js';
import { escapeHtml, tag } from './svg.js';
import { textWidth } from './textWidth.js';

type Scale = ScaleLinear<number, number>;

export interface Medians {
  readonly base: number;
  readonly drop: number;
}

/** Text drawn in the plot at a fixed place, with the box it occupies. */
export interface FixedText {
  readonly box: Box;
  readonly markup: string;
}

const CAPTION_FONT = 13;
const NOTE_FONT = 10.5;

/** Shaded regions: weak left of the median base; right of it, robust above and aggressive below the median drop. */
export function profileRegions(result: SweepResult, x: Scale, y: Scale, area: PlotArea): string {
  const mx = clamp(x(result.profileRule.baseMedian), area.left, area.right);
  const my = clamp(y(result.profileRule.dropMedian), area.top, area.bottom);
  let out = rect('weak', area.left, area.top, mx, area.bottom);
  out += rect('robust generalist', mx, area.top, area.right, my);
  out += rect('aggressive specialist', mx, my, area.right, area.bottom);
  const between = result.models.filter((m) => m.profile === 'in between');
  if (between.length > 0) {
    // The drops the "in between" models span (the rule's band depends on each model's SE),
    // always including the median drop and at least 6 px tall.
    const ys = between.map((m) => y(m.drop)).concat(my);
    const centre = (Math.min(...ys) + Math.max(...ys)) / 2;
    const half = Math.max(3, (Math.max(...ys) - Math.min(...ys)) / 2 + 2);
    const left = clamp(Math.min(mx, ...between.map((m) => x(m.base) - 6)), area.left, area.right);
    const top = clamp(centre - half, area.top, area.bottom);
    const bottom = clamp(centre + half, area.top, area.bottom);
    // On a white underlay, so the band shows one colour over both quadrants it crosses.
    out += rect(null, left, top, area.right, bottom);
    out += rect('in between', left, top, area.right, bottom);
  }
  return tag('g', { class: 'regions' }, out);
}

/** A region's tint, or the white underlay when `profile` is null; nothing when empty. */
function rect(profile: Profile | null, x1: number, y1: number, x2: number, y2: number): string {
  if (x2 - x1 <= 0 || y2 - y1 <= 0) return '';
  const geometry = { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
  if (profile === null) return tag('rect', { fill: '#fff', ...geometry });
  return tag('rect', { class: `region ${profileClass(profile)}`, fill: PROFILE_COLOURS[profile], ...geometry });
}

/** The region names, in the outer corners of their regions (when the region has room). */
export function regionCaptions(x: Scale, y: Scale, area: PlotArea, medians: Medians): FixedText[] {
  const mx = clamp(x(medians.base), area.left, area.right);
  const my = clamp(y(medians.drop), area.top, area.bottom);
  const out: FixedText[] = [];
  const place = (profile: Profile, text: string, corner: 'top-right' | 'bottom-right' | 'top-left') => {
    const w = textWidth(text, CAPTION_FONT);
    const left = corner === 'top-left' ? area.left + 8 : area.right - 8 - w;
    const top = corner === 'bottom-right' ? area.bottom - 8 - CAPTION_FONT - 2 : area.top + 8;
    const fill = PROFILE_COLOURS[profile];
    out.push({
      box: { left: left - 2, top: top - 2, right: left + w + 2, bottom: top + CAPTION_FONT + 4 },
      markup: tag(
        'text',
        { class: 'region-caption', fill, x: left, y: top + CAPTION_FONT / 2 + 1, dy: '0.35em' },
        escapeHtml(text),
      ),
    });
  };
  if (area.right - mx > 160 && my - area.top > 30) place('robust generalist', 'robust generalists', 'top-right');
  if (area.right - mx > 180 && area.bottom - my > 30) {
    place('aggressive specialist', 'aggressive specialists', 'bottom-right');
  }
  if (mx - area.left > 200) place('weak', 'weak (base below median)', 'top-left');
  return out;
}

/** Dashed lines at the medians (those inside the plot). */
export function medianLines(x: Scale, y: Scale, area: PlotArea, medians: Medians): string {
  const mx = x(medians.base);
  const my = y(medians.drop);
  let out = '';
  if (mx >= area.left && mx <= area.right) {
    out += tag('line', { class: 'median', x1: mx, x2: mx, y1: area.top, y2: area.bottom });
  }
  if (my >= area.top && my <= area.bottom) {
    out += tag('line', { class: 'median', x1: area.left, x2: area.right, y1: my, y2: my });
  }
  return out;
}

/** Notes naming the median lines: at the foot of the vertical one, at the left end of the horizontal one. */
export function medianLabels(x: Scale, y: Scale, area: PlotArea, medians: Medians): FixedText[] {
  const out: FixedText[] = [];
  const note = (text: string, left: number, top: number) => {
    const w = textWidth(text, NOTE_FONT);
    out.push({
      box: { left: left - 1, top, right: left + w + 1, bottom: top + 14 },
      markup: tag('text', { class: 'median-label', x: left, y: top + 7, dy: '0.35em' }, escapeHtml(text)),
    });
  };
  const mx = x(medians.base);
  const my = y(medians.drop);
  if (mx >= area.left && mx <= area.right) note(`median base ${fixed(medians.base, 2)}`, mx + 4, area.bottom - 16);
  if (my >= area.top && my <= area.bottom) note(`median drop ${fixed(medians.drop, 2)}`, area.left + 6, my + 2);
  return out;
}

function clamp(v: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, v));
}
