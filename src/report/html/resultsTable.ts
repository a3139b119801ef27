/**
 * The results table: every model (never abridged), ranked by E at the last (harshest) T, with E ±
 * its Monte Carlo SE at each sweep value, base, drop ± its paired SE, profile (marked when
 * uncertain), and at the harshest T P(first) ± its SE and the 5-95% spread of the final standing
 * across tournaments. Long tables scroll inside a box with a sticky header (and print in full).
 * O(models x sweep values).
 */
import type { SweepResult } from '../../analyses/sweepResult.js';
import { fixed, signed } from './format.js';
import { MANY_MODELS } from './modelSelection.js';
import { PROFILE_COLOURS, profileClass } from './palette.js';
import { profileNote } from './profileNote.js';
import { escapeHtml } from './svg.js';

export function resultsTable(result: SweepResult): string {
  const last = result.sweep[result.sweep.length - 1];
  const head =
    `<tr><th class="num" title="rank by E at T = ${last}">Rank</th><th>Model</th>` +
    result.sweep.map((t) => `<th class="num">E at T = ${t}<br><span class="muted">± Monte Carlo SE</span></th>`).join('') +
    '<th class="num">Base</th><th class="num">Drop<br><span class="muted">± paired Monte Carlo SE</span></th>' +
    '<th>Profile</th>' +
    `<th class="num">P(first), T = ${last}<br><span class="muted">± Monte Carlo SE</span></th>` +
    `<th class="num">Standing 5–95%, T = ${last}<br><span class="muted">spread across tournaments</span></th></tr>`;
  const rows = result.models.map((m) => {
    const lastPoint = m.results[m.results.length - 1];
    const cells = m.results
      .map((p) => `<td class="num">${fixed(p.expectedScore, 3)} ${plusMinus(p.stdError)}</td>`)
      .join('');
    return (
      `<tr data-model="${escapeHtml(m.name)}"><td class="num">${lastPoint ? lastPoint.rank : ''}</td>` +
      `<td class="model">${escapeHtml(m.name)}</td>${cells}<td class="num">${fixed(m.base, 3)}</td>` +
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
    `<div class="table-scroll${tall}"><table id="results-table" class="results"><thead>${head}</thead>` +
    `<tbody>${rows.join('\n')}</tbody></table></div>`
  );
}

function plusMinus(stdError: number): string {
  return `<span class="muted">± ${fixed(stdError, 3)}</span>`;
}
