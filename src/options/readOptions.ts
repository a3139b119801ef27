/**
 * Reads the values of some options from one source (parsed command-line text, a config object,
 * the fields of a library call) through the option table: every value checked by its kind,
 * defaults applied, every problem reported at once at its own place (`--seed`, `config.json:
 * sweep[1]`, `seed`). Which options were given explicitly is kept: some defaults depend on the
 * data (the bundled table plays its gap as a coin unless --missing says otherwise).
 */
import { SwissRankError, type ErrorCode, type ErrorLocation } from '../errors.js';
import { flagOf, OPTIONS, type OptionDeclaration, type OptionName, type OptionValues } from './declarations.js';
import type { OptionSource } from './optionKind.js';

export interface ReadOptionsResult<N extends OptionName> {
  readonly values: OptionValues<N>;
  /** The options that were given (not defaulted). */
  readonly given: ReadonlySet<N>;
}

export interface ReadOptionsPlace {
  readonly source: OptionSource;
  /** The config file, for config sources. */
  readonly file?: string;
  /** The code every problem carries (configs: BAD_CONFIG); default the option's own, or BAD_OPTION. */
  readonly code?: ErrorCode;
}

/** Where option `name` is, for messages: `--tie-break`, `tieBreak` (config key path or API field). */
export function optionPlace(name: OptionName, source: OptionSource): string {
  const declaration: OptionDeclaration<unknown> = OPTIONS[name];
  if (source === 'cli') return `--${flagOf(name)}`;
  if (source === 'config') return declaration.config ?? name;
  return name;
}

/**
 * `raw` maps option names to what was given (undefined: not given). Throws one SwissRankError
 * carrying every problem. @example readOptions(['iterations', 'seed'], { seed: '7' }, { source: 'cli' })
 */
export function readOptions<N extends OptionName>(
  names: readonly N[],
  raw: Partial<Record<N, unknown>>,
  place: ReadOptionsPlace,
): ReadOptionsResult<N> {
  const problems: SwissRankError[] = [];
  const values: Record<string, unknown> = {};
  const given = new Set<N>();
  for (const name of names) {
    const declaration: OptionDeclaration<unknown> = OPTIONS[name];
    const value = raw[name];
    const where = optionPlace(name, place.source);
    const problem = (message: string, subKey = '', code?: ErrorCode) => {
      const location: ErrorLocation = { option: `${where}${subKey}`, ...(place.file ? { file: place.file } : {}) };
      problems.push(new SwissRankError(code ?? place.code ?? declaration.code ?? 'BAD_OPTION', message, location));
    };
    if (value === undefined) {
      if (declaration.required) problem('is required');
      values[name] = declaration.default;
      continue;
    }
    if (place.source === 'cli' && Array.isArray(value) && declaration.kind.cli !== 'array') {
      // yargs collects a repeated flag into a list; which one was meant cannot be known.
      problem(`given ${value.length} times (${value.map((v) => JSON.stringify(String(v))).join(', ')}); give it once`);
      continue;
    }
    given.add(name);
    values[name] = declaration.kind.read(value, { source: place.source, problem });
  }
  if (problems.length > 0) throw SwissRankError.collect(problems);
  return { values: values as OptionValues<N>, given };
}
