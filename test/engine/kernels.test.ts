/**
 * The WebAssembly kernel against the JS kernel (the reference): for every kind of plan, the same
 * seed gives byte-identical JSON once the header's `kernel` field (provenance) is removed, on one
 * thread and on two (workers load their own instance). And over random small plans, identical
 * counts block by block.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TournamentPlan } from '../../src/core/plan.js';
import { BlockClaims } from '../../src/engine/blockClaims.js';
import { BlockRunner } from '../../src/engine/blockRunner.js';
import {
  loadScores,
  scoreTableFromMatrix,
  simulate,
  sweep,
  tournament,
  winMatricesFromArrays,
  type ScoreTable,
  type TournamentOptions,
  type WinMatrices,
} from '../../src/index.js';
import { smallPlan } from '../support/plans.js';
import { randomTable } from '../support/randomTable.js';
import { HELM_LITE } from '../support/realData.js';

type Run = 'simulate' | 'sweep';

/** Both kernels' JSON of the same run, each without its `kernel` field (checked here). */
async function bothKernels(data: ScoreTable | WinMatrices, rules: TournamentOptions, run: Run, settings: Record<string, unknown>) {
  const t = tournament(data, rules);
  const json = async (kernel: 'js' | 'wasm') => {
    const options = { iterations: 3000, seed: 7, threads: 1, ...settings, kernel };
    const result: { kernel?: string } = run === 'simulate' ? await simulate(t, options) : await sweep(t, options);
    expect(result.kernel).toBe(kernel);
    const { kernel: _, ...rest } = result;
    return JSON.stringify(rest);
  };
  return { js: await json('js'), wasm: await json('wasm') };
}

/** 12 models x 6 benchmarks of scores 0..3: ties everywhere (the coin path of the kernel). */
const tied = scoreTableFromMatrix({
  models: Array.from({ length: 12 }, (_, m) => `m${m}`),
  benchmarks: Array.from({ length: 6 }, (_, b) => `b${b}`),
  scores: Array.from({ length: 6 }, (_, b) => Array.from({ length: 12 }, (_, m) => (m * 7 + b * 3) % 4)),
});

/** 9 models, 3 benchmarks of win probabilities with sure wins (0, 1) and in-betweens. */
const matrices = winMatricesFromArrays({
  models: Array.from({ length: 9 }, (_, m) => `m${m}`),
  benchmarks: ['X', 'Y', 'Z'],
  p: [0, 1, 2].map((b) =>
    Array.from({ length: 9 }, (_, i) =>
      Array.from({ length: 9 }, (_, j) => (i === j ? 0.5 : i < j ? [0.3, 1, 0.75, 0][(i + j + b) % 4] : 1 - [0.3, 1, 0.75, 0][(i + j + b) % 4])),
    ),
  ),
});

describe('the WebAssembly kernel gives the JS kernel\'s results, byte for byte', () => {
  const table = randomTable(23, 8, 4);

  const cases: [string, () => ScoreTable | WinMatrices, TournamentOptions, Run, Record<string, unknown>][] = [
    ['scores, T=2, ties at the cut broken at random', () => table, { elimination: 2 }, 'simulate', {}],
    ['scores, T=3, ties at the cut by index', () => table, { elimination: 3, tieBreak: 'index' }, 'simulate', {}],
    ['tied scores (coins), per-round elimination, index', () => tied, { elimination: [1, 0, 2, 1, 3, 0], tieBreak: 'index' }, 'simulate', {}],
    ['tied scores, random round order', () => tied, { elimination: 1, roundOrder: 'random' }, 'simulate', {}],
    ['grouped rounds, random round order and tie-break', () => table, { rounds: 'b0,b1;b2;b3,b4,b5;b6,b7', elimination: 4, roundOrder: 'random' }, 'simulate', {}],
    ['win matrices, T=1', () => matrices, { elimination: 1 }, 'simulate', {}],
    ['win matrices, random round order, index', () => matrices, { elimination: 2, roundOrder: 'random', tieBreak: 'index' }, 'simulate', {}],
    ['a sweep (paired plans)', () => table, {}, 'sweep', { sweep: [0, 1, 2] }],
    ['a sweep under index and random order', () => tied, { tieBreak: 'index', roundOrder: 'random' }, 'sweep', { sweep: [0, 3] }],
    ['a sweep of win matrices', () => matrices, {}, 'sweep', { sweep: [0, 2] }],
    ['a last block shorter than the others', () => table, { elimination: 1 }, 'simulate', { iterations: 2345 }],
  ];
  it.each(cases)('%s', async (_, data, rules, run, settings) => {
    const { js, wasm } = await bothKernels(data(), rules, run, settings);
    expect(wasm).toBe(js);
  });

  // HELM Lite has one gap; 6,000 tournaments of 91 x 10 are enough work to start the workers.
  it.each([
    ['coin', 1],
    ['coin', 2],
    ['loss', 2],
  ] as const)('HELM Lite, missing cell as a %s, %i thread(s)', async (missing, threads) => {
    const helm = await loadScores(HELM_LITE);
    const simulated = await bothKernels(helm, { missing, elimination: 2 }, 'simulate', { threads, iterations: 6000 });
    expect(simulated.wasm).toBe(simulated.js);
    const swept = await bothKernels(helm, { missing, tieBreak: 'index' }, 'sweep', { threads, iterations: 6000 });
    expect(swept.wasm).toBe(swept.js);
  });

  it('the same counts over random small plans, alone and paired as a sweep', () => {
    const plans = smallPlan(9, 6).chain((plan) =>
      fc.record({
        plan: fc.constant(plan),
        roundOrder: fc.constantFrom<TournamentPlan['roundOrder']>('fixed', 'random'),
        other: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: plan.roundCount, maxLength: plan.roundCount }),
        seed: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(plans, ({ plan, roundOrder, other, seed }) => {
        const first = { ...plan, roundOrder };
        const paired = [first, { ...first, elimination: Int32Array.from(other) }];
        for (const job of [[first], paired]) {
          const counts = (kernel: 'js' | 'wasm') => {
            const runner = new BlockRunner({ plans: job, seed, iterations: 1500, kernel });
            runner.runBlock(0);
            runner.runBlock(1);
            return runner.counts;
          };
          expect(counts('wasm')).toEqual(counts('js'));
        }
      }),
      { numRuns: 60 },
    );
  });

  // Plans that share their first rounds play them once per tournament on the WebAssembly kernel
  // (core/wasm/roundSharing.ts); the JS kernel plays every plan in full: the counts must agree.
  it('the same counts over families of plans sharing their first rounds', () => {
    const families = smallPlan(9, 6).chain((plan) =>
      fc.record({
        plan: fc.constant(plan),
        // Per variant: the first round it changes, the first elimination it changes, and how.
        variants: fc.array(
          fc.record({
            from: fc.integer({ min: 0, max: plan.roundCount }),
            eliminationFrom: fc.integer({ min: 0, max: plan.roundCount }),
            shift: fc.integer({ min: 1, max: 3 }),
            other: fc.constantFrom('same', 'index', 'random order'),
          }),
          { minLength: 1, maxLength: 7 },
        ),
        seed: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(families, ({ plan, variants, seed }) => {
        const plans = [plan, ...variants.map((v) => variant(plan, v))];
        const counts = (kernel: 'js' | 'wasm') => {
          const runner = new BlockRunner({ plans, seed, iterations: 1500, kernel });
          runner.runBlock(0);
          runner.runBlock(1); // 500 tournaments: a short last chunk
          return runner.counts;
        };
        expect(counts('wasm')).toEqual(counts('js'));
      }),
      { numRuns: 80 },
    );
  });

  // A big job's blocks are played in slices (so a thread sees an abort within milliseconds); on
  // the WebAssembly kernel another job may take the instance between two slices of a block.
  it('blocks played in slices, two jobs taking turns on one instance, give the counts of whole blocks', () => {
    const job = (seed: number, T: number) => {
      const base = tournament(randomTable(40, 8, seed), { elimination: T }).plan;
      // 20 plans x 40 models x 8 rounds: slices of 625 tournaments, so blocks are cut in two.
      const plans = Array.from({ length: 20 }, (_, p) => ({ ...base, elimination: base.elimination.map((t, k) => (k >= p % 8 ? t + (p % 3) : t)) }));
      return { plans, seed, iterations: 2500, kernel: 'wasm' as const };
    };
    const jobs = [job(3, 1), job(4, 2)];
    const whole = jobs.map((j) => {
      const runner = new BlockRunner(j);
      for (let b = 0; b < 3; b++) runner.runBlock(b);
      return runner.counts;
    });
    const runners = jobs.map((j) => new BlockRunner(j));
    const claims = [new BlockClaims(3), new BlockClaims(3)];
    const finished = [false, false];
    let turns = 0;
    while (!finished.every(Boolean)) {
      for (const i of [0, 1]) if (!finished[i]) finished[i] = runners[i].runClaimed(claims[i], 0); // one slice each
      turns++;
    }
    expect(turns).toBe(6); // slices of 625: blocks of 1,000, 1,000 and 500 take 5, and a last turn finds none left
    expect(runners[0].counts).toEqual(whole[0]);
    expect(runners[1].counts).toEqual(whole[1]);
  });
});

/** `plan` with rounds from `from` on moved one place (its outcomes change there, not before),
 *  eliminations from `eliminationFrom` on shifted, and maybe another tie-break or round order. */
function variant(
  plan: TournamentPlan,
  v: { from: number; eliminationFrom: number; shift: number; other: 'same' | 'index' | 'random order' },
): TournamentPlan {
  const K = plan.roundCount;
  const M = plan.modelCount;
  const moved = <T extends Float64Array>(values: T, perRound: number): T => {
    const out = values.slice() as T;
    for (let k = v.from; k < K; k++) out.set(values.subarray(((k + 1) % K) * perRound, (((k + 1) % K) + 1) * perRound), k * perRound);
    return out;
  };
  const outcomes: TournamentPlan['outcomes'] =
    plan.outcomes.kind === 'scores'
      ? { kind: 'scores', roundScores: moved(plan.outcomes.roundScores, M) }
      : { kind: 'probabilities', winProbability: moved(plan.outcomes.winProbability, M * M) };
  const elimination = plan.elimination.map((t, k) => (k >= v.eliminationFrom ? (t + v.shift) % 4 : t));
  const tieBreak = v.other === 'index' ? (plan.tieBreak === 'index' ? 'random' : 'index') : plan.tieBreak;
  return { ...plan, outcomes, elimination, tieBreak, roundOrder: v.other === 'random order' ? 'random' : 'fixed' };
}

describe('the option kernel', () => {
  it('defaults to wasm, and is refused when it is neither js nor wasm', async () => {
    const t = tournament(randomTable(5, 3, 1));
    expect((await simulate(t, { iterations: 10, threads: 1 })).kernel).toBe('wasm');
    await expect(simulate(t, { iterations: 10, kernel: 'gpu' as 'js' })).rejects.toMatchObject({
      code: 'BAD_OPTION',
      location: { option: 'kernel' },
    });
  });
});
