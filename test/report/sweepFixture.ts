/**
 * Realistic SweepResult fixtures for the report tests, built from the real leaderboard tables
 * (the bundled HELM Lite and the Open LLM Leaderboard fixture): real model names and benchmarks; base and drop derived from each model's
 * standardised scores (strong models get a high base, uneven ones a larger drop), so the charts
 * look like real output. Deterministic; no simulation is run.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { HELM_LITE as HELM_LITE_PATH, OPEN_LLM as OPEN_LLM_PATH } from '../support/realData.js';
import { sweepIntervals } from '../../src/analyses/intervalLegend.js';
import { classifyProfiles } from '../../src/analyses/profiles.js';
import type { ModelStanding } from '../../src/analyses/planSummary.js';
import type { SweepModel, SweepPoint, SweepResult } from '../../src/analyses/sweepResult.js';

export const HELM_LITE = pathToFileURL(HELM_LITE_PATH);
export const OPEN_LLM = pathToFileURL(OPEN_LLM_PATH);

/** Model names that would break a page that forgot to escape them. */
export const HOSTILE_NAMES: readonly string[] = [
  '<script>alert("x")</script>',
  'A & B\'s "model"',
  '</svg><img src=x onerror=alert(1)>',
  "evil' onmouseover='alert(1)",
  'org/<b>bold</b>',
  'plain/model-1',
];

/** The scores behind hostileFixture: model and benchmark names all hostile to HTML. */
export function hostileRows(): ScoreRows {
  const scores = [0, 1, 2].map((b) => HOSTILE_NAMES.map((_, m) => (m * 7 + b * 3) % 11));
  return { models: HOSTILE_NAMES, benchmarks: ['MMLU <5-shot>', 'GSM8K & co', '"quoted"'], scores };
}

/** A small result whose model and benchmark names are all hostile to HTML. */
export function hostileFixture(): SweepResult {
  return sweepFixture(hostileRows());
}

export interface ScoreRows {
  readonly models: readonly string[];
  readonly benchmarks: readonly string[];
  /** scores[b][m] */
  readonly scores: readonly (readonly number[])[];
}

/** A benchmarks-as-rows table (unquoted fields, as the shared tables are). */
export function readScoreRows(file: URL): ScoreRows {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  const models = lines[0].split(',').slice(1);
  const rows = lines.slice(1).map((l) => l.split(','));
  return { models, benchmarks: rows.map((r) => r[0]), scores: rows.map((r) => r.slice(1).map((cell) => (cell === '' ? 0 : Number(cell)))) }; // a gap reads as 0: the figures only need a plausible shape
}

export interface FixtureOptions {
  readonly sweep?: readonly number[];
  readonly iterations?: number;
  readonly seed?: number;
  /** Data file path recorded in `source.files`. */
  readonly sourceFile?: string;
}

export function sweepFixtureFromFile(file: URL, options: FixtureOptions = {}): SweepResult {
  return sweepFixture(readScoreRows(file), { sourceFile: file.pathname.split('/').pop(), ...options });
}

/** A SweepResult whose numbers follow the scores' shape (see the file comment). */
export function sweepFixture(data: ScoreRows, options: FixtureOptions = {}): SweepResult {
  const sweep = options.sweep ?? [0, 1, 2];
  const iterations = options.iterations ?? 100_000;
  const m = data.models.length;
  const k = data.benchmarks.length;
  const z = data.scores.map(standardise); // z[b][model]
  const strength = data.models.map((_, i) => mean(z.map((row) => row[i])));
  const unevenness = data.models.map((_, i) => sd(z.map((row) => row[i])));
  const maxUneven = Math.max(...unevenness, 1e-9);
  const order = data.models.map((_, i) => i).sort((a, b) => strength[a] - strength[b] || a - b);
  const percentile = new Array<number>(m);
  order.forEach((modelIndex, r) => (percentile[modelIndex] = m > 1 ? r / (m - 1) : 1));
  const random = mulberry32(options.seed ?? 7);
  const lastT = sweep[sweep.length - 1] || 1;

  const raw = data.models.map((name, i) => {
    const p = percentile[i];
    const spec = unevenness[i] / maxUneven;
    const base = k * (0.06 + 0.86 * p ** 1.1) + (random() - 0.5) * 0.25;
    const fullDrop = -(0.1 + 0.8 * (1 - p) ** 1.5 + 1.1 * spec * p + random() * 0.35) * (k / 9);
    // Smoothly floored at zero: close to base + drop for strong models, never negative.
    const values = sweep.map((t) => base * Math.exp((fullDrop * t) / lastT / Math.max(0.5, base)));
    const stdErrors = values.map((v) => 0.0035 + (0.003 * v) / k);
    return { name, values, stdErrors };
  });

  const ranks = sweep.map((_, t) => sharedRanks(raw.map((r) => r.values[t])));
  const unsorted = raw.map((r, i) => {
    const dropStdError = 0.003 + 0.004 * random();
    return {
      name: r.name,
      base: r.values[0],
      drop: r.values[r.values.length - 1] - r.values[0],
      dropStdError,
      dropStdErrorUnpaired: Math.hypot(r.stdErrors[0], r.stdErrors[r.stdErrors.length - 1]),
      results: sweep.map(
        (t, j): SweepPoint => ({
          elimination: t,
          expectedScore: r.values[j],
          stdError: r.stdErrors[j],
          rank: ranks[j][i],
          ...standing(ranks[j][i], m, k, t, percentile[i]),
        }),
      ),
    };
  });
  // The real profile rule, so the fixture's profiles are what a sweep would report.
  const { rule, models: profiles } = classifyProfiles({
    base: unsorted.map((x) => x.base),
    baseStdError: unsorted.map((x) => x.results[0].stdError),
    drop: unsorted.map((x) => x.drop),
    dropStdError: unsorted.map((x) => x.dropStdError),
  });
  const models: SweepModel[] = unsorted.map((x, i) => ({ ...x, ...profiles[i] }));
  const lastE = (x: SweepModel) => x.results[x.results.length - 1].expectedScore;
  models.sort((a, b) => lastE(b) - lastE(a));

  return {
    tool: 'swiss-rank',
    version: '0.1.0',
    seed: 1,
    iterations,
    blockSize: 1024,
    tieBreak: 'random',
    roundOrder: 'fixed',
    missing: 'error',
    source: { kind: 'scores', files: [options.sourceFile ?? 'scores.csv'], skippedRows: [] },
    rounds: data.benchmarks.map((b) => ({ name: b, benchmarks: [b] })),
    sweep,
    profileRule: rule,
    intervals: sweepIntervals(),
    models,
  };
}

/** Plausible final-standing and survival statistics for a model of this rank and strength. */
function standing(
  rank: number,
  models: number,
  rounds: number,
  elimination: number,
  percentile: number,
): ModelStanding {
  const survival = Array.from({ length: rounds }, (_, k) =>
    elimination === 0 ? 1 : Math.exp(-(k + 1) * elimination * (1 - percentile) ** 2 * (12 / Math.max(12, models))),
  );
  const pEliminated = 1 - survival[rounds - 1];
  return {
    pFirst: rank <= 5 ? 0.5 ** rank : 0,
    pFirstStdError: rank <= 5 ? 0.001 : 0,
    meanRank: rank + 0.25,
    rankInterval90: [Math.max(1, rank - 3), Math.min(models, rank + 3)],
    survival,
    pEliminated,
    meanEliminationRound: pEliminated > 0 ? 1 + (rounds - 1) * percentile : null,
  };
}

/** 1 + the number of strictly higher values (exact ties share a rank). O(n log n). */
function sharedRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);
  const ranks = new Array<number>(values.length);
  order.forEach((i, position) => {
    const previous = order[position - 1];
    ranks[i] = position > 0 && values[previous] === values[i] ? ranks[previous] : position + 1;
  });
  return ranks;
}

function standardise(row: readonly number[]): number[] {
  const mu = mean(row);
  const s = sd(row) || 1;
  return row.map((v) => (v - mu) / s);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function sd(values: readonly number[]): number {
  const mu = mean(values);
  return Math.sqrt(values.reduce((a, v) => a + (v - mu) ** 2, 0) / values.length);
}

/** A tiny seeded generator, so fixtures are identical on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
