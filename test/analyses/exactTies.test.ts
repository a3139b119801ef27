/**
 * Issue "exact ties": round means equal on paper are a fair coin (SPEC "Inputs"), even where
 * float sums differ in the last bit. Checked end to end: table -> tournament plan -> the exact
 * enumeration (simulate --exact) and the Monte Carlo kernel.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { simulateExact } from '../../src/analyses/simulateExact.js';
import { buildTournament } from '../../src/tournament/tournament.js';
import { cli } from '../support/cli.js';
import { expectWithinSe, monteCarlo } from '../support/monteCarlo.js';
import { REPO_ROOT } from '../support/paths.js';

/** One round made of all the benchmarks: each model's round score is the mean of its column. */
function oneGroupedRound(models: string[], scores: number[][]) {
  const benchmarks = scores.map((_, b) => `B${b}`);
  const table = scoreTableFromMatrix({ models, benchmarks, scores });
  return buildTournament(table, { rounds: benchmarks.join(',') });
}

const N = 20_000;

describe('equal round means are a fair coin, exactly', () => {
  it('(0.1, 0.2) against (0.3, 0): P(win) 1/2 each, by enumeration', () => {
    const t = oneGroupedRound(['a', 'b'], [[0.1, 0.3], [0.2, 0]]);
    const exact = simulateExact(t);
    expect(exact.models.map((m) => m.expectedScore)).toEqual([0.5, 0.5]);
    expect(exact.models.map((m) => m.pFirst)).toEqual([0.5, 0.5]);
  });

  it('(0.1, 0.2) against (0.3, 0): the Monte Carlo kernel agrees within 4.5 SE', () => {
    const stats = monteCarlo(oneGroupedRound(['a', 'b'], [[0.1, 0.3], [0.2, 0]]).plan, N);
    expect(stats.stdError[0]).toBeGreaterThan(0); // a coin, not a sure win
    expectWithinSe(stats, [0.5, 0.5]);
  });

  it('three benchmarks, three models with mean 0.2: E[S] = 1/3 each (paired with probability 2/3, then a coin)', () => {
    const scores = [[0.1, 0.3, 0.6], [0.2, 0.2, 0], [0.3, 0.1, 0]];
    const t = oneGroupedRound(['a', 'b', 'c'], scores);
    simulateExact(t).models.forEach((m) => expect(m.expectedScore).toBeCloseTo(1 / 3, 12));
    expectWithinSe(monteCarlo(t.plan, N), [1 / 3, 1 / 3, 1 / 3]);
  });

  it('swiss-rank simulate --exact on a CSV gives 0.5 / 0.5', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'swiss-rank-ties-')), 'ties.csv');
    writeFileSync(file, 'benchmark,a,b\nX,0.1,0.3\nY,0.2,0\n');
    const r = await cli('simulate', '--scores', file, '--rounds', 'X,Y', '--exact', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).models.map((m: { expectedScore: number }) => m.expectedScore)).toEqual([0.5, 0.5]);
  });
});

describe('HELM Lite Mathematics round (MATH + GSM8K), bundled data', () => {
  // Pairs whose two-scenario means are equal exactly (checked from the file below); float sums
  // separate the first three.
  const pairs = [
    ['ai21/jamba-1.5-large', 'google/gemini-1.5-flash-001'], // 0.692 + 0.846 = 0.753 + 0.785
    ['amazon/nova-micro-v1:0', 'writer/palmyra-x-v3'], // 0.76 + 0.794 = 0.723 + 0.831
    ['meta/llama-2-70b', 'meta/llama-3-8b'], // 0.323 + 0.567 = 0.391 + 0.499
    ['anthropic/claude-2.1', 'google/gemini-1.5-flash-002'],
    ['anthropic/claude-3-5-sonnet-20240620', 'openai/gpt-4o-2024-08-06'],
    ['openai/gpt-4-0613', 'openai/gpt-4o-2024-05-13'],
  ];
  const load = () => loadScoreTable(join(REPO_ROOT, 'data', 'helm_lite_v1.13.0.csv'));
  const cell = (table: Awaited<ReturnType<typeof load>>, benchmark: string, model: string) =>
    table.scores[table.benchmarks.indexOf(benchmark) * table.models.length + table.models.indexOf(model)];

  it('every exactly tied pair gets one round score (three of them differ as float sums)', async () => {
    const table = await load();
    const t = buildTournament(table, { rounds: 'MATH,GSM8K', missing: 'coin' });
    if (t.plan.outcomes.kind !== 'scores') throw new Error('expected scores');
    const x = t.plan.outcomes.roundScores;
    let floatSplits = 0;
    for (const [a, b] of pairs) {
      const sum = (m: string) => cell(table, 'MATH', m) + cell(table, 'GSM8K', m);
      if (sum(a) !== sum(b)) floatSplits++;
      expect(x[table.models.indexOf(a)], `${a} / ${b}`).toBe(x[table.models.indexOf(b)]);
    }
    expect(floatSplits).toBe(3);
  });

  it('jamba-1.5-large and gemini-1.5-flash-001 (mean 0.769) meet as a coin', async () => {
    const table = await load();
    const [a, b] = pairs[0];
    const scores = ['MATH', 'GSM8K'].map((benchmark) => [cell(table, benchmark, a), cell(table, benchmark, b)]);
    expect(scores).toEqual([[0.692, 0.753], [0.846, 0.785]]);
    const t = buildTournament(scoreTableFromMatrix({ models: [a, b], benchmarks: ['MATH', 'GSM8K'], scores }), {
      rounds: [{ name: 'Mathematics', benchmarks: ['MATH', 'GSM8K'] }],
    });
    expect(simulateExact(t).models.map((m) => m.expectedScore)).toEqual([0.5, 0.5]);
    expectWithinSe(monteCarlo(t.plan, N), [0.5, 0.5]);
  });
});
