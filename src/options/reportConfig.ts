/**
 * Report configs: a JSON or YAML (.yaml, .yml) file setting options of the option table by their config keys (the
 * data under "data", paths relative to the config; an "order" section asks for the round-order
 * analysis too), checked whole before anything runs: every
 * problem is reported at once, each by its key path (`rounds[3].benchmarks[1]: ...`). Benchmark
 * and round names are checked once the data is loaded (input/roundPlan.ts: unknown names, and
 * control characters, BAD_NAME), and blamed on the config's key paths.
 */
import { dirname, resolve } from 'node:path';
import { SwissRankError } from '../errors.js';
import { OPTIONS, type OptionDeclaration, type OptionValues } from './declarations.js';
import { readOptions } from './readOptions.js';
import { readUtf8File } from '../input/readUtf8File.js';

/** What a config may set, in the order its problems are reported. */
export const REPORT_CONFIG_OPTIONS = [
  'scores', 'winMatrix', 'layout', 'delimiter', 'ragged', 'missing',
  'from', 'metric', 'lowerIsBetter', 'alias', 'groups', 'outcomes',
  'rounds', 'iterations', 'seed', 'tieBreak', 'roundOrder', 'sweep', 'reportOut',
  'permutations', 'all', 'orders', 'elimination',
] as const;
export type ReportConfigOption = (typeof REPORT_CONFIG_OPTIONS)[number];

export interface ReportConfig {
  /** The config file itself and its text (reports show both). */
  readonly path: string;
  readonly text: string;
  /** The options it sets, with defaults; file paths are absolute (resolved against its folder). */
  readonly values: OptionValues<ReportConfigOption>;
  /** It has an "order" section: the report runs the round-order analysis too. */
  readonly order: boolean;
  /** A YAML config's line and column of a key path (JSON configs name key paths only). */
  readonly locate?: (keyPath: string) => { line: number; column: number } | undefined;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export async function loadReportConfig(path: string): Promise<ReportConfig> {
  // The data files' reader: a size limit (also for pipes and devices), UTF-8 checked, BOM dropped.
  const text = await readUtf8File(path);
  if (/\.ya?ml$/i.test(path)) {
    // The YAML parser loads on demand: every other command's start-up need not pay for it.
    const { parseConfigYaml } = await import('./configYaml.js');
    const { json, locate } = parseConfigYaml(text, path);
    return { ...withLines(() => parseReportConfig(json, path, text), locate), locate };
  }
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
  if (!isObject(json)) {
    fail('(top level)', 'expected an object with at least "data"');
    throw SwissRankError.collect(problems);
  }
  const keys = REPORT_CONFIG_OPTIONS.map((name) => (OPTIONS[name] as OptionDeclaration<unknown>).config as string);
  const topKeys = ['$schema', '$comment', ...new Set(keys.map((key) => key.split('.')[0]))];
  const keysUnder = (section: string) => keys.filter((key) => key.startsWith(`${section}.`)).map((key) => key.slice(section.length + 1));
  unknownKeys(json, topKeys, '', fail);
  const data = json.data;
  if (!isObject(data)) fail('data', 'expected an object naming "scores" or "winMatrices"');
  else {
    unknownKeys(data, keysUnder('data'), 'data.', fail);
    if (data.scores !== undefined && data.winMatrices !== undefined) fail('data', 'give "scores" or "winMatrices", not both');
    if (data.scores === undefined && data.winMatrices === undefined) fail('data', 'name "scores" or "winMatrices"');
  }
  const order = json.order;
  if (order !== undefined && !isObject(order)) fail('order', 'expected an object such as { "permutations": 100 }, { "all": true } or { "file": "orders.txt" }');
  else if (order !== undefined) {
    unknownKeys(order, keysUnder('order'), 'order.', fail);
    const ways = [order.permutations !== undefined, order.all === true, order.file !== undefined].filter(Boolean).length;
    if (ways > 1) fail('order', 'give at most one of "permutations", "all" and "file"');
    if (json.roundOrder === 'random') fail('order', 'the order analysis permutes a fixed round order; it cannot go with "roundOrder": "random"');
  }

  const raw: Partial<Record<ReportConfigOption, unknown>> = {};
  REPORT_CONFIG_OPTIONS.forEach((name, i) => {
    const [first, second] = keys[i].split('.');
    const holder = second === undefined ? json : isObject(json[first]) ? (json[first] as Record<string, Json>) : {};
    raw[name] = holder[second ?? first];
  });
  let values: OptionValues<ReportConfigOption> | undefined;
  try {
    values = readOptions(REPORT_CONFIG_OPTIONS, raw, { source: 'config', file: path, code: 'BAD_CONFIG' }).values;
  } catch (error) {
    if (!(error instanceof SwissRankError)) throw error;
    problems.push(error, ...error.others);
  }
  if (problems.length > 0 || values === undefined) throw SwissRankError.collect(problems);

  // Every file option (data, output folder) is relative to the config, wherever it is run from.
  const folder = dirname(resolve(path));
  const resolved: Record<string, unknown> = { ...values };
  for (const name of REPORT_CONFIG_OPTIONS) {
    if ((OPTIONS[name] as OptionDeclaration<unknown>).file === undefined) continue;
    const value = resolved[name];
    if (typeof value === 'string') resolved[name] = resolve(folder, value);
    if (Array.isArray(value)) resolved[name] = value.map((file: string) => resolve(folder, file));
  }
  return { path, text, values: resolved as OptionValues<ReportConfigOption>, order: order !== undefined };
}

/** Runs `task`, giving each config problem it throws the line and column of its key path. */
function withLines<T>(task: () => T, locate: NonNullable<ReportConfig['locate']>): T {
  try {
    return task();
  } catch (error) {
    throw error instanceof SwissRankError ? atLines(error, locate) : error;
  }
}

/** The error and its others, each config key path given its line and column in the file. */
export function atLines(error: SwissRankError, locate: NonNullable<ReportConfig['locate']>): SwissRankError {
  const placed = [error, ...error.others].map((e) => {
    const position = e.location.option === undefined || e.location.line !== undefined ? undefined : locate(e.location.option);
    return position ? new SwissRankError(e.code, e.message, { ...e.location, ...position }) : e;
  });
  return SwissRankError.collect(placed);
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
