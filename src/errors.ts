/**
 * The one error type of swiss-rank. Every input, option or configuration problem is thrown as a
 * SwissRankError with a stable `code` (tests assert codes, never wording) and, where it applies,
 * the place: file with 1-based line and column, or the option / config key path.
 */

export type ErrorCode =
  // files and CSV structure
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'EMPTY_FILE'
  | 'NO_DATA_ROWS'
  | 'RAGGED_ROW'
  | 'CSV_SYNTAX'
  | 'WRONG_DELIMITER'
  | 'UNNAMED_COLUMN'
  // cells and names
  | 'NOT_A_NUMBER'
  | 'MISSING_SCORE'
  | 'DUPLICATE_MODEL'
  | 'DUPLICATE_BENCHMARK'
  | 'EMPTY_NAME'
  | 'BAD_NAME'
  | 'TOO_FEW_MODELS'
  | 'LAYOUT_REQUIRED'
  | 'LAYOUT_MISMATCH'
  // win matrices
  | 'MATRIX_NOT_SQUARE'
  | 'MATRIX_MODELS_DIFFER'
  | 'PROBABILITY_OUT_OF_RANGE'
  | 'PROBABILITIES_INCONSISTENT'
  | 'BAD_DIAGONAL'
  // round plan and rules
  | 'UNKNOWN_BENCHMARK'
  | 'REPEATED_BENCHMARK'
  | 'EMPTY_ROUND'
  | 'BAD_ELIMINATION'
  // round orders (the order analysis's --orders file)
  | 'BAD_ORDER'
  // harness outputs (swiss-rank import / wins / --from)
  /** The file is not what the named kind writes, or its JSON/CSV is malformed for that kind. */
  | 'BAD_IMPORT'
  /** The chosen (or default) metric is absent from a results file. */
  | 'METRIC_NOT_FOUND'
  /** A log whose run did not finish (Inspect status `cancelled`/`error`, no samples). */
  | 'RUN_NOT_FINISHED'
  /** Per-item results that cannot be aligned across models (different item sets or hashes). */
  | 'ITEMS_NOT_ALIGNED'
  // report configs
  | 'BAD_CONFIG'
  // options and usage
  | 'BAD_OPTION'
  | 'CONFLICTING_OPTIONS'
  | 'OUTPUT_UNWRITABLE'
  | 'OUTPUT_IS_INPUT'
  | 'OUTPUT_NOT_OURS'
  /** A file that must be new (`init`'s config) is already there: it is never replaced. */
  | 'OUTPUT_EXISTS'
  // the reader of standard output went away (EPIPE): not printed, the CLI exits 141 like `cat`
  | 'OUTPUT_CLOSED'
  | 'TOO_LARGE'
  // runtime
  | 'WORKER_FAILED'
  | 'ABORTED'
  /** A ranker was closed while one of its runs was going on. */
  | 'CLOSED'
  /** `kernel: 'wasm'` was asked for and the WebAssembly kernel could not be loaded. */
  | 'KERNEL_UNAVAILABLE';

/** Where an error was found: a file position, or an option / key path. */
export interface ErrorLocation {
  file?: string;
  /** 1-based line number in `file`. */
  line?: number;
  /** 1-based column (field number for CSV cells). */
  column?: number;
  /** A CLI option such as `--iterations`, or a config key path such as `rounds[3].benchmarks[1]`. */
  option?: string;
}

export class SwissRankError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;
  /** Further problems found in the same input (this error is the first); see `collect`. */
  readonly others: readonly SwissRankError[];

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}, others: readonly SwissRankError[] = []) {
    super(message);
    this.name = 'SwissRankError';
    this.code = code;
    this.location = location;
    this.others = others;
  }

  /** The first of `errors` carrying the rest, so one throw reports every problem found. */
  static collect(errors: readonly SwissRankError[]): SwissRankError {
    const [first, ...rest] = errors;
    return new SwissRankError(first.code, first.message, first.location, rest);
  }

  /** One line for people: `file:line:column: message [CODE]`, `--option: message [CODE]`,
   *  `config.json: rounds[3].benchmarks[1]: message [CODE]`, or with a YAML config's line
   *  `config.yaml:12:7: rounds[3].benchmarks[1]: message [CODE]`. */
  describe(): string {
    const { file, line, column, option } = this.location;
    let where = '';
    if (file !== undefined) {
      where = file;
      if (line !== undefined) where += `:${line}`;
      if (column !== undefined) where += `:${column}`;
      where += ': ';
    }
    // Beside a line, a flag (--layout) only repeats the place; a config key path still says which key.
    if (option !== undefined && (file === undefined || line === undefined || !option.startsWith('--'))) where += `${option}: `;
    return `${where}${this.message} [${this.code}]`;
  }

  /** This error and the others, one line each. */
  describeAll(limit = 20): string[] {
    const all = [this, ...this.others];
    const lines = all.slice(0, limit).map((e) => e.describe());
    if (all.length > limit) lines.push(`... and ${all.length - limit} more`);
    return lines;
  }
}

/**
 * Gathers the problems of one input so they are reported together (up to `limit`; past it the
 * input is refused at once). `check` runs a step and records its SwissRankError instead of
 * throwing; `throwIfAny` ends the gathering.
 */
export class ErrorCollector {
  private readonly errors: SwissRankError[] = [];

  constructor(private readonly limit = 20) {}

  check<T>(step: () => T, fallback: T): T {
    try {
      return step();
    } catch (error) {
      if (!(error instanceof SwissRankError)) throw error;
      this.errors.push(error);
      if (this.errors.length >= this.limit) this.throwIfAny();
      return fallback;
    }
  }

  add(error: SwissRankError): void {
    this.check(() => {
      throw error;
    }, undefined);
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw SwissRankError.collect(this.errors);
  }
}
