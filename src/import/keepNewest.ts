/**
 * One record per model and benchmark from the candidates several files gave. Rule: a pair given
 * once is kept; given several times, the candidate with the latest time wins and a choices line
 * says so; without times for all of them, or with a tie at the latest time, it is BAD_IMPORT
 * naming two of the files (nothing is picked silently). Cost: O(n) with one Map.
 */
import { SwissRankError } from '../errors.js';
import type { ImportedRecord } from './types.js';

export interface DatedRecord {
  readonly record: ImportedRecord;
  /** The file the record came from (for the messages). */
  readonly file: string;
  /** When the run finished or was made, in ms since 1970; absent when the source does not say. */
  readonly time?: number;
  /** How `time` appears in the source, for the choices line. */
  readonly timeText?: string;
}

/** The records in first-seen order, one per (model, benchmark); adds a line to `choices` per pair
 *  decided by time. `what` names the unit in messages ("logs", "records"). */
export function keepNewest(candidates: readonly DatedRecord[], choices: string[], what: string): ImportedRecord[] {
  const byPair = new Map<string, DatedRecord[]>();
  for (const candidate of candidates) {
    const key = `${candidate.record.model}\u0000${candidate.record.benchmark}`;
    const list = byPair.get(key);
    if (list) list.push(candidate);
    else byPair.set(key, [candidate]);
  }
  const kept: ImportedRecord[] = [];
  for (const list of byPair.values()) {
    if (list.length === 1) {
      kept.push(list[0]!.record);
      continue;
    }
    const { model, benchmark } = list[0]!.record;
    const undated = list.find((c) => c.time === undefined);
    const sorted = [...list].sort((a, b) => (b.time ?? 0) - (a.time ?? 0));
    const [newest, second] = sorted as [DatedRecord, DatedRecord];
    if (undated !== undefined || newest.time === second.time) {
      const other = list.find((c) => c !== list[0])!;
      // Sources without dates (HELM tables, OpenCompass results) simply must not repeat a pair.
      const reason = undated !== undefined ? '' : ', made at the same time';
      throw new SwissRankError(
        'BAD_IMPORT',
        `${model} on ${benchmark} is given by ${list.length} ${what} (${list[0]!.file} and ${other.file})${reason}; give one of them`,
        { file: other.file },
      );
    }
    kept.push(newest.record);
    choices.push(`${model} on ${benchmark}: ${newest.file} (newest of ${list.length} ${what}, ${newest.timeText})`);
  }
  return kept;
}
