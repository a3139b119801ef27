/**
 * The report's one inline script and its CSP hash: search the results table by model name, sort
 * by any column (click its header; numbers read from the cell text), show the matching rows a page
 * at a time, and open a model's details row (click its name), drawn from the JSON island only when
 * opened: its ranks, its record round by round and its survival curve. DOM text only
 * (textContent), never markup from data. O(M log M) a sort, O(M) a keystroke.
 */
import { createHash } from 'node:crypto';
import { MODEL_DATA_ID } from './modelDataIsland.js';

/** Rows laid out at a time: a sort or a search over 4,496 laid-out rows takes seconds, over 250 not. */
export const TABLE_PAGE = 250;

const SCRIPT = `(function () {
'use strict';
var table = document.getElementById('results-table');
var island = document.getElementById('${MODEL_DATA_ID}');
if (!table || !island) return;
var data = JSON.parse(island.textContent);
// Every row stays in the hidden tbody.all-rows (it prints); the screen shows tbody.view, a fresh
// copy of the matching rows in the current order, at most \`limit\` of them: moving or laying out
// all 4,496 rows after every sort or keystroke takes seconds.
var source = table.tBodies[0];
var rows = Array.prototype.slice.call(source.rows);
var names = rows.map(function (row) { return row.getAttribute('data-model').toLowerCase(); });
var view = document.createElement('tbody');
view.className = 'view';
table.appendChild(view);
var search = document.getElementById('model-search');
var status = document.getElementById('model-search-status');
var more = document.getElementById('show-more');
var all = document.getElementById('show-all');
var PAGE = ${TABLE_PAGE};
var SVG = 'http://www.w3.org/2000/svg';
var COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000'];
var sorted = { column: 0, descending: false };
var keys = {};
var order = rows.map(function (_, i) { return i; });
var limit = PAGE;

function el(name, text, className) {
  var e = document.createElement(name);
  if (text !== null && text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}
function svgEl(name, attributes, text) {
  var e = document.createElementNS(SVG, name);
  Object.keys(attributes).forEach(function (a) { e.setAttribute(a, String(attributes[a])); });
  if (text !== undefined) e.textContent = text;
  return e;
}
function count(n) { return n.toLocaleString('en-US'); }
function rankText(rank) { return rank === null ? '\\u2013' : '#' + count(rank); }

function roundTable(m) {
  var t = el('table', null, 'round-record');
  var head = t.createTHead().insertRow();
  var titles = ['Round'];
  if (m.s) titles.push('Round score');
  if (m.w) titles.push('Beats, in this round\\u2019s match');
  data.sweep.forEach(function (e) { if (e > 0) titles.push('P(still playing after it), T = ' + e); });
  titles.forEach(function (title, c) { head.appendChild(el('th', title, c > 0 ? 'num' : '')); });
  var tbody = t.createTBody();
  data.rounds.forEach(function (round, k) {
    var tr = tbody.insertRow();
    tr.appendChild(el('td', (k + 1) + '. ' + round));
    if (m.s) tr.appendChild(el('td', m.s[k] === null ? 'missing' : String(m.s[k]), 'num'));
    if (m.w) tr.appendChild(el('td', (100 * m.w[k]).toFixed(1) + '% of the others', 'num'));
    data.sweep.forEach(function (e, j) { if (e > 0) tr.appendChild(el('td', m.v[j][k].toFixed(3), 'num')); });
  });
  return t;
}

function survivalChart(m) {
  var W = 360, H = 170, L = 44, R = 74, T = 14, B = 34, K = data.rounds.length;
  var x = function (k) { return L + (W - L - R) * k / Math.max(1, K); };
  var y = function (p) { return T + (H - T - B) * (1 - p); };
  var svg = svgEl('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, class: 'survival', role: 'img',
    'aria-label': 'P(still playing) after each round, one line per elimination T' });
  [0, 0.5, 1].forEach(function (p) {
    svg.appendChild(svgEl('line', { x1: L, x2: W - R, y1: y(p), y2: y(p), class: 'grid' }));
    svg.appendChild(svgEl('text', { x: L - 6, y: y(p) + 4, 'text-anchor': 'end', class: 'tick-label' }, String(p)));
  });
  for (var k = 0; k <= K; k++) {
    svg.appendChild(svgEl('text', { x: x(k), y: H - B + 16, 'text-anchor': 'middle', class: 'tick-label' }, k === 0 ? 'start' : String(k)));
  }
  svg.appendChild(svgEl('text', { x: (L + W - R) / 2, y: H - 3, 'text-anchor': 'middle', class: 'tick-label' }, 'after round'));
  var legend = 0;
  data.sweep.forEach(function (e, j) {
    if (e === 0) return;
    var points = [x(0) + ',' + y(1)].concat(m.v[j].map(function (p, k) { return x(k + 1) + ',' + y(p); }));
    var colour = COLOURS[j % COLOURS.length];
    // Dashes apart, so equal curves (often all 1 near the top) stay visible.
    svg.appendChild(svgEl('polyline', { points: points.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2,
      'stroke-dasharray': legend === 0 ? 'none' : (3 + 3 * legend) + ' 3' }));
    svg.appendChild(svgEl('text', { x: W - R + 8, y: T + 10 + 16 * legend++, fill: colour, class: 'legend-text' }, 'T = ' + e));
  });
  return svg;
}

function details(row) {
  var m = data.models[Number(row.getAttribute('data-index'))];
  var last = data.sweep[data.sweep.length - 1];
  var tr = el('tr', null, 'details');
  var td = el('td');
  td.colSpan = row.cells.length;
  tr.appendChild(td);
  var text = row.getAttribute('data-model') + ' ranks ' + rankText(m.r[0]) + ' of ' + count(data.modelCount) +
    ' by its Expected Win Score at T = ' + last + '.';
  if (m.r[1] !== null || m.r[2] !== null) {
    text += ' The mean score ranks it ' + rankText(m.r[1]) + ', the mean win rate ' + rankText(m.r[2]) + '.';
  }
  var box = el('div', null, 'details-box');
  td.appendChild(box);
  box.appendChild(el('p', text, 'details-lead'));
  var parts = el('div', null, 'details-parts');
  if (data.sweep.some(function (e) { return e > 0; })) parts.appendChild(survivalChart(m));
  parts.appendChild(roundTable(m));
  box.appendChild(parts);
  var notes = [];
  if (m.w) notes.push('Beats: the share of the other ' + count(data.modelCount - 1) + ' models this model beats in the ' +
    'round\\u2019s match (a tie, or a missing score under coin, counts half): what a random opponent would give, not its ' +
    'record in the simulated tournaments, where it meets models near it in the standings.');
  notes.push('P(still playing): the share of simulated tournaments in which it survived the round\\u2019s elimination' +
    (data.sweep.indexOf(0) >= 0 ? ' (always 1 at T = 0, so not shown).' : '.'));
  box.appendChild(el('p', notes.join(' '), 'muted details-note'));
  return tr;
}

table.addEventListener('click', function (event) {
  var button = event.target.closest('tbody.view button.more');
  if (!button) return;
  var row = button.closest('tr');
  var next = row.nextElementSibling;
  if (next && next.classList.contains('details')) {
    next.remove();
    button.setAttribute('aria-expanded', 'false');
  } else {
    row.after(details(row));
    button.setAttribute('aria-expanded', 'true');
  }
});

function key(row, c, text) {
  var cell = row.cells[c].textContent;
  if (text) return cell.toLowerCase();
  var n = parseFloat(cell.replace(/\\u2212/g, '-').replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

function render() {
  var query = search.value.trim().toLowerCase();
  var fresh = document.createElement('tbody');
  fresh.className = 'view';
  var matching = 0;
  order.forEach(function (i) {
    if (query !== '' && names[i].indexOf(query) < 0) return;
    matching++;
    if (matching <= limit) fresh.appendChild(rows[i].cloneNode(true));
  });
  table.replaceChild(fresh, view);
  view = fresh;
  var shown = Math.min(limit, matching);
  status.textContent = (query === '' ? 'all ' + count(rows.length) + ' models' :
    count(matching) + ' of ' + count(rows.length) + ' models match') +
    (shown < matching ? '; showing the first ' + count(shown) : '');
  more.hidden = all.hidden = shown >= matching;
  more.textContent = 'Show ' + count(Math.min(PAGE, matching - shown)) + ' more';
  all.textContent = 'Show all ' + count(matching);
}

function sortBy(th) {
  var c = th.cellIndex;
  var text = th.getAttribute('data-sort') === 'text';
  var descending = sorted.column === c ? !sorted.descending : th.getAttribute('data-sort') === 'descending';
  var k = keys[c] || (keys[c] = rows.map(function (row) { return key(row, c, text); }));
  order.sort(function (a, b) {
    var p = k[a], q = k[b];
    if (p === q) return a - b;
    if (p === null) return 1;
    if (q === null) return -1;
    return (p < q ? -1 : 1) * (descending ? -1 : 1);
  });
  var heads = table.tHead.rows[0].cells;
  for (var i = 0; i < heads.length; i++) heads[i].removeAttribute('aria-sort');
  th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  sorted = { column: c, descending: descending };
  limit = PAGE;
  render();
}

table.tHead.addEventListener('click', function (event) {
  var button = event.target.closest('button.sort');
  if (button) sortBy(button.closest('th'));
});
search.addEventListener('input', function () { limit = PAGE; render(); });
more.addEventListener('click', function () { limit += PAGE; render(); });
all.addEventListener('click', function () { limit = rows.length; render(); });
search.disabled = false;
render();
})();`;

/** The `<script>` element; it must be the page's only executable script. */
export const TABLE_SCRIPT = `<script>${SCRIPT}</script>`;

/** The CSP source that lets exactly this script run. */
export const TABLE_SCRIPT_HASH = `'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`;
