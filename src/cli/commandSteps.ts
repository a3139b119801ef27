/**
 * The steps every command shares, so simulate, sweep and report say the same things the same way:
 * load the data and build the tournament (with the notes and warnings that go with it), run with
 * a progress bar, and emit the output to stdout or atomically to a file.
 */
import type { TieBreak } from '../core/plan.js';
import { writeAtomically } from '../report/writeAtomically.js';
import type { RoundGroup } from '../input/roundPlan.js';
import type { ScoreTable, WinMatrices } from '../input/types.js';
import { planWarnings } from '../run/planWarnings.js';
import { withElimination } from '../run/sweep.js';
import { buildTournament, type Tournament } from '../run/tournament.js';
import type { CliIo } from './cliIo.js';
import { DEFAULT_DATA_LABEL, loadData } from './loadData.js';
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
  const { data, defaultUsed } = await loadData(request.data, io.signal);
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

/** The output text to stdout, or atomically to `out`. */
export async function emit(text: string, out: string | undefined, io: CliIo, quiet: boolean): Promise<void> {
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  await writeAtomically(out, text);
  if (!quiet) io.stderr.write(`wrote ${out}\n`);
}
