/**
 * The command table: every command of the executable. A new command is one file in commands/
 * (its options, run function and renderers) and one line here.
 */
import type { Command } from './command.js';
import { compareCommand } from './commands/compare.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { orderCommand } from './commands/order.js';
import { perturbCommand } from './commands/perturb.js';
import { reportCommand } from './commands/report.js';
import { simulateCommand } from './commands/simulate.js';
import { sweepCommand } from './commands/sweep.js';
import { winsCommand } from './commands/wins.js';

/** Each command's own option names and result type are checked where it is defined; the table
 *  holds them side by side, which TypeScript can only type loosely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any, any>;

export const COMMANDS: readonly AnyCommand[] = [
  simulateCommand, sweepCommand, orderCommand, reportCommand, compareCommand, perturbCommand,
  winsCommand,
  importCommand,
  initCommand,
];
