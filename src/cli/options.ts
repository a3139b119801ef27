/**
 * The `simulate` command's options, declared as data (yargs option objects), and the typed request
 * they parse into. Later commands (sweep, report) reuse these groups.
 */
import type { Options } from 'yargs';
import type { RaggedPolicy } from '../input/csvRows.js';
import { MISSING_POLICIES, type MissingPolicy } from '../input/roundOutcomes.js';
import { LAYOUTS, type Layout } from '../input/types.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../report/outputFormat.js';

export const DATA_OPTIONS = {
  scores: {
    type: 'string',
    describe: 'Score table (CSV). Default: the bundled HELM Lite v1.13.0 table',
    group: 'Data:',
  },
  layout: {
    choices: LAYOUTS,
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
  ragged: {
    choices: ['error', 'skip'],
    default: 'error',
    describe: 'Score-table rows with the wrong number of fields: refuse, or leave them out with a warning',
    group: 'Data:',
  },
  missing: {
    choices: MISSING_POLICIES,
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
  format: { choices: OUTPUT_FORMATS, default: 'table', describe: 'Output format', group: 'Output:' },
  out: { type: 'string', describe: 'Write the output to this file (atomically) instead of stdout', group: 'Output:' },
  quiet: { type: 'boolean', default: false, describe: 'No progress bar or notes on stderr', group: 'Output:' },
} as const satisfies Record<string, Options>;

export const SIMULATE_OPTIONS = { ...DATA_OPTIONS, ...RULE_OPTIONS, ...RUN_OPTIONS, ...OUTPUT_OPTIONS };


/** What the data options select. */
export interface DataRequest {
  scores?: string;
  layout?: Layout;
  winMatrices?: string[];
  delimiter: string;
  rounds?: string;
  ragged: RaggedPolicy;
  missing: MissingPolicy;
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
