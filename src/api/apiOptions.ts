/**
 * The checks every library call makes on what it is given, so a misuse is a SwissRankError with a
 * code, never a TypeError from deep inside: the options object and its fields (through the option
 * table, with the table's defaults), a tournament where one is expected, an AbortSignal, a
 * progress function. Field names are the API's (`tieBreak`), so messages point at the caller's code.
 */
import { Engine } from '../engine/engine.js';
import type { KernelName } from '../engine/kernelName.js';
import { SwissRankError } from '../errors.js';
import { requireSignal } from '../requireSignal.js';
import type { AbortSignalLike } from '../signal.js';
import type { OptionName } from '../options/declarations.js';
import { readOptions } from '../options/readOptions.js';
import type { Tournament } from '../tournament/tournament.js';

/** What every run of the library accepts. */
export interface RunOptions {
  /** Tournaments to simulate (default 100,000, the paper's N). */
  iterations?: number;
  /** Master seed, a non-negative integer (default 1). Same seed, same results, any thread count. */
  seed?: number;
  /** Threads, the calling one included (default: the machine's cores). Never changes the results. */
  threads?: number;
  /** The tournament kernel: `wasm` (WebAssembly; the default when it loads) or `js` (the
   *  reference). Both give identical results; the result's header records which ran. */
  kernel?: KernelName;
  /** Aborting stops the workers and rejects with an ABORTED error. */
  signal?: AbortSignalLike;
  /** Called as work advances, with the work done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** The fields of RunOptions that set up the engine, not the run. */
export const ENGINE_FIELDS = ['threads', 'signal', 'onProgress', 'kernel'] as const;

/** The option-table fields `names` of `options`, refusing fields that are neither those nor `extra`. */
export function readApiOptions<N extends OptionName>(
  options: unknown,
  names: readonly N[],
  extra: readonly string[] = [],
): ReturnType<typeof readOptions<N>>['values'] {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new SwissRankError('BAD_OPTION', `expected an options object, found ${options === null ? 'null' : typeof options}`, {
      option: 'options',
    });
  }
  const known = new Set<string>([...names, ...extra]);
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new SwissRankError('BAD_OPTION', `unknown option; expected one of ${[...known].join(', ')}`, { option: key });
    }
  }
  return readOptions(names, options as Partial<Record<N, unknown>>, { source: 'api' }).values;
}

/** An engine for one run of the library (or a ranker's), its settings checked. */
export function engineFor(options: RunOptions, base?: Engine): Engine {
  const signal = requireSignal(options.signal);
  const { onProgress } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new SwissRankError('BAD_OPTION', 'expected a function (done, total) => void', { option: 'onProgress' });
  }
  const { kernel } = readApiOptions({ kernel: options.kernel }, ['kernel']);
  if (base) return base.with({ signal, onProgress, kernel });
  const { threads } = readApiOptions({ threads: options.threads }, ['threads']);
  return new Engine({ threads, signal, onProgress, onWarning: warn, kernel });
}

/** A library warns the Node way: the process decides whether and where it is shown. */
export function warn(message: string): void {
  process.emitWarning(message, 'SwissRankWarning');
}

/** `value` if it is a tournament built by `tournament()`; a clear error for a score table or anything else. */
export function requireTournament(value: unknown): Tournament {
  const t = value as Partial<Tournament> | null;
  if (typeof t === 'object' && t !== null && t.plan !== undefined && Array.isArray(t.rounds) && t.data !== undefined) {
    return t as Tournament;
  }
  const what =
    typeof t === 'object' && t !== null && 'kind' in t
      ? `${(t as { kind: string }).kind === 'scores' ? 'a score table' : 'win matrices'}; pass it through tournament(data, options) first`
      : t === null ? 'null' : typeof t;
  throw new SwissRankError('BAD_OPTION', `expected a tournament, found ${what}`, { option: 'tournament' });
}
