/**
 * The profile regions of the scatter, drawn from the rule's own numbers (analyses/profiles.ts):
 * weak left of the median base; right of it, robust above the reference drop plus the margin,
 * aggressive below it minus the margin, the "in between" band between them. Also the region
 * names and the dashed lines with their notes, whose boxes scatter labels avoid. O(1).
 */
import type { ScaleLinear } from 'd3-scale';
import type { Profile, ProfileRule } from '../../analyses/sweepResult.js';
import type { PlotArea } from './axes.js';
import type { Box } from './boxes.js';
import { fixed } from './format.js';
import { PROFILE_COLOURS, profileClass } from './palette.js';
import { escapeHtml, tag } from './svg.js';
import { textWidth } from './textWidth.js';

type Scale = ScaleLinear<number, number>;

/** Text drawn in the plot at a fixed place, with the box it occupies. */
export interface FixedText {
  readonly box: Box;
  readonly markup: string;
}

/** A region in plot coordinates (px), clipped to the plot. */
export interface Region extends Box {
  readonly profile: Profile;
}

const CAPTION_FONT = 13;
const NOTE_FONT = 10.5;

/** The four regions of the rule in px (an empty one has no height or width). */
export function regionBoxes(rule: ProfileRule, x: Scale, y: Scale, area: PlotArea): Region[] {
  const mx = clamp(x(rule.baseMedian), area.left, area.right);
  const robust = clamp(y(rule.robustAbove), area.top, area.bottom);
  const aggressive = clamp(y(rule.aggressiveBelow), area.top, area.bottom);
  return [
    { profile: 'weak', left: area.left, top: area.top, right: mx, bottom: area.bottom },
    { profile: 'robust generalist', left: mx, top: area.top, right: area.right, bottom: robust },
    { profile: 'in between', left: mx, top: robust, right: area.right, bottom: aggressive },
    { profile: 'aggressive specialist', left: mx, top: aggressive, right: area.right, bottom: area.bottom },
  ];
}

/** The regions as tinted rectangles. */
export function profileRegions(rule: ProfileRule, x: Scale, y: Scale, area: PlotArea): string {
  return tag('g', { class: 'regions' }, regionBoxes(rule, x, y, area).map(rect).join(''));
}

function rect(r: Region): string {
  if (r.right - r.left <= 0 || r.bottom - r.top <= 0) return '';
  const geometry = { x: r.left, y: r.top, width: r.right - r.left, height: r.bottom - r.top };
  return tag('rect', { class: `region ${profileClass(r.profile)}`, fill: PROFILE_COLOURS[r.profile], ...geometry });
}

/** The region names, in the outer corners of their regions (when the region has room). */
export function regionCaptions(rule: ProfileRule, x: Scale, y: Scale, area: PlotArea): FixedText[] {
  const out: FixedText[] = [];
  for (const region of regionBoxes(rule, x, y, area)) {
    const text = CAPTIONS[region.profile];
    const w = textWidth(text, CAPTION_FONT, true);
    if (region.right - region.left < w + 40 || region.bottom - region.top < CAPTION_FONT + 16) continue;
    const left = region.profile === 'weak' ? region.left + 8 : region.right - 8 - w;
    const top =
      region.profile === 'aggressive specialist'
        ? region.bottom - 8 - CAPTION_FONT - 2
        : region.top + 6;
    out.push({
      box: { left: left - 2, top: top - 2, right: left + w + 2, bottom: top + CAPTION_FONT + 4 },
      markup: tag(
        'text',
        { class: 'region-caption', fill: PROFILE_COLOURS[region.profile], x: left, y: top + CAPTION_FONT / 2 + 1, dy: '0.35em' },
        escapeHtml(text),
      ),
    });
  }
  return out;
}

const CAPTIONS: Readonly<Record<Profile, string>> = {
  weak: 'weak (base below median)',
  'robust generalist': 'robust generalists',
  'in between': 'in between',
  'aggressive specialist': 'aggressive specialists',
};

/** Dashed lines at the median base and the reference drop (those inside the plot). */
export function medianLines(rule: ProfileRule, x: Scale, y: Scale, area: PlotArea): string {
  const mx = x(rule.baseMedian);
  const my = y(rule.dropMedian);
  let out = '';
  if (mx >= area.left && mx <= area.right) {
    out += tag('line', { class: 'median', x1: mx, x2: mx, y1: area.top, y2: area.bottom });
  }
  if (my >= area.top && my <= area.bottom) {
    out += tag('line', { class: 'median', x1: Math.max(area.left, mx), x2: area.right, y1: my, y2: my });
  }
  return out;
}

/** Notes naming the lines: at the foot of the vertical one, at the left end of the horizontal one. */
export function medianLabels(rule: ProfileRule, x: Scale, y: Scale, area: PlotArea): FixedText[] {
  const out: FixedText[] = [];
  const note = (text: string, left: number, top: number) => {
    const w = textWidth(text, NOTE_FONT);
    out.push({
      box: { left: left - 1, top, right: left + w + 1, bottom: top + 14 },
      markup: tag('text', { class: 'median-label', x: left, y: top + 7, dy: '0.35em' }, escapeHtml(text)),
    });
  };
  const mx = x(rule.baseMedian);
  const my = y(rule.dropMedian);
  if (mx >= area.left && mx <= area.right) note(`median base ${fixed(rule.baseMedian, 2)}`, mx + 4, area.bottom - 16);
  if (my >= area.top && my <= area.bottom) {
    const text = `reference drop ${fixed(rule.dropMedian, 3)} ± margin ${fixed(rule.dropMargin, 3)}`;
    // On the line's left end, or flush right where the line is too short to hold it.
    const left = Math.min(Math.max(area.left, mx) + 6, area.right - 4 - textWidth(text, NOTE_FONT));
    note(text, Math.max(area.left + 2, left), my + 2);
  }
  return out;
}

function clamp(v: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, v));
}
