/**
 * Every option of swiss-rank, declared once: its kind (type and bounds), default, help text,
 * group, command-line flag (the kebab-case of its name unless given), config key (where configs
 * may set it) and API field (its name). The yargs options, the config checks and the library's
 * defaults are all derived from this table (options/*.ts), so adding an option is one entry here
 * plus its use in a loader or the kernel.
 */
import type { ErrorCode } from '../errors.js';
import { KERNEL_NAMES } from '../engine/kernelName.js';
import { FROM_KINDS } from '../import/types.js';
import { ARENA_SPLITS, UNSEEN_POLICIES } from '../import/wins/winsTypes.js';
import { MISSING_POLICIES } from '../input/roundOutcomes.js';
import { LAYOUTS } from '../input/types.js';
import { OUTPUT_FORMATS } from './outputFormat.js';
import { RESAMPLE_UNITS } from './resampleUnit.js';
import { choice, countList, counts, flag, roundPlan, text, textList, wholeNumber, type OptionKind } from './optionKind.js';

export type OptionGroup = 'Data' | 'Rules' | 'Monte Carlo' | 'Statistics' | 'Order' | 'Output' | 'Report';

export interface OptionDeclaration<T> {
  readonly kind: OptionKind<T>;
  readonly help: string;
  readonly group: OptionGroup;
  /** Applied when the option is not given; absent: the option is optional. */
  readonly default?: T;
  /** Shown in help instead of `default` (when the default depends on the machine or the data). */
  readonly defaultText?: string;
  /** The command-line flag without `--`; default: the name in kebab-case. */
  readonly flag?: string;
  /** Where a report config sets it (`iterations`, `data.missing`); absent: configs cannot. */
  readonly config?: string;
  /** A file the run reads or writes: a config's is resolved against the config's folder, and an
   *  output may never be one of the inputs. */
  readonly file?: 'input' | 'output';
  /** The command refuses to run without it. */
  readonly required?: true;
  /** The code its problems carry outside configs (default BAD_OPTION). */
  readonly code?: ErrorCode;
  /** How the library takes it, when not as an options field of its name (false: command line only). */
  readonly library?: string | false;
}

/** The paper's sweep (SPEC "Failure Sensitivity Analysis"). */
export const DEFAULT_SWEEP: readonly number[] = [0, 1, 2];
export const MAX_ITERATIONS = 2 ** 31;
/** `--bootstrap` given without a number. On LiveBench a rank end's Monte Carlo SE is then 0.34 ranks
 *  on average and no end moved by more than 3 ranks between seeds (up to 8 at 200 replicates). */
export const DEFAULT_REPLICATES = 1000;
/** Tournaments per bootstrap replicate unless --bootstrap-iterations says (or --iterations is
 *  lower): on LiveBench, E[S]'s Monte Carlo error is then a small part of the spread between
 *  replicates (README, "compare --bootstrap"). */
export const DEFAULT_BOOTSTRAP_ITERATIONS = 10_000;
/** Random round orders of an order analysis unless --all or --orders says otherwise. */
export const DEFAULT_PERMUTATIONS = 100;
/** `--all` plays every order: 8 rounds are 40,320 of them. */
export const MAX_ALL_ROUNDS = 8;

export const OPTIONS = {
  // Data
  scores: {
    kind: text('a score table (CSV file)'),
    group: 'Data',
    help: 'Score table (CSV)',
    defaultText: 'the bundled HELM Lite v1.13.0 table',
    config: 'data.scores',
    library: 'loadScores(path)',
    file: 'input',
  },
  layout: {
    kind: choice(LAYOUTS),
    group: 'Data',
    help: 'Score table layout; needed unless the header starts with "benchmark" or "model"',
    config: 'data.layout',
  },
  winMatrix: {
    kind: textList('win-matrix files'),
    group: 'Data',
    help: 'Win-probability matrices, one CSV per benchmark (named by its file name)',
    config: 'data.winMatrices',
    library: 'loadWinMatrices(paths)',
    file: 'input',
  },
  from: {
    kind: choice(FROM_KINDS),
    group: 'Data',
    help: "Read the data as this evaluation harness writes it (--scores then names its file or folder)",
    config: 'data.from',
    library: 'importScores(kind, paths)',
  },
  paths: {
    kind: textList('files or folders'),
    group: 'Data',
    help: 'Harness output files or folders (searched recursively)',
    file: 'input',
    required: true,
  },
  delimiter: {
    kind: text('one character (or tab)'),
    group: 'Data',
    help: 'CSV field separator',
    defaultText: '"," (or what a first line "sep=;" names)',
    config: 'data.delimiter',
  },
  ragged: {
    kind: choice(['error', 'skip'] as const),
    group: 'Data',
    help: 'Score-table rows with the wrong number of fields: refuse, or leave them out with a warning',
    default: 'error',
    config: 'data.ragged',
  },
  missing: {
    kind: choice(MISSING_POLICIES),
    group: 'Data',
    help: "Empty score cells: refuse, lose that round's matches, or toss a coin",
    defaultText: 'error (coin for the bundled table)',
    config: 'data.missing',
  },
  metric: {
    kind: textList('task=metric[,filter] entries'),
    group: 'Data',
    help: 'With --from: the metric to take for a task, e.g. arc_easy=acc or gsm8k=exact_match,flexible-extract (repeat for more tasks)',
    defaultText: 'per kind (docs/import.md); lm-eval: acc_norm > acc > exact_match > f1 > mcc > others',
    config: 'data.metric',
    library: 'importScores(kind, paths, { metric })',
  },
  lowerIsBetter: {
    kind: textList('benchmark names'),
    group: 'Data',
    help: 'Benchmarks on which a lower score wins, comma-separated (besides what an imported source says)',
    config: 'data.lowerIsBetter',
    library: 'importScores(kind, paths, { lowerIsBetter })',
  },
  alias: {
    kind: text('a CSV file "alias,model"'),
    group: 'Data',
    help: "With --from: rename models, one \"alias,model\" row each, so that sources' names agree",
    config: 'data.alias',
    file: 'input',
    library: 'importScores(kind, paths, { alias })',
  },
  groups: {
    kind: flag(),
    group: 'Data',
    help: "With --from: include group rows (lm-eval's groups) as benchmarks",
    default: false,
    config: 'data.groups',
    library: 'importScores(kind, paths, { groups })',
  },
  outcomes: {
    kind: choice(['paper', 'noisy'] as const),
    group: 'Data',
    help: "Match outcomes: the higher score wins (paper), or P(win) = Phi(diff / combined SE) from an import's standard errors (noisy)",
    default: 'paper',
    config: 'data.outcomes',
    library: 'noisyWinMatrices(table, missing)',
  },
  // Rules
  rounds: {
    kind: roundPlan(),
    group: 'Rules',
    help: 'Round plan "A,B;C;D": "," joins benchmarks in a round, ";" separates rounds',
    defaultText: 'one round per benchmark in file order',
    config: 'rounds',
  },
  elimination: {
    kind: counts(),
    group: 'Rules',
    help: 'Models eliminated after each round: one number, or one per round "2,2,1,..."',
    default: 0,
    config: 'order.elimination',
    code: 'BAD_ELIMINATION',
  },
  tieBreak: {
    kind: choice(['random', 'index'] as const),
    group: 'Rules',
    help: "Ties at the elimination cut: uniformly at random (paper), or earliest-listed first (authors' script)",
    default: 'random',
    config: 'tieBreak',
  },
  roundOrder: {
    kind: choice(['fixed', 'random'] as const),
    group: 'Rules',
    help: 'Round order: as given, or a fresh uniformly random order in every tournament (elimination stays per position)',
    default: 'fixed',
    config: 'roundOrder',
  },
  sweep: {
    kind: countList(),
    group: 'Rules',
    help: 'Constant eliminations per round to compare; the first is the base (the paper: 0,1,2)',
    default: DEFAULT_SWEEP as number[],
    config: 'sweep',
  },
  // Monte Carlo
  iterations: {
    kind: wholeNumber(1, MAX_ITERATIONS),
    group: 'Monte Carlo',
    help: 'Tournaments to simulate',
    default: 100_000,
    config: 'iterations',
  },
  seed: {
    kind: wholeNumber(0, Number.MAX_SAFE_INTEGER),
    group: 'Monte Carlo',
    help: 'Master seed (same seed, same results on any thread count)',
    default: 1,
    config: 'seed',
  },
  threads: {
    kind: wholeNumber(1, 1024),
    group: 'Monte Carlo',
    help: 'Threads, the calling one included; never changes the results',
    defaultText: "the machine's cores",
  },
  kernel: {
    kind: choice(KERNEL_NAMES),
    group: 'Monte Carlo',
    help: 'Tournament kernel: wasm (WebAssembly, faster) or js (the reference); both give identical results',
    defaultText: 'wasm when it loads, else js',
  },
  exact: {
    kind: flag(),
    group: 'Monte Carlo',
    help: 'Exact answer by enumeration instead of Monte Carlo (at most 8 models)',
    default: false,
    library: false,
  },
  // Statistics
  bootstrap: {
    kind: wholeNumber(2, 100_000, { bare: DEFAULT_REPLICATES, none: 0 }),
    group: 'Statistics',
    help: `Bootstrap replicates: 95% intervals of CSD's E[S] and rank, Rank (UB) and tiers (alone: ${DEFAULT_REPLICATES})`,
    default: 0,
  },
  resample: {
    kind: choice(RESAMPLE_UNITS),
    group: 'Statistics',
    help: "The bootstrap's unit: each round's benchmarks, or the rounds themselves (kept in their positions)",
    defaultText: 'benchmarks (scores drawn instead with --score-stderr)',
  },
  bootstrapIterations: {
    kind: wholeNumber(1, MAX_ITERATIONS),
    group: 'Statistics',
    help: 'Tournaments per bootstrap replicate (on the same seeds in every replicate)',
    defaultText: `${DEFAULT_BOOTSTRAP_ITERATIONS.toLocaleString('en-US')}, or --iterations if fewer`,
  },
  scoreStderr: {
    kind: text('a CSV file of standard errors'),
    group: 'Statistics',
    help: 'Per-score standard errors (same layout as --scores): the bootstrap draws scores from normals instead of resampling',
    file: 'input',
    library: 'scoreStdErrors (a loaded table)',
  },
  zeroRandom: {
    kind: wholeNumber(0, 1_000_000),
    group: 'Statistics',
    help: "Robustness: for every model, zero this many random benchmarks and measure each ranking's shift (0: none)",
    default: 0,
  },
  zeroTo: {
    kind: choice(['zero', 'min'] as const),
    group: 'Statistics',
    help: "A zeroed score becomes 0, or the benchmark's lowest score",
    default: 'zero',
  },
  zero: {
    kind: text('"model:benchmark1,benchmark2"'),
    group: 'Statistics',
    help: 'Zero these scores of one model: "model:benchmark1,benchmark2"',
    library: 'zeroScores(table, model, benchmarks, to)',
  },
  // Round-order sensitivity (`order`, and a report config's "order" section)
  permutations: {
    kind: wholeNumber(1, 1_000_000),
    group: 'Order',
    help: 'Random round orders to play, each drawn uniformly from the "orders" seed stream',
    defaultText: String(DEFAULT_PERMUTATIONS),
    config: 'order.permutations',
  },
  all: {
    kind: flag(),
    group: 'Order',
    help: `Every order of the rounds (at most ${MAX_ALL_ROUNDS} rounds: ${MAX_ALL_ROUNDS}! = 40,320 orders)`,
    default: false,
    config: 'order.all',
  },
  orders: {
    kind: text('a file of round orders'),
    group: 'Order',
    help: 'The orders to play, one per line: round names or 1-based positions separated by ",", "#" starts a comment line',
    config: 'order.file',
    file: 'input',
  },
  // Output
  format: {
    kind: choice(OUTPUT_FORMATS),
    group: 'Output',
    help: 'Output format',
    default: 'table',
    defaultText: "what --out's extension names (.md, .csv, .json), else table",
    library: false,
  },
  out: {
    kind: text('a file path'),
    group: 'Output',
    help: 'Write the output to this file (atomically) instead of stdout; "-" is stdout',
    file: 'output',
    library: false,
  },
  quiet: {
    kind: flag(),
    group: 'Output',
    help: 'No progress bar or notes on stderr (warnings still print)',
    default: false,
    library: false,
  },
  // Report
  config: {
    kind: text('a report config (JSON or YAML file)'),
    group: 'Report',
    help: 'Report config (JSON, or YAML when it ends in .yaml or .yml)',
    required: true,
    file: 'input',
    library: false,
  },
  reportOut: {
    kind: text('a folder path'),
    group: 'Report',
    flag: 'out',
    help: 'Output folder (overrides the config\'s "out"); created if missing',
    config: 'out',
    file: 'output',
    library: false,
  },
  force: {
    kind: flag(),
    group: 'Report',
    help: 'Add the report to an existing folder that holds other files (never deleting or overwriting them)',
    default: false,
    library: false,
  },
  // Per-item win matrices (swiss-rank wins)
  unseen: {
    kind: choice(UNSEEN_POLICIES),
    group: 'Data',
    help: 'wins: a pair with no item both answered (or no battle), or a model missing a benchmark: a fair coin (reported), or refuse',
    default: 'coin',
  },
  arenaMatrices: {
    kind: choice(ARENA_SPLITS),
    group: 'Data',
    help: 'wins --from arena: one matrix per category (or llmfao prompt), or one from every battle',
    default: 'per-category',
  },
  // init
  initOut: {
    kind: text('a file path'),
    group: 'Report',
    flag: 'out',
    help: 'The starter config to write (YAML); an existing file is never replaced; "-" is stdout',
    default: 'swiss-rank.yaml',
    file: 'output',
    library: false,
  },
} as const satisfies Record<string, OptionDeclaration<unknown>>;

export type Options = typeof OPTIONS;
export type OptionName = keyof Options;
/** The value type of option N. */
export type OptionValue<N extends OptionName> = Options[N]['kind'] extends OptionKind<infer T> ? T : never;
/** Values of the options `N`: those with a default are always set. */
export type OptionValues<N extends OptionName> = {
  [K in N]: Options[K] extends { default: unknown } ? OptionValue<K> : OptionValue<K> | undefined;
};

/** `tieBreak` -> `tie-break`, unless the declaration names its flag. */
export function flagOf(name: OptionName): string {
  const declaration: OptionDeclaration<unknown> = OPTIONS[name];
  return declaration.flag ?? name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
