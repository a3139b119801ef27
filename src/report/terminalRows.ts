/**
 * The rows a terminal table shows: the first TERMINAL_ROWS in the table's order, and one line
 * saying how many follow and how to see every one (CSV, JSON and Markdown always list all). The `table`
 * package lays out each cell (~0.3 ms a row): 4,496 rows cost over a second. Cost: O(rows shown).
 */

/** More rows than anyone reads on a terminal, and at most ~60 ms of layout. */
export const TERMINAL_ROWS = 200;

export interface TerminalRows<T> {
  readonly shown: readonly T[];
  /** '' when every row is shown; otherwise a line (with its newline) for under the table. */
  readonly hiddenNote: string;
}

/** `what` names the rows ("models"), `order` how they are ordered ("by E[S]"). */
export function terminalRows<T>(rows: readonly T[], what: string, order: string): TerminalRows<T> {
  if (rows.length <= TERMINAL_ROWS) return { shown: rows, hiddenNote: '' };
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    shown: rows.slice(0, TERMINAL_ROWS),
    hiddenNote:
      `The first ${count(TERMINAL_ROWS)} of ${count(rows.length)} ${what} ${order}; the other ${count(rows.length - TERMINAL_ROWS)} ` +
      `are not shown here: --format csv, json or markdown lists every one.\n`,
  };
}
