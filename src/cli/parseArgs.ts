/**
 * Command-line parsing (yargs, strict): argv in, a typed request out, no side effects beyond
 * yargs printing --help / --version. Exported so tests parse without spawning a process.
 */
import yargs from 'yargs';
import { SwissRankError } from '../errors.js';
import { VERSION } from '../packageInfo.js';
import type { RaggedPolicy } from '../input/csvRows.js';
import type { MissingPolicy } from '../input/roundOutcomes.js';
import type { Layout } from '../input/types.js';
import type { OutputFormat } from '../report/outputFormat.js';
import { SIMULATE_OPTIONS, type SimulateRequest } from './simulateOptions.js';

export type CliRequest = { command: 'simulate'; request: SimulateRequest } | { command: 'none' };

export async function parseArgs(argv: readonly string[]): Promise<CliRequest> {
  let chosen: CliRequest = { command: 'none' };
  await yargs([...argv])
    .scriptName('swiss-rank')
    .usage('$0 <command> [options]\n\nRank language models across benchmarks by simulated Swiss-system tournaments (CSD).')
    .command(
      'simulate',
      'Expected Win Score of every model over N simulated tournaments',
      (y) => y.options(SIMULATE_OPTIONS),
      (args) => {
        chosen = {
          command: 'simulate',
          request: {
            data: {
              scores: args.scores,
              layout: args.layout as Layout | undefined,
              winMatrices: args['win-matrix']?.map(String),
              delimiter: args.delimiter,
              rounds: args.rounds,
              ragged: args.ragged as RaggedPolicy,
              missing: args.missing as MissingPolicy,
            },
            elimination: parseElimination(args.elimination),
            tieBreak: args['tie-break'] as 'random' | 'index',
            iterations: args.iterations,
            seed: args.seed,
            threads: args.threads,
            format: args.format as OutputFormat,
            out: args.out,
            quiet: args.quiet,
          },
        };
      },
    )
    .demandCommand(1, 'name a command (simulate)')
    .strict()
    .version(VERSION)
    .help()
    // Measuring the terminal for wrapping costs ~10 ms of start-up; only help text needs it.
    .wrap(argv.includes('--help') ? Math.min(110, process.stdout.columns || 110) : null)
    .exitProcess(false)
    .fail((message, error) => {
      if (error instanceof SwissRankError) throw error;
      // yargs words some messages over several lines; an error is one line.
      const text = (message || error?.message || 'bad usage').replace(/\s*\n\s*/g, ' ');
      throw new SwissRankError('BAD_OPTION', `${text} (see swiss-rank --help)`, { option: 'usage' });
    })
    .parseAsync();
  return chosen;
}

/** `--elimination 2` or `--elimination 2,2,1`: whole numbers, checked against the rounds later. */
export function parseElimination(text: string): number[] {
  const parts = String(text).split(',').map((p) => p.trim());
  return parts.map((p) => {
    if (!/^\d+$/.test(p)) {
      throw new SwissRankError('BAD_ELIMINATION', `expected non-negative whole numbers, found "${p}"`, {
        option: '--elimination',
      });
    }
    return Number(p);
  });
}
