/**
 * What a command is: its name and help, the options it takes (names in the option table), and a
 * run function from checked option values to a result, with renderers for each output format.
 * The one runner (runCli.ts) does everything else the same way for every command: parsing,
 * checking the output path, the engine and its progress bar, notes and warnings, writing the
 * output, errors and exit codes.
 */
import type { Engine } from '../engine/engine.js';
import type { OptionName, OptionValues } from '../options/declarations.js';
import type { OutputFormat } from '../options/outputFormat.js';
import type { CliIo } from './cliIo.js';

export interface CommandContext<N extends OptionName> {
  readonly values: OptionValues<N>;
  /** The options given on the command line (the rest are defaults). */
  readonly given: ReadonlySet<N>;
  readonly engine: Engine;
  readonly io: CliIo;
  /** A note for people on stderr; silent with --quiet. */
  note(text: string): void;
  /** A warning on stderr, even with --quiet: the result rests on less than the user may think. */
  warn(text: string): void;
}

export type Renderers<R> = Readonly<Record<OutputFormat, (result: R) => Promise<string> | string>>;

export interface Command<N extends OptionName = OptionName, R = unknown> {
  readonly name: string;
  readonly describe: string;
  readonly options: readonly N[];
  /** Options taken from positional arguments, in this order (also listed in `options`); the last
   *  may be a list (`import <from> <paths..>`). */
  readonly positionals?: readonly N[];
  /** The progress bar's label; set for commands that simulate (their workers start early). */
  readonly progress?: string;
  readonly run: (context: CommandContext<N>) => Promise<R>;
  /** Formats the result for --format; absent for a command that writes its own output (report). */
  readonly render?: Renderers<R>;
}

/** Keeps each command's option names and result type tied together. */
export function defineCommand<N extends OptionName, R>(command: Command<N, R>): Command<N, R> {
  return command;
}
