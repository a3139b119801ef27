/**
 * The results table: every model (never abridged), ranked by E at the last (harshest) T, with its
 * ranks by the mean score and the mean win rate when known, E ± its Monte Carlo SE at each sweep
 * value, base, drop ± its paired SE, profile (marked when uncertain), and at the harshest T
 * P(first) ± its SE and the 5-95% spread of the final standing across tournaments. A search box
 * and sortable headers work through tableScript.ts; a model's name opens its details row. Long
 * tables scroll inside a box with a sticky header (and print in full). O(models x sweep values).
 */
import type { RankingExplanation } from '../../analyses/rankingExplanation.js';
import type { SweepResult } from '../../analyses/sweepResult.js';
import { fixed, signed, thousands } from './format.js';
import { MANY_MODELS } from './modelSelection.js';
import { PROFILE_COLOURS, profileClass } from './palette.js';
import { profileNote } from './profileNote.js';
import { escapeHtml } from './svg.js';

export function resultsTable(result: SweepResult, explanation?: RankingExplanation): string {
  const last = result.sweep[result.sweep.length - 1];
  const baselines = explanation?.hasBaselines === true;
  const head =
    `<tr>${sortable('Rank', 'ascending', ` title="rank by E at T = ${last}" aria-sort="ascending"`)}` +
    sortable('Model', 'text') +
    (baselines
      ? sortable('Rank by<br>mean score', 'ascending', ' title="rank among all models by the plain mean score"') +
        sortable('Rank by mean<br>win rate', 'ascending', ' title="rank among all models by HELM\u2019s mean win rate"')
      : '') +
    result.sweep.map((t) => sortable(`E at T = ${t}<br><span class="muted">± Monte Carlo SE</span>`, 'descending')).join('') +
    sortable('Base', 'descending') +
    sortable('Drop<br><span class="muted">± paired Monte Carlo SE</span>', 'descending') +
    sortable('Profile', 'text') +
    sortable(`P(first), T = ${last}<br><span class="muted">± Monte Carlo SE</span>`, 'descending') +
    sortable(`Standing 5–95%, T = ${last}<br><span class="muted">spread across tournaments</span>`, 'ascending') +
    '</tr>';
  const rows = result.models.map((m, i) => {
    const lastPoint = m.results[m.results.length - 1];
    const record = explanation?.models[i];
    const cells = m.results
      .map((p) => `<td class="num">${fixed(p.expectedScore, 3)} ${plusMinus(p.stdError)}</td>`)
      .join('');
    return (
      `<tr data-model="${escapeHtml(m.name)}" data-index="${i}"><td class="num">${lastPoint ? lastPoint.rank : ''}</td>` +
      `<td class="model"><button type="button" class="more" aria-expanded="false">${escapeHtml(m.name)}</button></td>` +
      (baselines ? `<td class="num">${rank(record?.meanScoreRank)}</td><td class="num">${rank(record?.meanWinRateRank)}</td>` : '') +
      `${cells}<td class="num">${fixed(m.base, 3)}</td>` +
      `<td class="num">${signed(m.drop, 3)} ${plusMinus(m.dropStdError)}</td>` +
      `<td><span class="swatch" style="background:${PROFILE_COLOURS[m.profile]}"></span>` +
      `<span class="profile ${profileClass(m.profile)}">${escapeHtml(m.profile)}</span>` +
      (m.profileUncertain ? ` <span class="muted uncertain" title="${escapeHtml(profileNote(m))}">uncertain</span>` : '') +
      '</td>' +
      `<td class="num">${lastPoint ? `${fixed(lastPoint.pFirst, 3)} ${plusMinus(lastPoint.pFirstStdError)}` : ''}</td>` +
      `<td class="num">${lastPoint ? `${lastPoint.rankInterval90[0]}–${lastPoint.rankInterval90[1]}` : ''}</td></tr>`
    );
  });
  const tall = result.models.length > MANY_MODELS ? ' tall' : '';
  return (
    '<div class="table-tools"><label for="model-search">Find a model</label> ' +
    '<input id="model-search" type="search" placeholder="part of its name" autocomplete="off" disabled> ' +
    `<span id="model-search-status" class="muted" aria-live="polite">all ${thousands(result.models.length)} models</span></div>` +
    `<div class="table-scroll${tall}"><table id="results-table" class="results"><thead>${head}</thead>` +
    `<tbody class="all-rows">${rows.join('\n')}</tbody></table></div>` +
    '<p class="table-more"><button type="button" id="show-more" hidden></button> ' +
    '<button type="button" id="show-all" hidden></button></p>'
  );
}

/** A header whose button sorts by the column; `first` is the direction of the first click. */
function sortable(label: string, first: 'ascending' | 'descending' | 'text', extra = ''): string {
  const num = first === 'text' ? '' : ' class="num"';
  return `<th${num} data-sort="${first}"${extra}><button type="button" class="sort">${label}</button></th>`;
}

function rank(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : String(value);
}

function plusMinus(stdError: number): string {
  return `<span class="muted">± ${fixed(stdError, 3)}</span>`;
}
