/**
 * How one option's value is read, whatever it comes from: the command line (always text), a
 * config file (JSON) or a library call (typed values). Each kind checks and converts once and,
 * when it refuses, says what was given, so `--seed abc`, `"seed": "abc"` and `{ seed: 'abc' }`
 * fail alike, each at its own place. A kind reports problems instead of throwing, so a config is
 * checked whole (every problem at once).
 */

import type { ErrorCode } from '../errors.js';
import { nameCharacterProblem, PLAIN_NAME_PATTERN, showValue } from '../input/nameCharacters.js';

export type OptionSource = 'cli' | 'config' | 'api';

export interface ReadContext {
  readonly source: OptionSource;
  /** Records a problem; `subKey` refines the place (a config key path such as `[2].name`); `code`
   *  replaces the option's usual one (a name with a control character is BAD_NAME anywhere). */
  problem(message: string, subKey?: string, code?: ErrorCode): void;
}

export interface OptionKind<T> {
  /** How the command line collects it: one text, a switch, or several texts. */
  readonly cli: 'string' | 'boolean' | 'array';
  /** The value, or undefined after reporting a problem. */
  read(raw: unknown, context: ReadContext): T | undefined;
  /** What it takes, for help text: `a whole number from 1 to 2147483648`. */
  readonly takes: string;
  /** What a config may give, as JSON Schema (draft-07) for editors; the checks above still decide. */
  readonly schema?: JsonSchema;
}

/** A JSON Schema fragment (draft-07), as plain JSON. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** Non-empty text after trimming, as `text()` reads it. */
const NON_EMPTY_TEXT: JsonSchema = { type: 'string', pattern: '\\S' };

/** What was given, for messages: `"abc"`, `nothing`, `-1`, `a list`. */
export function shown(raw: unknown): string {
  if (raw === '' || raw === undefined) return 'nothing';
  if (typeof raw === 'string') return showValue(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (Array.isArray(raw)) return `a list (${JSON.stringify(raw).slice(0, 40)})`;
  if (raw === null) return 'null';
  return typeof raw === 'object' ? 'an object' : typeof raw;
}

/**
 * A whole number in [min, max]. `bare`: the value of the flag given without one (`--bootstrap`);
 * `none`: one more value accepted outside the range, meaning "none" (`--bootstrap 0`).
 */
export function wholeNumber(min: number, max: number, options: { bare?: number; none?: number } = {}): OptionKind<number> {
  const takes = `${options.none !== undefined ? `${options.none} (none) or ` : ''}a whole number from ${min} to ${max}`;
  const range: JsonSchema = { type: 'integer', minimum: min, maximum: max };
  return {
    cli: 'string',
    takes,
    schema: options.none === undefined ? range : { anyOf: [{ const: options.none }, range] },
    read(raw, context) {
      let value = raw;
      if (context.source === 'cli' && typeof raw === 'string') {
        const text = raw.trim();
        if (text === '' && options.bare !== undefined) return options.bare;
        value = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
      }
      if (options.none !== undefined && value === options.none) return options.none;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        context.problem(`expected ${takes}, found ${shown(raw)}`);
        return undefined;
      }
      return value;
    },
  };
}

export function choice<const T extends string>(values: readonly T[]): OptionKind<T> {
  const takes = values.join(', ');
  return {
    cli: 'string',
    takes: `one of ${takes}`,
    schema: { enum: values },
    read(raw, context) {
      if (typeof raw === 'string' && (values as readonly string[]).includes(raw)) return raw as T;
      context.problem(`expected one of ${takes}, found ${shown(raw)}`);
      return undefined;
    },
  };
}

/** Non-empty text: a path, a round plan written as `A,B;C`, a `model:benchmark` spec. */
export function text(what = 'text'): OptionKind<string> {
  return {
    cli: 'string',
    takes: what,
    schema: NON_EMPTY_TEXT,
    read(raw, context) {
      if (typeof raw === 'string' && raw.trim() !== '') return raw;
      context.problem(`expected ${what}, found ${shown(raw)}`);
      return undefined;
    },
  };
}

/** One or more texts: `--win-matrix a.csv b.csv`, a config list, an API array. */
export function textList(what = 'file paths'): OptionKind<string[]> {
  return {
    cli: 'array',
    takes: `a list of ${what}`,
    schema: { type: 'array', minItems: 1, items: NON_EMPTY_TEXT },
    read(raw, context) {
      const list = context.source === 'cli' && typeof raw === 'string' ? [raw] : raw;
      if (!Array.isArray(list) || list.length === 0) {
        context.problem(`expected a non-empty list of ${what}, found ${shown(raw)}`);
        return undefined;
      }
      let ok = true;
      list.forEach((item, i) => {
        if (typeof item !== 'string' || item.trim() === '') {
          context.problem(`expected one of the ${what}, found ${shown(item)}`, `[${i}]`);
          ok = false;
        }
      });
      return ok ? list.map(String) : undefined;
    },
  };
}

export function flag(): OptionKind<boolean> {
  return {
    cli: 'boolean',
    takes: 'true or false',
    schema: { type: 'boolean' },
    read(raw, context) {
      if (typeof raw === 'boolean') return raw;
      context.problem(`expected true or false, found ${shown(raw)}`);
      return undefined;
    },
  };
}

/** Largest count a plan may hold: far above any leaderboard, and small enough for Int32Array. */
export const MAX_COUNT = 2 ** 30;

/** Non-negative whole numbers: `2` or `2,2,1` on the command line, a number or a list elsewhere;
 *  one number stays a number (elimination: the same after every round). */
export function counts(): OptionKind<number | number[]> {
  return countsKind(false, false);
}

/** Non-negative whole numbers as a list, each at most once (a sweep: `0,1,2`, `[0, 1, 2]` or `2`). */
export function countList(): OptionKind<number[]> {
  return countsKind(true, true) as OptionKind<number[]>;
}

function countsKind(unique: boolean, asList: boolean): OptionKind<number | number[]> {
  const takes = 'a non-negative whole number, or a list of them';
  const count: JsonSchema = { type: 'integer', minimum: 0, maximum: MAX_COUNT };
  return {
    cli: 'string',
    takes,
    schema: { anyOf: [count, { type: 'array', minItems: 1, items: count, ...(unique ? { uniqueItems: true } : {}) }] },
    read(raw, context) {
      const fromText = context.source === 'cli' && typeof raw === 'string';
      const values: unknown[] = fromText
        ? (raw as string).split(',').map((part) => (/^\s*\d+\s*$/.test(part) ? Number(part) : part.trim()))
        : Array.isArray(raw) ? raw : [raw];
      if (values.length === 0) {
        context.problem(`expected ${takes}, found nothing`);
        return undefined;
      }
      let ok = true;
      const seen = new Set<number>();
      values.forEach((v, i) => {
        // A config or API list names its bad element (sweep[1]); command-line text is one value.
        const where = Array.isArray(raw) ? `[${i}]` : undefined;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_COUNT) {
          context.problem(`expected non-negative whole numbers, found ${shown(v)}`, where);
          ok = false;
        } else if (unique && seen.has(v)) {
          context.problem(`${v} appears twice`, where);
          ok = false;
        }
        if (typeof v === 'number') seen.add(v);
      });
      if (!ok) return undefined;
      return asList || Array.isArray(raw) || values.length > 1 ? (values as number[]) : (values[0] as number);
    },
  };
}

/** A round as configs and the API write it: `{ "name": "Maths", "benchmarks": ["MATH", "GSM8K"] }`. */
export interface RoundGroupValue {
  readonly name?: string;
  readonly benchmarks: readonly string[];
}

/**
 * The round plan: `A,B;C` on the command line (or from the API), a list of groups in configs and
 * the API. Only its shape is checked here; the names are checked against the data once it is
 * loaded (input/roundPlan.ts).
 */
export function roundPlan(): OptionKind<string | RoundGroupValue[]> {
  const name: JsonSchema = { type: 'string', pattern: PLAIN_NAME_PATTERN };
  const round: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['benchmarks'],
    properties: {
      name: { ...name, description: 'The round\'s name in tables and figures (default: its benchmarks joined by " + ")' },
      benchmarks: { type: 'array', minItems: 1, items: name, description: 'Benchmarks played in this round; their scores are averaged' },
    },
  };
  return {
    cli: 'string',
    takes: 'rounds "A,B;C;D" or a list of { name, benchmarks }',
    schema: { anyOf: [{ type: 'array', minItems: 1, items: round }, NON_EMPTY_TEXT] },
    read(raw, context) {
      if (typeof raw === 'string') {
        if (raw.trim() !== '') return raw;
        context.problem('expected a round plan such as "A,B;C", found nothing');
        return undefined;
      }
      if (context.source === 'cli' || !Array.isArray(raw) || raw.length === 0) {
        context.problem(`expected a non-empty list of rounds, found ${shown(raw)}`);
        return undefined;
      }
      const groups: RoundGroupValue[] = [];
      let ok = true;
      raw.forEach((round: unknown, k) => {
        const bad = (message: string, key = '', code?: ErrorCode) => {
          context.problem(message, `[${k}]${key}`, code);
          ok = false;
        };
        // Names are plain text (see input/nameCharacters.ts), refused before any data is read.
        const badName = (name: string, what: string, key: string) => {
          const problem = nameCharacterProblem(name, what, {});
          if (problem !== undefined) bad(problem.message, key, problem.code);
        };
        if (typeof round !== 'object' || round === null || Array.isArray(round)) {
          return bad('expected an object { "name": ..., "benchmarks": [...] }');
        }
        const { name, benchmarks, ...rest } = round as Record<string, unknown>;
        for (const key of Object.keys(rest)) bad('unknown key; expected name, benchmarks', `.${key}`);
        if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) bad('expected a non-empty string', '.name');
        else if (typeof name === 'string') badName(name, 'round', '.name');
        if (!Array.isArray(benchmarks) || benchmarks.length === 0) {
          return bad('expected a non-empty list of benchmark names', '.benchmarks');
        }
        benchmarks.forEach((b: unknown, i) => {
          if (typeof b !== 'string' || b.trim() === '') bad(`expected a benchmark name, found ${shown(b)}`, `.benchmarks[${i}]`);
          else badName(b, 'benchmark', `.benchmarks[${i}]`);
        });
        groups.push({ name: typeof name === 'string' ? name : undefined, benchmarks: benchmarks.map(String) });
      });
      return ok ? groups : undefined;
    },
  };
}
