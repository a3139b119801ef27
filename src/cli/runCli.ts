/**
 * The CLI as a function: argv and streams in, an exit code out. Errors become one line on
 * stderr: 2 for bad input, usage or an output that cannot be written, 1 for an internal failure,
 * 130 when interrupted; 141, silently, when the reader of stdout went away (what `cat` does).
 */
import { SwissRankError } from '../errors.js';
import { parseArgs } from './parseArgs.js';
import type { CliIo } from './cliIo.js';
import { compareCommand } from './compareCommand.js';
import { perturbCommand } from './perturbCommand.js';
import { reportCommand } from './reportCommand.js';
import { simulateCommand } from './simulateCommand.js';
import { sweepCommand } from './sweepCommand.js';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERRUPTED = 130;
/** 128 + SIGPIPE, what a shell reports for `cat` killed by a closed pipe: `set -o pipefail`
 *  scripts then treat `swiss-rank ... | head` as they treat `cat ... | head`. */
export const EXIT_READER_GONE = 141;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const parsed = await parseArgs(argv.filter((a) => a !== '--debug'));
    if (parsed.command === 'simulate') await simulateCommand(parsed.request, io);
    else if (parsed.command === 'sweep') await sweepCommand(parsed.request, io);
    else if (parsed.command === 'report') await reportCommand(parsed.request, io);
    else if (parsed.command === 'compare') await compareCommand(parsed.request, io);
    else if (parsed.command === 'perturb') await perturbCommand(parsed.request, io);
    return EXIT_OK;
  } catch (error) {
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
}
