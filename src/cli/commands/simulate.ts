/** `swiss-rank simulate`: Expected Win Scores for one elimination plan (Monte Carlo or --exact). */
import { simulate } from '../../analyses/simulate.js';
import { simulateExact } from '../../analyses/simulateExact.js';
import { resultJson } from '../../report/resultJson.js';
import { defineCommand } from '../command.js';
import { DATA_OPTIONS } from '../loadData.js';
import { loadTournament } from '../loadTournament.js';

export const simulateCommand = defineCommand({
  name: 'simulate',
  describe: 'Expected Win Score of every model over N simulated tournaments',
  options: [...DATA_OPTIONS, 'rounds', 'elimination', 'tieBreak', 'roundOrder', 'iterations', 'seed', 'threads', 'kernel', 'exact', 'format', 'out', 'quiet'],
  progress: 'simulating',
  async run({ values, engine, io, note, warn }) {
    const tournament = await loadTournament({ data: values, ...values }, { note, warn }, io.signal);
    return values.exact ? simulateExact(tournament) : simulate(tournament, engine, values);
  },
  // The table and CSV renderers load their libraries on demand: a JSON run need not pay for them.
  render: {
    json: resultJson,
    csv: async (result) => (await import('../../report/simulationCsv.js')).simulationCsv(result),
    table: async (result) => (await import('../../report/simulationTable.js')).simulationTable(result),
    markdown: async (result) => (await import('../../report/simulationMarkdown.js')).simulationMarkdown(result),
  },
});
