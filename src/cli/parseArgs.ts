/**
 * Command-line parsing (yargs, strict): argv in, a typed request out, no side effects beyond
 * yargs printing --help / --version. Exported so tests parse without spawning a process.
 */
import yargs, { type ArgumentsCamelCase, type InferredOptionTypes } from 'yargs';
import { SwissRankError } from '../errors.js';
import { DEFAULT_REPLICATES } from '../run/bootstrap.js';
import type { RaggedPolicy } from '../input/csvRows.js';
import type { MissingPolicy } from '../input/roundOutcomes.js';
import type { Layout } from '../input/types.js';
import { VERSION } from '../packageInfo.js';
import type { OutputFormat } from '../report/outputFormat.js';
import {
  DATA_OPTIONS,
  OUTPUT_OPTIONS,
  REPORT_OPTIONS,
  RUN_OPTIONS,
  SIMULATE_OPTIONS,
  SWEEP_OPTIONS,
  COMPARE_OPTIONS,
  PERTURB_OPTIONS,
  type CompareRequest,
  type PerturbRequest,
  type ReportRequest,
  type RunRequest,
  type SimulateRequest,
  type SweepRequest,
} from './options.js';

export type CliRequest =
  | { command: 'simulate'; request: SimulateRequest }
  | { command: 'sweep'; request: SweepRequest }
  | { command: 'report'; request: ReportRequest }
  | { command: 'compare'; request: CompareRequest }
  | { command: 'perturb'; request: PerturbRequest }
  | { command: 'none' };

type RunArgs = ArgumentsCamelCase<
  InferredOptionTypes<typeof DATA_OPTIONS & typeof RUN_OPTIONS & typeof OUTPUT_OPTIONS & { 'tie-break': { type: 'string' } }>
>;

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
          request: { ...runRequest(args), elimination: parseCounts(args.elimination, '--elimination'), exact: args.exact },
        };
      },
    )
    .command(
      'sweep',
      'Failure sensitivity: Expected Win Scores at each elimination T, the drop and profiles',
      (y) => y.options(SWEEP_OPTIONS),
      (args) => {
        chosen = { command: 'sweep', request: { ...runRequest(args), sweep: parseCounts(args.sweep, '--sweep') } };
      },
    )
    .command(
      'compare',
      'CSD beside the plain mean, normalised mean and mean win rate; Kendall tau; optional tiers and robustness',
      (y) => y.options(COMPARE_OPTIONS),
      (args) => {
        chosen = {
          command: 'compare',
          request: {
            ...runRequest(args),
            sweep: parseCounts(args.sweep, '--sweep'),
            bootstrap: bootstrapReplicates(argv, args.bootstrap),
            scoreStdErrors: args['score-stderr'],
            zeroRandom: args['zero-random'],
            zeroTo: args['zero-to'] as 'zero' | 'min',
          },
        };
      },
    )
    .command(
      'perturb',
      "Robustness: zero some of a model's scores and see how far each ranking moves it",
      (y) => y.options(PERTURB_OPTIONS),
      (args) => {
        chosen = {
          command: 'perturb',
          request: {
            ...runRequest(args),
            sweep: parseCounts(args.sweep, '--sweep'),
            zero: args.zero,
            zeroRandom: args['zero-random'],
            zeroTo: args['zero-to'] as 'zero' | 'min',
          },
        };
      },
    )
    .command(
      'report',
      'A sensitivity report (JSON, CSV and an HTML page with the paper\'s figures) from a config file',
      (y) => y.options(REPORT_OPTIONS),
      (args) => {
        chosen = {
          command: 'report',
          request: { config: args.config, out: args.out, force: args.force, threads: args.threads, quiet: args.quiet },
        };
      },
    )
    .demandCommand(1, 'name a command (simulate, sweep, compare, perturb or report)')
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

function runRequest(args: RunArgs): RunRequest {
  return {
    data: {
      scores: args.scores,
      layout: args.layout as Layout | undefined,
      winMatrices: args['win-matrix']?.map(String),
      delimiter: args.delimiter,
      rounds: args.rounds,
      ragged: args.ragged as RaggedPolicy,
      missing: args.missing as MissingPolicy,
    },
    tieBreak: args['tie-break'] as 'random' | 'index',
    iterations: args.iterations,
    seed: args.seed,
    threads: args.threads,
    format: args.format as OutputFormat,
    out: args.out,
    quiet: args.quiet,
  };
}

/** `--bootstrap` alone means the default 200 replicates; absent, none. A value is checked later. */
function bootstrapReplicates(argv: readonly string[], value: number | undefined): number {
  if (value !== undefined) return value;
  return argv.some((a) => a === '--bootstrap') ? DEFAULT_REPLICATES : 0;
}

/** `2` or `2,2,1`: non-negative whole numbers (their count is checked against the rounds later). */
export function parseCounts(text: string, option: string): number[] {
  const code = option === '--elimination' ? 'BAD_ELIMINATION' : 'BAD_OPTION';
  return String(text)
    .split(',')
    .map((p) => p.trim())
    .map((p) => {
      if (!/^\d+$/.test(p)) {
        throw new SwissRankError(code, `expected non-negative whole numbers, found "${p}"`, { option });
      }
      return Number(p);
    });
}
