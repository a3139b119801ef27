/**
 * The step every simulating command shares: load the data, build the tournament, and say what
 * goes with it (warnings for rows left out and plans that skip rounds or benchmarks, even with
 * --quiet; a note naming the bundled table when it was used).
 */
import type { RoundOrder, TieBreak } from '../core/plan.js';
import type { SkippedRow } from '../input/csvTable.js';
import type { RoundGroupValue } from '../options/optionKind.js';
import { unplayedRounds } from '../tournament/planWarnings.js';
import { buildTournament, withElimination, type Tournament } from '../tournament/tournament.js';
import { DEFAULT_DATA_LABEL, loadData, type DataValues } from './loadData.js';

export interface TournamentRequest {
  readonly data: DataValues;
  readonly rounds?: string | readonly RoundGroupValue[];
  readonly elimination?: number | readonly number[];
  readonly tieBreak: TieBreak;
  readonly roundOrder: RoundOrder;
  /** A sweep's eliminations: each is checked for rounds it leaves unplayed. */
  readonly sweep?: readonly number[];
}

export interface Say {
  note(text: string): void;
  warn(text: string): void;
}

export async function loadTournament(request: TournamentRequest, say: Say, signal?: AbortSignal): Promise<Tournament> {
  const { data, defaultUsed, missing } = await loadData(request.data, signal);
  const tournament = buildTournament(data, {
    rounds: request.rounds,
    elimination: request.elimination,
    tieBreak: request.tieBreak,
    roundOrder: request.roundOrder,
    missing,
  });
  for (const row of tournament.source.skippedRows) say.warn(skippedRowWarning(tournament.source.files[0], row));
  for (const warning of tournament.warnings) say.warn(warning);
  for (const t of request.sweep ?? []) {
    const unplayed = unplayedRounds(withElimination(tournament, t).plan, tournament.rounds);
    if (unplayed !== undefined) say.warn(`at T=${t}, ${unplayed}`);
  }
  if (defaultUsed) {
    say.note(
      `No --scores given: using the ${DEFAULT_DATA_LABEL}, ${data.models.length} models, ` +
        `one round per scenario in file order (${tournament.rounds.map((r) => r.name).join(', ')}); ` +
        'its one gap (microsoft/phi-3-small-8k-instruct on GSM8K, which HELM did not run) is handled ' +
        `by --missing ${missing}.`,
    );
  }
  return tournament;
}

/** The warning for a score-table row left out under --ragged skip (init says it too). */
export function skippedRowWarning(file: string, row: SkippedRow): string {
  return `${file}:${row.line}: left out ${JSON.stringify(row.name)} (${row.fields} fields, the header has ${row.expected}) as --ragged skip asks`;
}
