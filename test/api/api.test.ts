import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SwissRankError,
  createRanker,
  loadScores,
  scoreTableFromMatrix,
  scoreTableFromRecords,
  simulate,
  sweep,
  tournament,
} from '../../src/index.js';
import { cli } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { HELM_LITE as helmPath } from '../support/realData.js';

// The bundled HELM Lite has one gap; these tests play it as a coin, as the default run does.
const coin = { missing: 'coin' } as const;

describe('the library API', () => {
  it('returns exactly what the CLI prints as JSON', async () => {
    const scores = await loadScores(helmPath);
    const result = await simulate(tournament(scores, { elimination: 1, ...coin }), { iterations: 5000, seed: 3 });
    const printed = await cli('simulate', '--scores', helmPath, '--missing', 'coin', '--elimination', '1', '--iterations', '5000', '--seed', '3',
      '--format', 'json', '--quiet');
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(printed.stdout));
    const swept = await sweep(tournament(scores, coin), { iterations: 2000, seed: 3 });
    const printedSweep = await cli('sweep', '--scores', helmPath, '--missing', 'coin', '--iterations', '2000', '--seed', '3', '--format', 'json', '--quiet');
    expect(JSON.parse(JSON.stringify(swept))).toEqual(JSON.parse(printedSweep.stdout));
  });

  it('ranks in-memory records and matrices exactly like the same table from a file', async () => {
    const file = await loadScores(helmPath);
    const records = file.models.map((model, m) =>
      Object.fromEntries([['model', model], ...file.benchmarks.map((b, k) => [b, file.scores[k * file.models.length + m]])]),
    );
    const matrix = file.benchmarks.map((_, k) => Array.from(file.scores.subarray(k * file.models.length, (k + 1) * file.models.length)));
    const options = { iterations: 3000, seed: 9, threads: 1 };
    const fromFile = await simulate(tournament(file, coin), options);
    const fromRecords = await simulate(tournament(scoreTableFromRecords(records), coin), options);
    const fromMatrix = await simulate(tournament(scoreTableFromMatrix({ models: file.models, benchmarks: file.benchmarks, scores: matrix }), coin), options);
    expect(fromRecords.models).toEqual(fromFile.models);
    expect(fromMatrix.models).toEqual(fromFile.models);
  });

  it('throws SwissRankError with a code for bad in-memory data and options', async () => {
    expect(() => scoreTableFromRecords([{ model: 'a', X: 1 }, { model: 'a', X: 2 }])).toThrow(SwissRankError);
    expect(() => scoreTableFromRecords([{ model: 'a', X: 1 }, { model: 'a', X: 2 }])).toThrow(expect.objectContaining({ code: 'DUPLICATE_MODEL' }));
    expect(() => scoreTableFromRecords([{ model: 'a', X: '85%' }, { model: 'b', X: 2 }])).toThrow(expect.objectContaining({ code: 'NOT_A_NUMBER' }));
    expect(() => scoreTableFromRecords([{ name: 'a', X: 1 }])).toThrow(expect.objectContaining({ code: 'EMPTY_NAME' }));
    const t = tournament(scoreTableFromRecords([{ model: 'a', X: 1 }, { model: 'b', X: 2 }]));
    // Library errors name the caller's field; the CLI names its flag (--iterations).
    await expect(simulate(t, { iterations: 0 })).rejects.toMatchObject({ code: 'BAD_OPTION', location: { option: 'iterations' } });
    expect(() => tournament(scoreTableFromRecords([{ model: 'a', X: 1 }, { model: 'b', X: null }]), {})).toThrow(
      expect.objectContaining({ code: 'MISSING_SCORE' }),
    );
  });

  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    await simulate(tournament(await loadScores(helmPath), coin), { iterations: 20_000, threads: 1, onProgress: (done, total) => {
      expect(total).toBe(20_000);
      seen.push(done);
    } });
    expect(seen.at(-1)).toBe(20_000);
    expect(seen.every((d, i) => i === 0 || d >= seen[i - 1])).toBe(true);
  });

  it('a reusable ranker keeps its results identical to one-off calls, and closes', async () => {
    const t = tournament(await loadScores(helmPath), { elimination: 2, ...coin });
    const oneOff = await simulate(t, { iterations: 30_000, seed: 4 });
    {
      await using ranker = createRanker({ threads: 2 });
      const first = await ranker.simulate(t, { iterations: 30_000, seed: 4 });
      const second = await ranker.simulate(t, { iterations: 30_000, seed: 4 });
      expect(first).toEqual(oneOff);
      expect(second).toEqual(oneOff);
    }
    const ranker = createRanker({ threads: 2 });
    await ranker.sweep(t, { iterations: 1000 });
    await ranker.close();
    await expect(ranker.simulate(t, { iterations: 1000 })).rejects.toMatchObject({ code: 'CLOSED' });
  });
});

describe('the README', () => {
  it('shows the pipeline example exactly as examples/rank-leaderboard.ts has it', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const example = readFileSync(join(REPO_ROOT, 'examples', 'rank-leaderboard.ts'), 'utf8');
    expect(readme).toContain('```ts\n' + example + '```');
  });
});
