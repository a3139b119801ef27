/**
 * The slope chart of the top models by CSD: three columns (CSD at the harshest T, the mean score,
 * the mean win rate), each listing the same models in that method's order with their rank among
 * all models, and a line per model joining its three places. A line's colour says whether CSD
 * ranks the model better or worse than the mean score. O(N log N) for N models.
 */
import type { RankingExplanation } from '../../analyses/rankingExplanation.js';
import type { SweepResult } from '../../analyses/sweepResult.js';
import { thousands } from './format.js';
import { escapeHtml, tag } from './svg.js';
import { textWidth, truncateMiddle } from './textWidth.js';

const ROW = 22;
const COLUMN_GAP = 190;
const FONT = 11;
const MAX_LABEL = 240;
const TOP = 44;
const BETTER = '#0072B2';
const WORSE = '#D55E00';
const SAME = '#8C959F';

interface Place {
  readonly name: string;
  readonly ranks: readonly (number | null)[];
}

export function rankSlopeChart(result: SweepResult, explanation: RankingExplanation, count: number): string {
  const last = result.sweep[result.sweep.length - 1];
  const places: Place[] = result.models.slice(0, count).map((m, i) => ({
    name: m.name,
    ranks: [m.results[m.results.length - 1]?.rank ?? null, explanation.models[i].meanScoreRank, explanation.models[i].meanWinRateRank],
  }));
  const titles = [`CSD, E at T = ${last}`, 'Mean score', 'Mean win rate'];
  // Slot of each model in each column: that method's order among the shown models, CSD order breaking ties.
  const slots = titles.map((_, c) => slotsBy(places, c));
  const labels = places.map((p) => truncateMiddle(p.name, MAX_LABEL, FONT));
  // Bold: a hovered model's labels are bold and must still fit.
  const labelWidth = Math.max(60, ...labels.map((l) => textWidth(`#0,000 ${l}`, FONT, true))) + 10;
  const x = [labelWidth, labelWidth + COLUMN_GAP, labelWidth + 2 * COLUMN_GAP];
  const y = (slot: number) => TOP + slot * ROW;
  const width = x[2] + labelWidth;
  const height = y(places.length - 1) + 20;

  const lines = places.map((p, i) => {
    const [csd, mean] = p.ranks;
    const colour = csd === null || mean === null || csd === mean ? SAME : csd < mean ? BETTER : WORSE;
    const points = x.map((cx, c) => `${cx},${y(slots[c][i])}`).join(' ');
    const marks = x
      .map((cx, c) => tag('circle', { cx, cy: y(slots[c][i]), r: 3.5, fill: colour }))
      .join('');
    const rankTexts = [1, 2].map((c) =>
      tag('text', { class: 'slope-rank', x: x[c] + 7, y: y(slots[c][i]) + 4 }, rankText(p.ranks[c])),
    );
    return (
      `<g class="slope" data-model="${escapeHtml(p.name)}">` +
      tag('polyline', { points, fill: 'none', stroke: colour, 'stroke-width': 1.6 }) +
      marks +
      tag('text', { class: 'model-label', 'data-model': p.name, x: x[0] - 8, y: y(slots[0][i]) + 4, 'text-anchor': 'end' }, escapeHtml(`${rankText(p.ranks[0])} ${labels[i]}`)) +
      rankTexts.join('') +
      tag('text', { class: 'model-label slope-right', x: x[2] + 44, y: y(slots[2][i]) + 4 }, escapeHtml(labels[i])) +
      '</g>'
    );
  });
  const heads = titles.map((t, c) =>
    tag('text', { class: 'axis-title', x: x[c], y: 20, 'text-anchor': 'middle' }, escapeHtml(t)),
  );
  return (
    `<svg id="slope-chart" xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" ` +
    `viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" role="img" aria-labelledby="slope-caption">` +
    heads.join('') +
    lines.join('') +
    '</svg>'
  );
}

/** slots[i]: the place of model i when the models are ordered by column c (no rank: last). */
function slotsBy(places: readonly Place[], c: number): number[] {
  const order = places
    .map((_, i) => i)
    .sort((a, b) => (places[a].ranks[c] ?? Infinity) - (places[b].ranks[c] ?? Infinity) || a - b);
  const slots = new Array<number>(places.length);
  order.forEach((i, slot) => (slots[i] = slot));
  return slots;
}

function rankText(rank: number | null): string {
  return rank === null ? '–' : `#${thousands(rank)}`;
}

export function slopeCaption(result: SweepResult, count: number, models: number): string {
  const last = result.sweep[result.sweep.length - 1];
  return (
    `The top ${count} models by CSD (Expected Win Score at T = ${last}). Each column lists the same ${count} models in ` +
    'the order that method gives them, with the rank among all ' +
    `${thousands(models)} models beside each. Mean score: the plain mean of a model\u2019s scores on the round plan\u2019s ` +
    'benchmarks; mean win rate: HELM\u2019s, the share of the other models it beats on each benchmark, averaged. ' +
    'Blue lines: CSD ranks the model better than the mean score does; orange: worse; grey: the same. The results ' +
    'table has both ranks for every model.'
  );
}
