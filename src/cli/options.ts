/**
 * Every command's options, declared as data (yargs option objects) in groups the commands share,
 * and the typed requests they parse into.
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
    // No yargs default: the loader defaults to ',' and must see whether one was given, to take a
    // file's Excel "sep=" line or refuse a conflicting --delimiter.
    type: 'string',
    describe: 'CSV field separator ("tab" for a tab) [default: the file\'s "sep=" line, else ","]',
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

export const EXACT_OPTION = {
  exact: {
    type: 'boolean',
    default: false,
    describe: 'Exact answer by enumeration instead of Monte Carlo (at most 8 models)',
    group: 'Monte Carlo:',
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

export const SWEEP_RULE_OPTIONS = {
  sweep: {
    type: 'string',
    default: '0,1,2',
    describe: 'Constant eliminations per round to compare; the first is the base (the paper: 0,1,2)',
    group: 'Rules:',
  },
  'tie-break': RULE_OPTIONS['tie-break'],
} as const satisfies Record<string, Options>;

export const COMPARE_OPTIONS_EXTRA = {
  bootstrap: {
    type: 'number',
    describe: 'Bootstrap replicates over the benchmarks for tiers of statistically tied models (alone: 200)',
    group: 'Statistics:',
  },
  'score-stderr': {
    type: 'string',
    describe: 'Per-score standard errors (same layout as --scores): bootstrap draws scores from normals instead',
    group: 'Statistics:',
  },
  'zero-random': {
    type: 'number',
    default: 0,
    describe: 'Robustness: for every model, zero this many random benchmarks and measure each ranking\'s shift (0: none)',
    group: 'Statistics:',
  },
  'zero-to': {
    choices: ['zero', 'min'],
    default: 'zero',
    describe: "A zeroed score becomes 0, or the benchmark's lowest score",
    group: 'Statistics:',
  },
} as const satisfies Record<string, Options>;

export const PERTURB_OPTIONS_EXTRA = {
  zero: {
    type: 'string',
    describe: 'Zero these scores of one model: "model:benchmark1,benchmark2"',
    group: 'Statistics:',
  },
  'zero-random': COMPARE_OPTIONS_EXTRA['zero-random'],
  'zero-to': COMPARE_OPTIONS_EXTRA['zero-to'],
} as const satisfies Record<string, Options>;

export const REPORT_OPTIONS = {
  config: { type: 'string', demandOption: true, describe: 'Report config (JSON)', group: 'Report:' },
  out: { type: 'string', describe: "Output folder (overrides the config's \"out\")", group: 'Report:' },
  threads: RUN_OPTIONS.threads,
  quiet: OUTPUT_OPTIONS.quiet,
} as const satisfies Record<string, Options>;

export const SIMULATE_OPTIONS = { ...DATA_OPTIONS, ...RULE_OPTIONS, ...RUN_OPTIONS, ...EXACT_OPTION, ...OUTPUT_OPTIONS };
export const SWEEP_OPTIONS = { ...DATA_OPTIONS, ...SWEEP_RULE_OPTIONS, ...RUN_OPTIONS, ...OUTPUT_OPTIONS };
export const COMPARE_OPTIONS = { ...SWEEP_OPTIONS, ...COMPARE_OPTIONS_EXTRA };
export const PERTURB_OPTIONS = { ...SWEEP_OPTIONS, ...PERTURB_OPTIONS_EXTRA };


/** What the data options select. */
export interface DataRequest {
  scores?: string;
  layout?: Layout;
  winMatrices?: string[];
  /** Absent unless given: the loader then takes a `sep=` line, else `,`. */
  delimiter?: string;
  rounds?: string;
  ragged: RaggedPolicy;
  missing: MissingPolicy;
}

/** Options every simulation command has. */
export interface RunRequest {
  data: DataRequest;
  tieBreak: 'random' | 'index';
  iterations: number;
  seed: number;
  threads?: number;
  format: OutputFormat;
  out?: string;
  quiet: boolean;
}

export interface SimulateRequest extends RunRequest {
  elimination: number[];
  exact: boolean;
}

export interface SweepRequest extends RunRequest {
  sweep: number[];
}

export interface CompareRequest extends SweepRequest {
  bootstrap: number;
  scoreStdErrors?: string;
  zeroRandom: number;
  zeroTo: 'zero' | 'min';
}

export interface PerturbRequest extends SweepRequest {
  /** `model:benchmark1,benchmark2`. */
  zero?: string;
  zeroRandom: number;
  zeroTo: 'zero' | 'min';
}

export interface ReportRequest {
  config: string;
  out?: string;
  threads?: number;
  quiet: boolean;
}
