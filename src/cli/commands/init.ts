/**
 * `swiss-rank init --scores TABLE [--out swiss-rank.yaml]`: a starter report config (YAML, with
 * comments) for a score table: its benchmarks as one round each, the defaults, a schema line for
 * editors. The table is loaded and checked first, so the config names only what exists; the file
 * is written new, never over an existing one (OUTPUT_EXISTS).
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SwissRankError } from '../../errors.js';
import type { ScoreTable } from '../../input/types.js';
import { CONFIG_SCHEMA_PATH } from '../../options/configSchema.js';
import { PACKAGE_ROOT } from '../../packageInfo.js';
import { isStdoutPath } from '../../report/writeOutputFile.js';
import { writeNewFile } from '../../report/writeNewFile.js';
import { defineCommand } from '../command.js';
import { loadData } from '../loadData.js';
import { skippedRowWarning } from '../loadTournament.js';
import { starterConfig } from '../starterConfig.js';

export const initCommand = defineCommand({
  name: 'init',
  describe: 'Write a starter report config (YAML) for a score table: --scores FILE (or a harness\'s outputs: --from KIND --scores PATH) [--out swiss-rank.yaml]',
  options: ['scores', 'from', 'metric', 'lowerIsBetter', 'alias', 'groups', 'layout', 'delimiter', 'ragged', 'missing', 'initOut', 'quiet'],
  async run({ values, io, note, warn }) {
    if (values.scores === undefined) {
      throw new SwissRankError('BAD_OPTION', 'init needs the score table to start from: --scores FILE', { option: 'scores' });
    }
    const out = values.initOut;
    // The data as every command loads it (--from, the import options and their checks included).
    const table = (await loadData({ ...values, winMatrix: undefined, outcomes: 'paper' }, io.signal)).data as ScoreTable;
    for (const choice of table.provenance?.imported?.choices ?? []) note(`${values.from}: ${choice}`);
    // Paths in the config are relative to it, so the config and its table can move together.
    const folder = isStdoutPath(out) ? process.cwd() : dirname(resolve(out));
    const fromConfig = (file: string) => relative(folder, resolve(file)).split('\\').join('/') || '.';
    const name = isStdoutPath(out) ? 'swiss-rank' : (out.split(/[\\/]/).pop() ?? out).replace(/\.ya?ml$/i, '');
    for (const row of table.skipped) warn(skippedRowWarning(table.source, row));
    const emptyCells = table.scores.filter(Number.isNaN).length;
    if (emptyCells > 0 && values.missing === undefined) {
      warn(`the table has ${emptyCells} empty cell(s); the config leaves "missing" for you to choose (the report refuses them until then)`);
    }
    const text = starterConfig({
      scores: fromConfig(values.scores),
      models: table.models.length,
      benchmarks: table.benchmarks,
      emptyCells,
      data: { ...values, alias: values.alias === undefined ? undefined : fromConfig(values.alias) },
      schema: fromConfig(fileURLToPath(new URL(CONFIG_SCHEMA_PATH, PACKAGE_ROOT))),
      out: `${name}-report`,
    });
    await writeNewFile(out, text, io.stdout);
    if (!isStdoutPath(out)) note(`wrote ${out}: edit its rounds, then run swiss-rank report --config ${out}`);
  },
});
