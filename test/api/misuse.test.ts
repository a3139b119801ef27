/**
 * Every misuse of the public API is a SwissRankError with a code, at the caller's field, never a
 * TypeError from deep inside: wrong kinds of arguments, a string where a number belongs, a signal
 * that is not an AbortSignal, a ranker closed mid-run, and an abort right after the call.
 */
import { describe, expect, it } from 'vitest';
import {
  createRanker,
  loadScores,
  loadWinMatrices,
  scoreTableFromRecords,
  simulate,
  sweep,
  tournament,
} from '../../src/index.js';
import { HELM_LITE } from '../support/realData.js';

const small = scoreTableFromRecords([
  { model: 'a', X: 3, Y: 1 },
  { model: 'b', X: 2, Y: 2 },
  { model: 'c', X: 1, Y: 3 },
]);

describe('misuse of the library', () => {
  it.each([
    ['a score table where a tournament belongs', () => simulate(small as never), 'BAD_OPTION', 'tournament'],
    ['nothing where a tournament belongs', () => sweep(undefined as never), 'BAD_OPTION', 'tournament'],
    ['a string where a number belongs', () => simulate(tournament(small), { iterations: '1000' as never }), 'BAD_OPTION', 'iterations'],
    ['an unknown option', () => simulate(tournament(small), { iteration: 5 } as never), 'BAD_OPTION', 'iteration'],
    ['a signal that is not an AbortSignal', () => simulate(tournament(small), { signal: { aborted: false } as never }), 'BAD_OPTION', 'signal'],
    ['options that are not an object', () => simulate(tournament(small), 5 as never), 'BAD_OPTION', 'options'],
    ['threads out of range', () => simulate(tournament(small), { threads: 0 }), 'BAD_OPTION', 'threads'],
    ['a sweep of strings', () => sweep(tournament(small), { sweep: ['0', '1'] as never }), 'BAD_OPTION', 'sweep[0]'],
  ])('%s', async (_, call, code, option) => {
    await expect(call()).rejects.toMatchObject({ code, location: { option } });
  });

  it.each([
    ['data that is not a table', () => tournament({ models: [] } as never), 'BAD_OPTION', 'data'],
    ['an unknown tie-break', () => tournament(small, { tieBreak: 'coin' as never }), 'BAD_OPTION', 'tieBreak'],
    ['elimination as text', () => tournament(small, { elimination: '1' as never }), 'BAD_ELIMINATION', 'elimination'],
    ['one file name where a list belongs', () => loadWinMatrices('one.csv' as never), 'BAD_OPTION', 'paths'],
  ])('%s', async (_, call, code, option) => {
    await expect(async () => call()).rejects.toMatchObject({ code, location: { option } });
  });

  it('checks a ranker\'s threads before any worker starts, and refuses per-run threads', async () => {
    expect(() => createRanker({ threads: 1.5 })).toThrow(expect.objectContaining({ code: 'BAD_OPTION', location: { option: 'threads' } }));
    const ranker = createRanker({ threads: 1 });
    await expect(ranker.simulate(tournament(small), { threads: 2 } as never)).rejects.toMatchObject({ code: 'BAD_OPTION' });
    await ranker.close();
  });

  it('warns (the Node way) when more threads than cores are asked for', async () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    const ranker = createRanker({ threads: 1024 });
    await ranker.close();
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', listen);
    expect(warnings.some((w) => /1024 threads on a machine with \d+ cores/.test(w))).toBe(true);
  });

  it('closing a ranker mid-run rejects that run with CLOSED, not WORKER_FAILED', async () => {
    const ranker = createRanker({ threads: 2 });
    const t = tournament(await loadScores(HELM_LITE), { missing: 'coin' });
    const outcome = expect(ranker.simulate(t, { iterations: 5_000_000 })).rejects.toMatchObject({ code: 'CLOSED' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    await ranker.close();
    await outcome;
  });

  it('an abort fired right after the call is honoured', async () => {
    const t = tournament(await loadScores(HELM_LITE), { missing: 'coin' });
    const controller = new AbortController();
    const started = Date.now();
    const running = simulate(t, { iterations: 5_000_000, threads: 2, signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'ABORTED' });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
