/**
 * The round plan: which benchmarks decide each round, in order (SPEC "Inputs": a round is one
 * benchmark or a group). Every benchmark named must exist and appear at most once in the plan;
 * a plan may leave benchmarks out. Default: one round per benchmark, in table order. Round and
 * benchmark names holding control characters are refused (BAD_NAME, see nameCharacters).
 */
import { SwissRankError, type ErrorLocation } from '../errors.js';
import { closestNames } from './closestNames.js';
import { checkNameCharacters } from './nameCharacters.js';

export interface Round {
  /** The round's benchmark, the group's given name, or its benchmarks joined with ` + `. */
  readonly name: string;
  readonly benchmarks: readonly string[];
}

export interface RoundGroup {
  readonly name?: string;
  readonly benchmarks: readonly string[];
}

/** Where a problem in round k (0-based), benchmark i of that round, is reported. */
type Place = (round?: number, benchmark?: number) => ErrorLocation;

/**
 * Parses `--rounds`: `,` separates benchmarks inside a round, `;` separates rounds, names are
 * trimmed. Names may contain spaces, `(`, `)`, `.`, `-`, `/`, but not `,` or `;` (use
 * roundsFromGroups, e.g. from a config file, for such names). Errors point at `option`.
 * @example parseRounds('MMLU,GSM8K;MATH', table.benchmarks) // 2 rounds: "MMLU + GSM8K", "MATH"
 */
export function parseRounds(spec: string | undefined, benchmarks: readonly string[], option = '--rounds'): Round[] {
  if (spec === undefined) return benchmarks.map((name) => ({ name, benchmarks: [name] }));
  const groups = spec.trim() === '' ? [] : spec.split(';').map((part) => ({ benchmarks: splitRound(part) }));
  return buildRounds(groups, benchmarks, () => ({ option }));
}

/**
 * The same plan from groups (config files, API); errors point at key paths under `keyPath`, such
 * as `rounds[3].benchmarks[1]`. Benchmark names are taken exactly as given.
 */
export function roundsFromGroups(
  groups: readonly RoundGroup[],
  benchmarks: readonly string[],
  keyPath: string,
): Round[] {
  const place: Place = (k, i) => ({
    option: k === undefined ? keyPath : `${keyPath}[${k}].benchmarks${i === undefined ? '' : `[${i}]`}`,
  });
  groups.forEach((group, k) => {
    if (!Array.isArray(group.benchmarks) || group.benchmarks.some((name) => typeof name !== 'string')) {
      throw new SwissRankError('BAD_OPTION', 'expected a list of benchmark names', place(k));
    }
    if (group.name !== undefined && (typeof group.name !== 'string' || group.name.trim() === '')) {
      throw new SwissRankError('EMPTY_NAME', `round ${k + 1} has an empty name`, { option: `${keyPath}[${k}].name` });
    }
    if (group.name !== undefined) checkNameCharacters(group.name, 'round', { option: `${keyPath}[${k}].name` });
  });
  return buildRounds(groups, benchmarks, place);
}

function splitRound(part: string): string[] {
  return part.trim() === '' ? [] : part.split(',').map((name) => name.trim());
}

function buildRounds(groups: readonly RoundGroup[], known: readonly string[], place: Place): Round[] {
  if (groups.length === 0) {
    throw new SwissRankError('EMPTY_ROUND', 'the round plan has no rounds', place());
  }
  const knownNames = new Set(known);
  const roundOf = new Map<string, number>();
  return groups.map((group, k) => {
    if (group.benchmarks.length === 0) {
      throw new SwissRankError('EMPTY_ROUND', `round ${k + 1} has no benchmarks`, place(k));
    }
    group.benchmarks.forEach((name, i) => {
      if (name === '') {
        throw new SwissRankError('EMPTY_NAME', `round ${k + 1} has an empty benchmark name`, place(k, i));
      }
      // Before the lookup: the unknown-name message would print the name, controls and all.
      checkNameCharacters(name, 'benchmark', place(k, i));
      if (!knownNames.has(name)) {
        const message = `unknown benchmark ${JSON.stringify(name)} in round ${k + 1}${suggestion(name, known)}`;
        throw new SwissRankError('UNKNOWN_BENCHMARK', message, place(k, i));
      }
      const first = roundOf.get(name);
      if (first !== undefined) {
        const where = first === k ? 'twice in this round' : `already in round ${first + 1}`;
        const message = `benchmark ${JSON.stringify(name)} in round ${k + 1} is ${where}`;
        throw new SwissRankError('REPEATED_BENCHMARK', message, place(k, i));
      }
      roundOf.set(name, k);
    });
    const benchmarks = [...group.benchmarks];
    return { name: group.name ?? benchmarks.join(' + '), benchmarks };
  });
}

/** "; did you mean ..." or the known names, after an unknown benchmark in a message. */
export function suggestion(name: string, known: readonly string[]): string {
  const close = closestNames(name, known);
  if (close.length > 0) return `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`;
  const shown = known.slice(0, 10).map((c) => JSON.stringify(c)).join(', ');
  return `; known benchmarks: ${shown}${known.length > 10 ? `, ... (${known.length} in all)` : ''}`;
}
