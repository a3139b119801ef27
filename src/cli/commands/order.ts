/**
 * `swiss-rank order`: round-order sensitivity: the same tournament with its rounds in other
 * orders (random, all, or a file's), each on the same seed; rank ranges, P(#1) and Kendall's tau
 * across orders beside a seed-only baseline, and which rounds' positions move the ranking most.
 */
import { order } from '../../analyses/order.js';
import { resultJson } from '../../report/resultJson.js';
import { defineCommand } from '../command.js';
import { DATA_OPTIONS } from '../loadData.js';
import { loadOrderChoice } from '../loadOrderChoice.js';
import { loadTournament } from '../loadTournament.js';

export const orderCommand = defineCommand({
  name: 'order',
  describe: 'Round-order sensitivity: how far each model moves when the rounds are played in other orders',
  options: [
    ...DATA_OPTIONS, 'rounds', 'elimination', 'tieBreak', 'iterations', 'seed', 'threads', 'kernel',
    'permutations', 'all', 'orders', 'format', 'out', 'quiet',
  ],
  progress: 'ordering',
  async run({ values, engine, io, note, warn }) {
    const tournament = await loadTournament({ data: values, ...values, roundOrder: 'fixed' }, { note, warn }, io.signal);
    const choice = await loadOrderChoice(values, tournament, io.signal);
    return order(tournament, engine, { ...values, choice });
  },
  render: {
    json: resultJson,
    csv: async (result) => (await import('../../report/orderCsv.js')).orderCsv(result),
    table: async (result) => (await import('../../report/orderTable.js')).orderTable(result),
    markdown: async (result) => (await import('../../report/orderMarkdown.js')).orderMarkdown(result),
  },
});
