/**
 * `swiss-rank perturb`: the paper's robustness test. `--zero "model:b1,b2"` zeroes those scores of
 * one model and shows its rank under every method before and after; `--zero-random K` does it for
 * every model with K random benchmarks and summarises the shifts per method.
 */
import { perturbModel, zeroRandomBenchmarks, type PerturbResult } from '../../analyses/perturb.js';
import { runHeader } from '../../analyses/runHeader.js';
import { SwissRankError } from '../../errors.js';
import { resultJson } from '../../report/resultJson.js';
import { scoreTableOf } from '../../tournament/tournament.js';
import { defineCommand } from '../command.js';
import { DATA_OPTIONS } from '../loadData.js';
import { loadTournament } from '../loadTournament.js';

export const perturbCommand = defineCommand({
  name: 'perturb',
  describe: "Robustness: zero some of a model's scores and see how far each ranking moves it",
  options: [...DATA_OPTIONS, 'rounds', 'sweep', 'tieBreak', 'roundOrder', 'iterations', 'seed', 'threads', 'kernel', 'zero', 'zeroRandom', 'zeroTo', 'format', 'out', 'quiet'],
  progress: 'perturbing',
  async run({ values, engine, io, note, warn }): Promise<PerturbResult> {
    if ((values.zero === undefined) === (values.zeroRandom === 0)) {
      throw new SwissRankError('CONFLICTING_OPTIONS', 'give either --zero "model:benchmark,..." or --zero-random K', {
        option: 'zero',
      });
    }
    const target = values.zero === undefined ? undefined : parseZero(values.zero);
    const tournament = await loadTournament({ data: values, ...values }, { note, warn }, io.signal);
    scoreTableOf(tournament, 'zeroing scores');
    const context = { tournament, settings: values, engine, note };
    const body = target
      ? { zeroed: await perturbModel(context, target.model, target.benchmarks, values.zeroTo) }
      : await zeroRandomBenchmarks(context, values.zeroRandom, values.zeroTo, (m, width) =>
          engine.step(m, tournament.models.length, width),
        );
    return { ...runHeader(tournament, { ...values, kernel: engine.kernel }), zeroTo: values.zeroTo, sweep: values.sweep, ...body };
  },
  render: {
    json: resultJson,
    csv: async (result) => (await import('../../report/perturbCsv.js')).perturbCsv(result),
    table: async (result) => (await import('../../report/perturbTable.js')).perturbTable(result),
    markdown: async (result) => (await import('../../report/perturbMarkdown.js')).perturbMarkdown(result),
  },
});

/** `model:benchmark1,benchmark2`; the model name may itself contain ':' (split at the last one). */
function parseZero(spec: string): { model: string; benchmarks: string[] } {
  const at = spec.lastIndexOf(':');
  const model = at > 0 ? spec.slice(0, at).trim() : '';
  const benchmarks = at > 0 ? spec.slice(at + 1).split(',').map((b) => b.trim()).filter((b) => b !== '') : [];
  if (model === '' || benchmarks.length === 0) {
    throw new SwissRankError('BAD_OPTION', `expected "model:benchmark1,benchmark2", found ${JSON.stringify(spec)}`, {
      option: 'zero',
    });
  }
  return { model, benchmarks };
}
