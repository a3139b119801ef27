/**
 * `swiss-rank wins --from <kind> PATH... [--out DIR]`: per-item logs (lm-eval samples, HELM
 * per-instance stats, Inspect samples) or arena judgements -> one win-matrix CSV per benchmark,
 * ready for `--win-matrix DIR/*.csv`, plus provenance.json, written as a folder with the report
 * folder's safety rules. Without --out nothing is written: the summary (table), the matrices in
 * long form (csv) or whole (json) go to stdout.
 */
import { join } from 'node:path';
import { SwissRankError } from '../../errors.js';
import { ITEM_KINDS, type ItemKind } from '../../import/types.js';
import { winMatricesFrom } from '../../import/wins/winMatricesFrom.js';
import { benchmarkFileNames } from '../../report/benchmarkFileName.js';
import { resultJson } from '../../report/resultJson.js';
import { winMatrixCsv } from '../../report/winMatrixCsv.js';
import { winsJson } from '../../report/winsJson.js';
import { checkReportFolder, writeReportFolder } from '../../report/writeReportFolder.js';
import { defineCommand } from '../command.js';

/** Not a benchmark's file name: benchmarkFileName always ends in `.csv`. */
const PROVENANCE = 'provenance.json';

export const winsCommand = defineCommand({
  name: 'wins',
  describe: 'Win matrices from per-item results (lm-eval, HELM, Inspect) or arena judgements, one CSV per benchmark for --win-matrix',
  options: ['from', 'paths', 'unseen', 'arenaMatrices', 'reportOut', 'force', 'format', 'quiet'],
  positionals: ['paths'],
  async run({ values, io, note, warn }) {
    const kind = values.from;
    if (kind === undefined || !(ITEM_KINDS as readonly string[]).includes(kind)) {
      const found = kind === undefined ? 'none given' : `found ${kind}`;
      throw new SwissRankError('BAD_OPTION', `wins reads one of ${ITEM_KINDS.join(', ')}; ${found}`, { option: 'from' });
    }
    const paths = values.paths as string[];
    const folder = values.reportOut;
    // The folder may never be, or contain, a folder the logs are read from (nor a given folder itself).
    const folderOptions = { protect: [...paths, ...paths.map((path) => join(path, '*'))], force: values.force };
    if (folder !== undefined) await checkReportFolder(folder, folderOptions);
    const result = await winMatricesFrom(kind as ItemKind, paths, { ...values, signal: io.signal });
    const names = benchmarkFileNames(result.matrices.benchmarks);
    warnCoins(result.counts, result.matrices.models.length, warn);
    const json = winsJson(result, names);
    if (folder !== undefined) {
      const files = new Map<string, string>(
        await Promise.all(names.map(async (name, b) => [name, await winMatrixCsv(result.matrices, b)] as [string, string])),
      );
      files.set(PROVENANCE, resultJson(json));
      await writeReportFolder(folder, files, folderOptions);
      note(`wrote ${names.length} win matrices and ${PROVENANCE} to ${folder}`);
    }
    return json;
  },
  render: {
    json: resultJson,
    csv: async (result) => (await import('../../report/winsCsv.js')).winsCsv(result),
    table: async (result) => (await import('../../report/winsTable.js')).winsTable(result),
    markdown: async (result) => (await import('../../report/winsMarkdown.js')).winsMarkdown(result),
  },
});

/** Coins are data the logs do not have: said even with --quiet, with the count they cover. */
function warnCoins(counts: Float64Array, m: number, warn: (text: string) => void): void {
  let coins = 0;
  let pairs = 0;
  for (let k = 0; k < counts.length; k++) {
    const [i, j] = [Math.floor(k / m) % m, k % m];
    if (j <= i) continue;
    pairs++;
    if (counts[k] === 0) coins++;
  }
  if (coins > 0) {
    warn(`${coins} of ${pairs} pairs (over all benchmarks) had nothing to compare and are a coin (0.5); --unseen error refuses them`);
  }
}
