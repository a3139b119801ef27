/**
 * `swiss-rank sweep`: the Failure Sensitivity Analysis: Expected Win Scores at each constant
 * elimination, the drop from the first to the last with its paired standard error, and profiles.
 */
import { sweep } from '../../analyses/sweep.js';
import { resultJson } from '../../report/resultJson.js';
import { defineCommand } from '../command.js';
import { DATA_OPTIONS } from '../loadData.js';
import { loadTournament } from '../loadTournament.js';

export const sweepCommand = defineCommand({
  name: 'sweep',
  describe: 'Failure sensitivity: Expected Win Scores at each elimination T, the drop and profiles',
  options: [...DATA_OPTIONS, 'rounds', 'sweep', 'tieBreak', 'roundOrder', 'iterations', 'seed', 'threads', 'kernel', 'format', 'out', 'quiet'],
  progress: 'sweeping',
  async run({ values, engine, io, note, warn }) {
    const tournament = await loadTournament({ data: values, ...values }, { note, warn }, io.signal);
    return sweep(tournament, engine, values);
  },
  render: {
    json: resultJson,
    csv: async (result) => (await import('../../report/sweepCsv.js')).sweepCsv(result),
    table: async (result) => (await import('../../report/sweepTable.js')).sweepTable(result),
    markdown: async (result) => (await import('../../report/sweepMarkdown.js')).sweepMarkdown(result),
  },
});
