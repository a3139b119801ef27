/**
 * Report configs: a JSON file naming the data (paths relative to the config), the round plan,
 * the Monte Carlo settings, the sweep and the output folder. The whole config is checked before
 * anything runs and every problem is reported at once, each by its key path
 * (`rounds[3].benchmarks[1]: ...`); benchmark names are checked once the data is loaded. Round
 * and benchmark names holding control characters are refused here already (BAD_NAME).
 */
import { dirname, resolve } from 'node:path';
import { SwissRankError } from '../errors.js';
import type { RaggedPolicy } from './csvRows.js';
import { nameCharacterProblem, showValue } from './nameCharacters.js';
import { readUtf8File } from './readUtf8File.js';
import { MISSING_POLICIES, type MissingPolicy } from './roundOutcomes.js';
import type { RoundGroup } from './roundPlan.js';
import { LAYOUTS, type Layout } from './types.js';

export interface ReportConfig {
  /** The config file itself and its text (reports show both). */
  readonly path: string;
  readonly text: string;
  readonly data: {
    /** Absolute paths (resolved against the config's folder). */
    readonly scores?: string;
    readonly winMatrices?: readonly string[];
    readonly layout?: Layout;
    /** As given; absent, the loader decides (a `sep=` line, else `,`). */
    readonly delimiter?: string;
    readonly ragged: RaggedPolicy;
    readonly missing: MissingPolicy;
  };
  readonly rounds?: readonly RoundGroup[];
  readonly iterations?: number;
  readonly seed?: number;
  readonly tieBreak: 'random' | 'index';
  readonly sweep?: readonly number[];
  /** Absolute output folder, when the config names one. */
  readonly out?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TOP_KEYS = ['$schema', '$comment', 'data', 'rounds', 'iterations', 'seed', 'tieBreak', 'sweep', 'out'];
const DATA_KEYS = ['scores', 'winMatrices', 'layout', 'delimiter', 'ragged', 'missing'];

export async function loadReportConfig(path: string): Promise<ReportConfig> {
  // The data files' reader: a size limit (also for pipes and devices), UTF-8 checked, BOM dropped.
  const text = await readUtf8File(path);
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch (error) {
    throw new SwissRankError('BAD_CONFIG', `not valid JSON: ${(error as Error).message}`, { file: path });
  }
  return parseReportConfig(json, path, text);
}

/** Checks a parsed config as a whole; throws one error carrying every problem found. */
export function parseReportConfig(json: unknown, path: string, text = ''): ReportConfig {
  const problems: SwissRankError[] = [];
  const fail = (key: string, message: string) =>
    problems.push(new SwissRankError('BAD_CONFIG', message, { file: path, option: key }));
  const badName = (name: string, what: string, key: string) => {
    const problem = nameCharacterProblem(name, what, { file: path, option: key });
    if (problem !== undefined) problems.push(problem);
  };
  const folder = dirname(resolve(path));

  if (!isObject(json)) {
    fail('(top level)', 'expected an object with at least "data"');
    throw SwissRankError.collect(problems);
  }
  unknownKeys(json, TOP_KEYS, '', fail);

  const data = json.data;
  let scores: string | undefined;
  let winMatrices: string[] | undefined;
  if (!isObject(data)) fail('data', 'expected an object naming "scores" or "winMatrices"');
  else {
    unknownKeys(data, DATA_KEYS, 'data.', fail);
    if (data.scores !== undefined && data.winMatrices !== undefined) fail('data', 'give "scores" or "winMatrices", not both');
    if (data.scores === undefined && data.winMatrices === undefined) fail('data', 'name "scores" or "winMatrices"');
    if (data.scores !== undefined) {
      if (typeof data.scores === 'string' && data.scores.trim() !== '') scores = resolve(folder, data.scores);
      else fail('data.scores', 'expected a file path');
    }
    if (data.winMatrices !== undefined) {
      if (Array.isArray(data.winMatrices) && data.winMatrices.length > 0) {
        winMatrices = [];
        data.winMatrices.forEach((file, i) => {
          if (typeof file === 'string' && file.trim() !== '') winMatrices?.push(resolve(folder, file));
          else fail(`data.winMatrices[${i}]`, 'expected a file path');
        });
      } else fail('data.winMatrices', 'expected a non-empty list of file paths');
    }
    oneOf(data.layout, LAYOUTS, 'data.layout', fail);
    oneOf(data.ragged, ['error', 'skip'], 'data.ragged', fail);
    oneOf(data.missing, MISSING_POLICIES, 'data.missing', fail);
    if (data.delimiter !== undefined && typeof data.delimiter !== 'string') fail('data.delimiter', 'expected a string');
  }

  let rounds: RoundGroup[] | undefined;
  if (json.rounds !== undefined) {
    if (!Array.isArray(json.rounds) || json.rounds.length === 0) fail('rounds', 'expected a non-empty list of rounds');
    else {
      rounds = [];
      json.rounds.forEach((round, k) => {
        const key = `rounds[${k}]`;
        if (!isObject(round)) return fail(key, 'expected an object { "name": ..., "benchmarks": [...] }');
        unknownKeys(round, ['name', 'benchmarks'], `${key}.`, fail);
        if (round.name !== undefined && (typeof round.name !== 'string' || round.name.trim() === '')) {
          fail(`${key}.name`, 'expected a non-empty string');
        } else if (typeof round.name === 'string') badName(round.name, 'round', `${key}.name`);
        if (!Array.isArray(round.benchmarks) || round.benchmarks.length === 0) {
          return fail(`${key}.benchmarks`, 'expected a non-empty list of benchmark names');
        }
        round.benchmarks.forEach((b, i) => {
          if (typeof b !== 'string' || b.trim() === '') fail(`${key}.benchmarks[${i}]`, 'expected a benchmark name');
          else badName(b, 'benchmark', `${key}.benchmarks[${i}]`);
        });
        rounds?.push({
          name: typeof round.name === 'string' ? round.name : undefined,
          benchmarks: round.benchmarks.filter((b): b is string => typeof b === 'string'),
        });
      });
    }
  }

  wholeNumber(json.iterations, 'iterations', 1, 2 ** 31, fail);
  wholeNumber(json.seed, 'seed', 0, Number.MAX_SAFE_INTEGER, fail);
  oneOf(json.tieBreak, ['random', 'index'], 'tieBreak', fail);
  if (json.sweep !== undefined) {
    if (!Array.isArray(json.sweep) || json.sweep.length === 0) fail('sweep', 'expected a non-empty list such as [0, 1, 2]');
    else json.sweep.forEach((t, i) => wholeNumber(t, `sweep[${i}]`, 0, 2 ** 30, fail));
  }
  if (json.out !== undefined && (typeof json.out !== 'string' || json.out.trim() === '')) {
    fail('out', 'expected a folder path');
  }
  if (problems.length > 0) throw SwissRankError.collect(problems);

  const d = data as { [key: string]: Json };
  return {
    path,
    text,
    data: {
      scores,
      winMatrices,
      layout: d.layout as Layout | undefined,
      delimiter: d.delimiter as string | undefined,
      ragged: (d.ragged as RaggedPolicy | undefined) ?? 'error',
      missing: (d.missing as MissingPolicy | undefined) ?? 'error',
    },
    rounds,
    iterations: json.iterations as number | undefined,
    seed: json.seed as number | undefined,
    tieBreak: (json.tieBreak as 'random' | 'index' | undefined) ?? 'random',
    sweep: json.sweep as number[] | undefined,
    out: typeof json.out === 'string' ? resolve(folder, json.out) : undefined,
  };
}

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeys(
  object: { [key: string]: Json },
  known: readonly string[],
  prefix: string,
  fail: (key: string, message: string) => void,
): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) fail(`${prefix}${key}`, `unknown key; expected one of ${known.filter((k) => !k.startsWith('$')).join(', ')}`);
  }
}

function oneOf(value: Json | undefined, allowed: readonly string[], key: string, fail: (key: string, message: string) => void): void {
  if (value !== undefined && (typeof value !== 'string' || !allowed.includes(value))) {
    fail(key, `expected one of ${allowed.join(', ')}, found ${showValue(value)}`);
  }
}

function wholeNumber(
  value: Json | undefined,
  key: string,
  min: number,
  max: number,
  fail: (key: string, message: string) => void,
): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)) {
    fail(key, `expected a whole number from ${min} to ${max}, found ${showValue(value)}`);
  }
}
