/**
 * The CLI as a function: argv and streams in, an exit code out. Errors become one line on
 * stderr: 2 for bad input or usage, 1 for an internal failure, 130 when interrupted.
 */
import { SwissRankError } from '../errors.js';
import { parseArgs } from './parseArgs.js';
import { simulateCommand, type CliIo } from './simulateCommand.js';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERRUPTED = 130;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const parsed = await parseArgs(argv.filter((a) => a !== '--debug'));
    if (parsed.command === 'simulate') await simulateCommand(parsed.request, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof SwissRankError) {
      io.stderr.write(`swiss-rank: ${error.describe()}\n`);
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      if (error.code === 'ABORTED') return EXIT_INTERRUPTED;
      return error.code === 'WORKER_FAILED' ? EXIT_INTERNAL : EXIT_BAD_INPUT;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`swiss-rank: internal error: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}
