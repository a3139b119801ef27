/**
 * The CLI as a function, and the one runner every command goes through: parse, check every option
 * (all problems at once), check the output path, make the engine (the one owner of the worker
 * pool) with a progress bar, run the command, render and write its output, close the engine.
 * Errors become one line each on stderr: exit 2 for bad input, usage or an output that cannot be
 * written, 1 for an internal failure, 130 when interrupted; 141, silently, when the reader of
 * stdout went away (what `cat` does).
 */
import { Engine } from '../engine/engine.js';
import type { KernelName } from '../engine/kernelName.js';
import { SwissRankError } from '../errors.js';
import { OPTIONS, type OptionName } from '../options/declarations.js';
import { optionPlace } from '../options/readOptions.js';
import type { OutputFormat } from '../options/outputFormat.js';
import type { CliIo } from './cliIo.js';
import { COMMANDS } from './commands.js';
import { checkOutput, emit, inputFiles } from './emit.js';
import { outputFormatFor } from './outputFormatFor.js';
import { parseCommandLine } from './parseArgs.js';
import { noProgress, progressBar } from './progressBar.js';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERRUPTED = 130;
/** 128 + SIGPIPE, what a shell reports for `cat` killed by a closed pipe: `set -o pipefail`
 *  scripts then treat `swiss-rank ... | head` as they treat `cat ... | head`. */
export const EXIT_READER_GONE = 141;

export interface RunCliOptions {
  /** Start the workers of a simulating command before its data loads (the executable does; tests
   *  running many small commands in one process need not). */
  readonly prestart?: boolean;
}

export async function runCli(argv: readonly string[], io: CliIo, options: RunCliOptions = {}): Promise<number> {
  const debug = argv.includes('--debug');
  // Warnings print even with --quiet: the result rests on less than the user may think.
  const warn = (text: string) => void io.stderr.write(`swiss-rank: warning: ${text}\n`);
  // Workers take ~50 ms to boot: for a command that simulates, they start on the default thread
  // count while the command line is parsed (~20 ms); an explicit, different --threads replaces them.
  const early =
    options.prestart && COMMANDS.some((c) => c.name === argv[0] && c.progress) ? new Engine({ onWarning: warn }) : undefined;
  early?.prestart();
  let engine: Engine | undefined;
  let bar = noProgress;
  try {
    const parsed = await parseCommandLine(argv.filter((a) => a !== '--debug'));
    if (parsed === undefined) return EXIT_OK; // --help or --version was printed
    const { command, values, given } = parsed;
    // The runner handles the options every command shares; they are optional in a command's list.
    const { quiet = false, out, threads, kernel } = values as { quiet?: boolean; out?: string; threads?: number; kernel?: KernelName };
    // --format when given, else what --out's extension names (x.md: markdown), else a table.
    const format = outputFormatFor(given.has('format') ? (values.format as OutputFormat) : undefined, out);
    const say = { note: (text: string) => (quiet ? undefined : void io.stderr.write(`${text}\n`)), warn };
    if (command.render) await checkOutput(out, inputFiles(values, command.options));
    if (command.progress && !quiet && io.stderr.isTTY) bar = progressBar(io.stderr, command.progress);
    if (early && (threads === undefined || threads === early.threads)) {
      engine = early.with({ signal: io.signal, onProgress: bar.update, kernel });
    } else {
      await early?.close();
      engine = new Engine({ threads, signal: io.signal, onProgress: bar.update, onWarning: warn, kernel });
    }

    const result = await command.run({ values, given, engine, io, ...say });
    bar.finish();
    if (command.render) {
      await emit(await command.render[format](result), out, io, say.note);
    }
    return EXIT_OK;
  } catch (error) {
    bar.finish();
    return report(forCommandLine(error), io, debug);
  } finally {
    // One pool: the early engine's, shared by its view, or the one made for --threads.
    await (engine ?? early)?.close();
  }
}

function report(error: unknown, io: CliIo, debug: boolean): number {
  // Nobody is reading any more: nothing to say, and saying it could only fail again.
  if (error instanceof SwissRankError && error.code === 'OUTPUT_CLOSED') return EXIT_READER_GONE;
  if (error instanceof SwissRankError) {
    for (const line of error.describeAll()) io.stderr.write(`swiss-rank: ${line}\n`);
    if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
    if (error.code === 'ABORTED') return EXIT_INTERRUPTED;
    return error.code === 'WORKER_FAILED' ? EXIT_INTERNAL : EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`swiss-rank: internal error: ${message}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT_INTERNAL;
}

/**
 * Errors raised below the CLI name options by their API field (`elimination`, `rounds`); on the
 * command line they are flags (`--elimination`). Places in files (configs, data) stay as they are.
 */
function forCommandLine(error: unknown): unknown {
  if (!(error instanceof SwissRankError)) return error;
  const relabel = (e: SwissRankError): SwissRankError => {
    const option = e.location.option;
    if (e.location.file !== undefined || option === undefined || !(option in OPTIONS)) return e;
    return new SwissRankError(e.code, e.message, { ...e.location, option: optionPlace(option as OptionName, 'cli') });
  };
  const first = relabel(error);
  return new SwissRankError(first.code, first.message, first.location, error.others.map(relabel));
}

