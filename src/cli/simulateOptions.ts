/**
 * The `simulate` command's options, declared as data (yargs option objects), and the typed request
 * they parse into. Later commands (sweep, report) reuse these groups.
 */
import type { Options } from 'yargs';

export const DATA_OPTIONS = {
  scores: {
    type: 'string',
    describe: 'Score table (CSV). Default: the bundled HELM Lite v1.13.0 table',
    group: 'Data:',
  },
  layout: {
    choices: ['benchmarks-as-rows', 'models-as-rows'],
    describe: 'Score table layout; needed unless the header starts with "benchmark" or "model"',
    group: 'Data:',
  },
  'win-matrix': {
    type: 'string',
    array: true,
    describe: 'Win-probability matrices, one CSV per benchmark (named by its file name)',
    group: 'Data:',
  },
  delimiter: {
    type: 'string',
    describe: 'CSV field separator',
    default: ',',
    group: 'Data:',
  },
  rounds: {
    type: 'string',
    describe: 'Round plan "A,B;C;D": "," joins benchmarks in a round, ";" separates rounds. Default: one round per benchmark in file order',
    group: 'Data:',
  },
  missing: {
    choices: ['error', 'loss', 'coin'],
    default: 'error',
    describe: 'Empty score cells: refuse, lose that round\'s matches, or toss a coin',
    group: 'Data:',
  },
} as const satisfies Record<string, Options>;

export const RULE_OPTIONS = {
  elimination: {
    type: 'string',
    default: '0',
    describe: 'Models eliminated after each round: one number, or one per round "2,2,1,..."',
    group: 'Rules:',
  },
  'tie-break': {
    choices: ['random', 'index'],
    default: 'random',
    describe: 'Ties at the elimination cut: uniformly at random (paper), or earliest-listed first (authors\' script)',
    group: 'Rules:',
  },
} as const satisfies Record<string, Options>;

export const RUN_OPTIONS = {
  iterations: { type: 'number', default: 100_000, describe: 'Tournaments to simulate', group: 'Monte Carlo:' },
  seed: { type: 'number', default: 1, describe: 'Master seed (same seed, same results on any thread count)', group: 'Monte Carlo:' },
  threads: { type: 'number', describe: 'Worker threads [default: the machine\'s cores]', group: 'Monte Carlo:' },
} as const satisfies Record<string, Options>;

export const OUTPUT_OPTIONS = {
  format: { choices: ['table', 'csv', 'json'], default: 'table', describe: 'Output format', group: 'Output:' },
  out: { type: 'string', describe: 'Write the output to this file (atomically) instead of stdout', group: 'Output:' },
  quiet: { type: 'boolean', default: false, describe: 'No progress bar or notes on stderr', group: 'Output:' },
} as const satisfies Record<string, Options>;

export const SIMULATE_OPTIONS = { ...DATA_OPTIONS, ...RULE_OPTIONS, ...RUN_OPTIONS, ...OUTPUT_OPTIONS };

export type Layout = 'benchmarks-as-rows' | 'models-as-rows';
export type OutputFormat = 'table' | 'csv' | 'json';

/** What the data options select. */
export interface DataRequest {
  scores?: string;
  layout?: Layout;
  winMatrices?: string[];
  delimiter: string;
  rounds?: string;
  missing: 'error' | 'loss' | 'coin';
}

export interface SimulateRequest {
  data: DataRequest;
  elimination: number[];
  tieBreak: 'random' | 'index';
  iterations: number;
  seed: number;
  threads?: number;
  format: OutputFormat;
  out?: string;
  quiet: boolean;
}
