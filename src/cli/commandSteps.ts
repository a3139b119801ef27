/**
 * The steps every command shares, so simulate, sweep and report say the same things the same way:
 * load the data and build the tournament (with the notes and warnings that go with it), run with
 * a progress bar, and emit the output to stdout or safely to a file.
 */
import type { TieBreak } from '../core/plan.js';
import { checkOutputFile, isStdoutPath, readerGone, writeOutputFile } from '../report/writeOutputFile.js';
import { writeToStream } from '../report/writeToStream.js';
import type { RoundGroup } from '../input/roundPlan.js';
import type { ScoreTable, WinMatrices } from '../input/types.js';
import { planWarnings } from '../run/planWarnings.js';
import { withElimination } from '../run/sweep.js';
import { buildTournament, type Tournament } from '../run/tournament.js';
import type { CliIo } from './cliIo.js';
import { DEFAULT_DATA_FILE, DEFAULT_DATA_LABEL, loadData } from './loadData.js';
import type { DataRequest } from './options.js';
import { noProgress, progressBar } from './progressBar.js';

export interface TournamentRequest {
  data: DataRequest;
  /** A sweep's eliminations: each is checked for rounds it leaves unplayed. */
  sweep?: readonly number[];
  /** A `--rounds` spec, or named groups from a config. */
  rounds?: string | readonly RoundGroup[];
  elimination: number | readonly number[];
  tieBreak: TieBreak;
  quiet: boolean;
}

export async function loadTournament(
  request: TournamentRequest,
  io: CliIo,
): Promise<{ data: ScoreTable | WinMatrices; tournament: Tournament }> {
  const { data, defaultUsed } = await loadData(request.data);
  const tournament = buildTournament(data, {
    rounds: request.rounds,
    elimination: request.elimination,
    tieBreak: request.tieBreak,
    missing: request.data.missing,
  });
  // Warnings print even with --quiet: they say the result rests on less data than the file holds.
  for (const row of tournament.source.skippedRows) {
    io.stderr.write(
      `swiss-rank: warning: ${tournament.source.files[0]}:${row.line}: left out ${JSON.stringify(row.name)} ` +
        `(${row.fields} fields, the header has ${row.expected}) as --ragged skip asks\n`,
    );
  }
  for (const warning of tournament.warnings) io.stderr.write(`swiss-rank: warning: ${warning}\n`);
  for (const t of request.sweep ?? []) {
    for (const warning of planWarnings(withElimination(tournament.plan, t), tournament.rounds, [])) {
      io.stderr.write(`swiss-rank: warning: at T=${t}, ${warning}\n`);
    }
  }
  if (!request.quiet && defaultUsed) {
    io.stderr.write(
      `No --scores given: using the ${DEFAULT_DATA_LABEL}, ${data.models.length} models, ` +
        `one round per scenario in file order (${tournament.rounds.map((r) => r.name).join(', ')}).\n`,
    );
  }
  return { data, tournament };
}

/** Runs `task` with a progress bar on a TTY stderr (unless quiet), cleared afterwards. */
export async function withProgress<T>(
  io: CliIo,
  quiet: boolean,
  label: string,
  task: (onProgress: (done: number, total: number) => void) => Promise<T>,
): Promise<T> {
  const bar = !quiet && io.stderr.isTTY ? progressBar(io.stderr, label) : noProgress;
  try {
    return await task((done, total) => bar.update(done, total));
  } finally {
    bar.finish();
  }
}

/** Before any work: `--out` must be writable and none of the files the run reads. */
export async function checkOutput(request: { out?: string; data: DataRequest; scoreStdErrors?: string }): Promise<void> {
  if (request.out === undefined) return;
  const { data } = request;
  const inputs = [data.scores, ...(data.winMatrices ?? []), request.scoreStdErrors].filter((p) => p !== undefined);
  if (data.scores === undefined && (data.winMatrices ?? []).length === 0) inputs.push(DEFAULT_DATA_FILE);
  await checkOutputFile(request.out, { inputs });
}

/** The output text to stdout, or to `out` (see writeOutputFile). A reader of stdout that went
 *  away throws OUTPUT_CLOSED, which ends the CLI quietly. */
export async function emit(text: string, out: string | undefined, io: CliIo, quiet: boolean): Promise<void> {
  if (out === undefined) {
    if ((await writeToStream(io.stdout, text)) === 'closed') throw readerGone();
    return;
  }
  await writeOutputFile(out, text, { stdout: io.stdout });
  if (!quiet && !isStdoutPath(out)) io.stderr.write(`wrote ${out}\n`);
}
