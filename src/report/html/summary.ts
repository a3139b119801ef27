/**
 * The report's opening: a plain explanation of CSD, the failure sensitivity sweep (SPEC.md
 * "Failure Sensitivity Analysis") with its profile rule and numbers, and what the ± cover; then
 * what was run: models, rounds with their benchmarks, iterations, seed, tie-break, missing-score
 * policy, sweep values and data source.
 */
import { provenanceFacts } from '../dataLines.js';
import type { SweepResult } from '../../analyses/sweepResult.js';
import { fixed, plural, thousands } from './format.js';
import { escapeHtml } from './svg.js';

export function introduction(result: SweepResult): string {
  const first = result.sweep[0];
  const last = result.sweep[result.sweep.length - 1];
  const rule = result.profileRule;
  const text =
    'Competitive Swiss-System Dynamics (CSD) ranks models by simulating Swiss-system tournaments. In each round ' +
    'the models still in play meet one benchmark (or a group of benchmarks), are paired with models on the same ' +
    'number of points, and the better-scoring model of each pair wins a point. After every round the T models ' +
    'with the fewest points are eliminated and keep what they have. Averaged over many simulated tournaments, a ' +
    'model\u2019s final points are its Expected Win Score E. The failure sensitivity sweep repeats the simulation ' +
    `for each elimination setting T (here ${result.sweep.join(', ')}): the base is E at T = ${first}, and the ` +
    `drop is E at T = ${last} minus the base, which shows how much a model loses when weak early rounds get it ` +
    'eliminated before its strong rounds count. A model whose base is below the median base is weak. Every other ' +
    'model is compared with the reference drop, the median drop of those that are not weak ' +
    `(${fixed(rule.dropMedian, 3)} here): more than a margin above it marks a robust generalist, more than the ` +
    'margin below it an aggressive specialist, and the rest are in between. The margin is ' +
    `${rule.marginFraction} \u00d7 the mean drop over all models (${fixed(rule.dropMargin, 3)} here), which is ` +
    'exact, so the profiles do not depend on how many tournaments were simulated.';
  const errors =
    'Every \u00b1 in this report is one Monte Carlo standard error: it measures the luck of the simulated ' +
    'pairings, shrinks as more tournaments are simulated, and does not include noise in the benchmark scores. A ' +
    `profile within ${rule.uncertainWithinSE} standard errors of a boundary of the rule is marked uncertain.`;
  return `<p class="lead">${escapeHtml(text)}</p><p class="lead">${escapeHtml(errors)}</p>`;
}

const MISSING: Readonly<Record<SweepResult['missing'], string>> = {
  error: 'none allowed (an empty score cell is an error)',
  loss: 'a model with a missing round loses that round\u2019s matches',
  coin: 'a fair coin decides the matches of a model with a missing round',
};

export function runSummary(result: SweepResult): string {
  const tieBreak =
    result.tieBreak === 'random'
      ? 'random (the paper\u2019s rule)'
      : 'input order, earliest first (the authors\u2019 script)';
  const rows: [string, string][] = [
    ['Models', escapeHtml(thousands(result.models.length))],
    ['Rounds', `${escapeHtml(plural(result.rounds.length, 'round'))}${roundOrderText(result)}${roundList(result)}`],
    ['Elimination per round (sweep)', escapeHtml(result.sweep.map((t) => `T = ${t}`).join(', '))],
    ['Tournaments per setting', escapeHtml(thousands(result.iterations))],
    ['Seed', escapeHtml(String(result.seed))],
    ['Ties at the elimination cut', escapeHtml(tieBreak)],
    ['Missing scores', escapeHtml(MISSING[result.missing])],
    [
      'Data',
      `${escapeHtml(result.source.kind === 'scores' ? 'score table' : 'win-probability matrices')}: ` +
        result.source.files.map((f) => `<code>${escapeHtml(f)}</code>`).join(', '),
    ],
  ];
  // An import's choices, directions and noisy outcomes: the provenance every output states.
  for (const fact of provenanceFacts(result.source)) {
    const colon = fact.indexOf(': ');
    rows.push([fact.slice(0, 1).toUpperCase() + fact.slice(1, colon), escapeHtml(fact.slice(colon + 2))]);
  }
  if (result.source.skippedRows.length > 0) {
    const skipped = result.source.skippedRows.map(
      (r) => `line ${r.line} (${escapeHtml(r.name)}: ${r.fields} fields, expected ${r.expected})`,
    );
    rows.push(['Rows left out', skipped.join('; ')]);
  }
  return `<dl class="summary">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

/** The rounds are listed in the order given; under `random` each tournament shuffled them. */
function roundOrderText(result: SweepResult): string {
  return result.roundOrder === 'random'
    ? escapeHtml(
        ', played in a fresh uniformly random order in every tournament (elimination per position, so no round ' +
          'gains weight from where it stands)',
      )
    : ' in this order';
}

function roundList(result: SweepResult): string {
  if (result.rounds.every((r) => r.benchmarks.length === 1 && r.benchmarks[0] === r.name)) {
    const names = result.rounds.map((r) => `<span class="round-name">${escapeHtml(r.name)}</span>`);
    return `, one benchmark each: ${names.join(' → ')}`;
  }
  const items = result.rounds.map((r) => {
    const same = r.benchmarks.length === 1 && r.benchmarks[0] === r.name;
    const benchmarks = same ? '' : `: ${r.benchmarks.map(escapeHtml).join(', ')}`;
    return `<li><span class="round-name">${escapeHtml(r.name)}</span>${benchmarks}</li>`;
  });
  return `:<ol class="rounds">${items.join('')}</ol>`;
}
