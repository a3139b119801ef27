/**
 * The pairwise heatmap as inline SVG: for the top models by CSD, each cell P(row model beats
 * column model in a match), averaged over the rounds with equal weight (not P(row finishes above
 * column): the simulation does not count that). Colour runs from orange (0) through white (0.5) to
 * blue (1), and every cell prints its value. O(N^2) for N models (20 by default).
 */
import { scaleLinear } from 'd3-scale';
import type { PairwiseMatrix } from '../../analyses/rankingExplanation.js';
import { fixed } from './format.js';
import { escapeHtml, tag, translate } from './svg.js';
import { textWidth, truncateMiddle } from './textWidth.js';

const CELL = 32;
const LABEL_FONT = 11;
const MAX_LABEL = 230;
const COLOURS = scaleLinear<string>().domain([0, 0.5, 1]).range(['#C2410C', '#F7F7F7', '#0072B2']);

export function pairwiseHeatmap(matrix: PairwiseMatrix, roundCount: number): string {
  const n = matrix.models.length;
  const labels = matrix.models.map((name, i) => `${i + 1}. ${truncateMiddle(name, MAX_LABEL, LABEL_FONT)}`);
  // 8 px spare at the left: the width estimate is tight for some digit runs.
  const labelWidth = Math.max(40, ...labels.map((l) => textWidth(l, LABEL_FONT))) + 14;
  // Column labels run up and to the right at 45 degrees, so the top margin is their diagonal.
  const top = labelWidth * Math.SQRT1_2 + 12;
  const width = labelWidth + n * CELL + labelWidth * Math.SQRT1_2 + 12;
  const height = top + n * CELL + 8;
  const cells: string[] = [];
  matrix.pBeats.forEach((row, i) =>
    row.forEach((p, j) => {
      const x = labelWidth + j * CELL;
      const y = top + i * CELL;
      if (p === null) {
        cells.push(tag('rect', { class: 'heat-diagonal', x, y, width: CELL, height: CELL }));
        return;
      }
      const title = `P(${matrix.models[i]} beats ${matrix.models[j]} in a match), mean over ${roundCount} rounds: ${fixed(p, 3)}`;
      cells.push(
        `<g class="heat-cell" data-row="${i}" data-column="${j}">` +
          tag('title', {}, escapeHtml(title)) +
          tag('rect', { x, y, width: CELL, height: CELL, fill: COLOURS(p) }) +
          tag(
            'text',
            { class: Math.abs(p - 0.5) > 0.3 ? 'heat-value light' : 'heat-value', x: x + CELL / 2, y: y + CELL / 2 + 3.5 },
            fixed(p, 2),
          ) +
          '</g>',
      );
    }),
  );
  const rowLabels = labels.map((l, i) =>
    tag('text', { class: 'model-label heat-row', 'data-model': matrix.models[i], x: labelWidth - 6, y: top + i * CELL + CELL / 2 + 4 }, escapeHtml(l)),
  );
  const columnLabels = labels.map((l, j) =>
    tag(
      'text',
      { class: 'model-label heat-column', 'data-model': matrix.models[j], transform: translate(labelWidth + j * CELL + CELL / 2 + 4, top - 6, -45) },
      escapeHtml(l),
    ),
  );
  return (
    `<svg id="pairwise-heatmap" xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(width)}" height="${Math.ceil(height)}" ` +
    `viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" role="img" aria-labelledby="pairwise-caption">` +
    cells.join('') +
    rowLabels.join('') +
    columnLabels.join('') +
    '</svg>'
  );
}

/** What the cells are, in words, for the caption (the two kinds of input give different numbers). */
export function pairwiseCaption(matrix: PairwiseMatrix, roundCount: number): string {
  const how =
    matrix.source === 'scores'
      ? 'In one round the higher round score always wins and equal (or missing under coin) scores are a fair coin, so each ' +
        'round contributes 1, 0 or 0.5'
      : 'Each round contributes its input win matrix\u2019s P(row beats column)';
  return (
    `Each cell: P(row model beats column model when they meet in a match), the mean over the ${roundCount} rounds, ` +
    `each round weighted equally. ${how}. This is not P(row finishes above column) in a tournament: who meets whom, ` +
    'and who is eliminated, depends on the pairings. Blue: the row model usually wins; orange: it usually loses. ' +
    `The ${matrix.models.length} models are the top ${matrix.models.length} by E at the harshest T, in that order.`
  );
}
