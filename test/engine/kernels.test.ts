/**
 * The WebAssembly kernel against the JS kernel (the reference): for every kind of plan, the same
 * seed gives byte-identical JSON once the header's `kernel` field (provenance) is removed, on one
 * thread and on two (workers load their own instance). And over random small plans, identical
 * counts block by block.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TournamentPlan } from '../../src/core/plan.js';
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
});

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
