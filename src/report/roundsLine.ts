/**
 * The round plan in one line for the terminal renderers, saying how the rounds were ordered:
 * as listed, or afresh at random in every tournament (roundOrder `random`), so no table can be
 * read without knowing which.
 */
import type { RunHeader } from '../analyses/runHeader.js';

export function roundsLine(result: Pick<RunHeader, 'rounds' | 'roundOrder'>): string {
  const names = result.rounds.map((r) => r.name).join(' | ');
  return result.roundOrder === 'random'
    ? `rounds, in a fresh random order in every tournament (elimination per position): ${names}`
    : `rounds, in this order: ${names}`;
}

/** How empty score cells were played, for the line of rules: nothing under `error` (a run with
 *  empty cells would have been refused), else what decided their matches. */
export function emptyCellsText(result: Pick<RunHeader, 'missing'>): string {
  if (result.missing === 'error') return '';
  return result.missing === 'coin'
    ? '; empty score cells: a fair coin in their matches (--missing coin)'
    : '; empty score cells: their matches lost (--missing loss)';
}
