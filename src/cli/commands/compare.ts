/**
 * `swiss-rank compare`: CSD beside the plain mean, the normalised mean and HELM's mean win rate,
 * with Kendall's tau-b between every pair; `--bootstrap B` adds 95% intervals of CSD's E[S] and
 * rank, Rank (UB) and tiers (over --resample units or --score-stderr draws), and `--zero-random K`
 * how far one broken benchmark moves each ranking.
 */
import { compare } from '../../analyses/compare.js';
import { loadScoreTable } from '../../input/scoreTable.js';
import { resultJson } from '../../report/resultJson.js';
import { defineCommand } from '../command.js';
import { DATA_OPTIONS } from '../loadData.js';
import { loadTournament } from '../loadTournament.js';

export const compareCommand = defineCommand({
  name: 'compare',
  describe: 'CSD beside the plain mean, normalised mean and mean win rate; Kendall tau; optional bootstrap intervals, tiers and robustness',
  options: [
    ...DATA_OPTIONS, 'rounds', 'sweep', 'tieBreak', 'roundOrder', 'iterations', 'seed', 'threads', 'kernel',
    'bootstrap', 'resample', 'bootstrapIterations', 'scoreStderr', 'zeroRandom', 'zeroTo', 'format', 'out', 'quiet',
  ],
  progress: 'comparing',
  async run({ values, engine, io, note, warn }) {
    const tournament = await loadTournament({ data: values, ...values }, { note, warn }, io.signal);
    const scoreStdErrors =
      values.scoreStderr === undefined
        ? undefined
        : await loadScoreTable(values.scoreStderr, { layout: values.layout, delimiter: values.delimiter });
    return compare(tournament, engine, { ...values, scoreStdErrors, note });
  },
  render: {
    json: resultJson,
    csv: async (result) => (await import('../../report/compareCsv.js')).compareCsv(result),
    table: async (result) => (await import('../../report/compareTable.js')).compareTable(result),
    markdown: async (result) => (await import('../../report/compareMarkdown.js')).compareMarkdown(result),
  },
});
