/**
 * The paper's second figure as inline SVG: base (E at the first T) against drop (E at the last
 * T minus base), one point per model coloured by profile (a dashed ring when the label is
 * uncertain), the profile regions shaded from the rule's own numbers (profileRegions.ts), and
 * labels placed without overlap (labelPlacement.ts). Labels that find no room are listed under it.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { SweepModel, SweepResult } from '../../analyses/sweepResult.js';
import { horizontalAxis, verticalAxis, type PlotArea } from './axes.js';
import { fixed, plural, thousands } from './format.js';
import { placeLabels, type PlacedLabel } from './labelPlacement.js';
import { KEEP_EACH_END, scatterLabelOrder } from './modelSelection.js';
import { PROFILE_COLOURS, PROFILE_ORDER, profileClass } from './palette.js';
import { profileNote } from './profileNote.js';
import { medianLabels, medianLines, profileRegions, regionCaptions } from './profileRegions.js';
import { scatterLabelTexts } from './scatterLabels.js';
import { escapeHtml, tag, translate } from './svg.js';
import { textWidth } from './textWidth.js';

const WIDTH = 1140;
const LABEL_FONT = 11;
const LABEL_HEIGHT = 13;
const LABEL_MAX_WIDTH = 220;
const LEGEND_FONT = 12.5;
const POINT_RADIUS = 4;
const SMALL_RADIUS = 2.2;

type Scale = ScaleLinear<number, number>;

/** The figure: note, SVG, the "not labelled" line, the profile rule, caption. */
export function scatterFigure(result: SweepResult): string {
  const models = result.models;
  const rule = result.profileRule;
  const plotHeight = models.length > 60 ? 720 : 540;
  const area: PlotArea = { left: 80, top: 58, right: WIDTH - 24, bottom: 58 + plotHeight };
  const height = area.bottom + 58;
  const x = paddedScale(models.map((m) => m.base).concat(rule.baseMedian), [area.left, area.right]);
  // The band's edges are in range, so the plot always shows where "in between" ends.
  const ruleDrops = [rule.dropMedian, rule.robustAbove, rule.aggressiveBelow];
  const y = paddedScale(models.map((m) => m.drop).concat(ruleDrops), [area.bottom, area.top]);
  const medians = { base: rule.baseMedian, drop: rule.dropMedian };

  const { order, limited } = scatterLabelOrder(models, medians);
  const texts = scatterLabelTexts(models.map((m) => m.name), LABEL_FONT, LABEL_MAX_WIDTH);
  const labelled = new Set(order);
  const fixedTexts = [...regionCaptions(rule, x, y, area), ...medianLabels(rule, x, y, area)];
  const placements = placeLabels(
    order.map((i) => ({
      x: x(models[i].base),
      y: y(models[i].drop),
      width: textWidth(texts[i], LABEL_FONT) + 2,
      height: LABEL_HEIGHT,
    })),
    {
      bounds: { left: area.left + 2, top: area.top + 2, right: area.right - 2, bottom: area.bottom - 2 },
      pointRadius: POINT_RADIUS,
      softObstacles: models.flatMap((m, i) => (labelled.has(i) ? [] : [{ x: x(m.base), y: y(m.drop) }])),
      fixedBoxes: fixedTexts.map((t) => t.box),
    },
  );

  let body = profileRegions(rule, x, y, area);
  body += horizontalAxis(x, area, { count: 10, grid: true });
  body += verticalAxis(y, area, { side: 'left', count: 8, grid: true });
  body += medianLines(rule, x, y, area);
  for (const t of fixedTexts) body += t.markup;
  body += points(models, labelled, x, y);
  body += labels(models, order, texts, placements);
  body += legend(models, area.left, 22);
  body += axisTitles(result, area, height);
  const svg = tag(
    'svg',
    {
      id: 'scatter-figure',
      xmlns: 'http://www.w3.org/2000/svg',
      width: WIDTH,
      height,
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': 'scatter-figure-caption',
    },
    body,
  );

  const note = limited ? `<p class="note">${escapeHtml(limitNote(result, order.length))}</p>` : '';
  const ruleLine = `<p class="rule"><strong>Profile rule.</strong> ${escapeHtml(rule.description)} ${ruleNumbers(result)}</p>`;
  return (
    `<figure class="chart">${note}<div class="scroll">${svg}</div>` +
    unlabelledLine(models, order.filter((_, k) => placements[k] === null)) +
    `${ruleLine}<figcaption id="scatter-figure-caption">${escapeHtml(caption(result))}</figcaption></figure>`
  );
}

function limitNote(result: SweepResult, labelCount: number): string {
  return (
    `${thousands(result.models.length)} models are too many to label: only the top ${KEEP_EACH_END} and the ` +
    `bottom ${KEEP_EACH_END} by E at T = ${lastT(result)} and the profile extremes are labelled (larger points); ` +
    `the other ${thousands(result.models.length - labelCount)} are the small points.`
  );
}

/** The numbers the rule used, as a sentence (escaped). */
function ruleNumbers(result: SweepResult): string {
  const rule = result.profileRule;
  const uncertain = result.models.filter((m) => m.profileUncertain).length;
  return escapeHtml(
    `Here: median base ${fixed(rule.baseMedian, 3)} over ${plural(rule.baseMedianModels, 'model')}; reference drop ` +
      `${fixed(rule.dropMedian, 3)}, the median of the ${plural(rule.dropMedianModels, 'model')} that are not weak; ` +
      `margin ${fixed(rule.dropMargin, 3)} (${rule.marginFraction} \u00d7 the mean drop ${fixed(rule.meanDrop, 3)}): robust ` +
      `generalist above ${fixed(rule.robustAbove, 3)}, aggressive specialist below ${fixed(rule.aggressiveBelow, 3)}. ` +
      `${plural(uncertain, 'label')} within ${rule.uncertainWithinSE} standard errors of a boundary ` +
      `${uncertain === 1 ? 'is' : 'are'} marked uncertain (dashed ring).`,
  );
}

function caption(result: SweepResult): string {
  const first = result.sweep[0];
  return (
    `Figure 2. Base (E at T = ${first}) against drop (E at T = ${lastT(result)} minus E at T = ${first}) for every ` +
    'model, coloured by profile. Higher means fewer points lost under elimination. The shaded regions are the ' +
    'profile rule\u2019s: the dashed lines are the median base and the reference drop, and the purple band is ' +
    'the reference drop \u00b1 the margin. A dashed ring marks a label within 2 Monte Carlo standard errors of a ' +
    'boundary. Labels omit the "organisation/" prefix where the rest of the name is unique.'
  );
}

function lastT(result: SweepResult): string {
  return result.sweep.length > 0 ? String(result.sweep[result.sweep.length - 1]) : '?';
}

/** A linear scale over the values with 5% room, kept on one side of zero when the data is. */
function paddedScale(values: readonly number[], range: [number, number]): Scale {
  const finite = values.filter(Number.isFinite);
  const low = finite.length ? Math.min(...finite) : 0;
  const high = finite.length ? Math.max(...finite) : 1;
  if (!(high > low)) return scaleLinear().domain([low - 0.5, high + 0.5]).range(range).nice(10);
  const pad = (high - low) * 0.05;
  const paddedLow = low >= 0 ? Math.max(0, low - pad) : low - pad;
  const paddedHigh = high <= 0 ? Math.min(0, high + pad) : high + pad;
  return scaleLinear().domain([paddedLow, paddedHigh]).range(range).nice(10);
}

function axisTitles(result: SweepResult, area: PlotArea, height: number): string {
  return (
    tag(
      'text',
      { class: 'axis-title', x: (area.left + area.right) / 2, y: height - 14, 'text-anchor': 'middle' },
      escapeHtml(`Base: E at T = ${result.sweep[0] ?? '?'}`),
    ) +
    tag(
      'text',
      { class: 'axis-title', transform: translate(20, (area.top + area.bottom) / 2, -90), 'text-anchor': 'middle' },
      escapeHtml(`Drop: E at T = ${lastT(result)} minus base`),
    )
  );
}

/** Unlabelled models as small faint points first, labelled ones on top at full size. */
function points(models: readonly SweepModel[], labelled: ReadonlySet<number>, x: Scale, y: Scale): string {
  const everyLabelled = labelled.size === models.length;
  const dot = (m: SweepModel, big: boolean) => {
    const values = `base ${fixed(m.base, 3)}, drop ${fixed(m.drop, 3)} ± ${fixed(m.dropStdError, 3)} (Monte Carlo SE)`;
    const tooltip = `${m.name}\n${values}\n${profileNote(m)}`;
    return tag(
      'circle',
      {
        class: `${big ? 'point' : 'point small'}${m.profileUncertain ? ' uncertain' : ''}`,
        fill: PROFILE_COLOURS[m.profile],
        cx: x(m.base),
        cy: y(m.drop),
        r: big ? POINT_RADIUS : SMALL_RADIUS,
      },
      tag('title', {}, escapeHtml(tooltip)),
    );
  };
  let small = '';
  let big = '';
  models.forEach((m, i) => {
    if (labelled.has(i)) big += dot(m, true);
    else small += dot(m, everyLabelled);
  });
  return tag('g', { class: 'points' }, small + big);
}

function labels(
  models: readonly SweepModel[],
  order: readonly number[],
  texts: readonly string[],
  placements: readonly (PlacedLabel | null)[],
): string {
  let leaders = '';
  let out = '';
  order.forEach((i, k) => {
    const p = placements[k];
    if (!p) return;
    const m = models[i];
    if (p.leader) {
      leaders += tag('line', { class: 'leader', x1: p.leader.x1, y1: p.leader.y1, x2: p.leader.x2, y2: p.leader.y2 });
    }
    const title = texts[i] === m.name ? '' : tag('title', {}, escapeHtml(m.name));
    const y = (p.box.top + p.box.bottom) / 2;
    out += tag(
      'text',
      { class: 'model-label', 'data-model': m.name, x: p.box.left + 1, y, dy: '0.35em' },
      title + escapeHtml(texts[i]),
    );
  });
  return tag('g', { class: 'leaders' }, leaders) + tag('g', { class: 'labels' }, out);
}

function unlabelledLine(models: readonly SweepModel[], missing: readonly number[]): string {
  if (missing.length === 0) return '';
  const items = missing.map((i) => {
    const m = models[i];
    const values = `(${fixed(m.base, 2)}, ${fixed(m.drop, 2)})`;
    return (
      `<span class="unlabelled" data-model="${escapeHtml(m.name)}">${escapeHtml(m.name)} ` +
      `<span class="muted">${escapeHtml(values)}</span></span>`
    );
  });
  return (
    '<p class="not-labelled"><strong>Not labelled in the plot</strong> (no room without overlap; base, drop): ' +
    `${items.join('; ')}.</p>`
  );
}

/** Above the plot: each profile's colour and region tint, with its count; the median lines. */
function legend(models: readonly SweepModel[], x0: number, y: number): string {
  let x = x0;
  let out = '';
  for (const profile of PROFILE_ORDER) {
    const text = `${profile} (${plural(models.filter((m) => m.profile === profile).length, 'model')})`;
    const fill = PROFILE_COLOURS[profile];
    out += tag('rect', { class: `region ${profileClass(profile)}`, fill, x, y: y - 8, width: 16, height: 16 });
    out += tag('circle', { class: 'point', fill, cx: x + 8, cy: y, r: POINT_RADIUS });
    out += tag('text', { class: 'legend-text', x: x + 22, y, dy: '0.35em' }, escapeHtml(text));
    x += 22 + textWidth(text, LEGEND_FONT) + 22;
  }
  out += tag('line', { class: 'median', x1: x, x2: x + 22, y1: y, y2: y });
  out += tag('text', { class: 'legend-text', x: x + 28, y, dy: '0.35em' }, 'medians');
  return tag('g', { class: 'legend' }, out);
}
