import { describe, expect, it } from 'vitest';
import { SwissRankError } from '../../src/errors.js';
import { loadReportConfig, parseReportConfig } from '../../src/options/reportConfig.js';
import { REPO_ROOT } from '../support/paths.js';

function problems(json: unknown): { code: string; option?: string }[] {
  try {
    parseReportConfig(json, '/cfg/report.json');
  } catch (error) {
    if (!(error instanceof SwissRankError)) throw error;
    return [error, ...error.others].map((e) => ({ code: e.code, option: e.location.option }));
  }
  return [];
}

describe('report configs', () => {
  it('reads a full config, resolving paths against its folder', () => {
    const config = parseReportConfig(
      {
        data: { scores: '../data/t.csv', layout: 'models-as-rows', missing: 'coin', ragged: 'skip' },
        rounds: [{ name: 'R1', benchmarks: ['a', 'b'] }, { benchmarks: ['c'] }],
        iterations: 500,
        seed: 3,
        tieBreak: 'index',
        sweep: [0, 2],
        out: 'out/here',
      },
      '/cfg/report.json',
    );
    // The delimiter is left to the loader (',' unless the file's first line says "sep=;").
    expect(config.values).toMatchObject({ scores: '/data/t.csv', layout: 'models-as-rows', missing: 'coin', ragged: 'skip', delimiter: undefined });
    expect(config.values.rounds).toEqual([{ name: 'R1', benchmarks: ['a', 'b'] }, { name: undefined, benchmarks: ['c'] }]);
    expect(config.values).toMatchObject({ iterations: 500, seed: 3, tieBreak: 'index', sweep: [0, 2], reportOut: '/cfg/out/here' });
  });

  it('reports every problem at once, each by its key path', () => {
    expect(
      problems({
        data: { scores: 5, colour: 'red' },
        rounds: [{ benchmarks: [] }, { name: '', benchmarks: ['x', 3] }, 'MMLU'],
        iterations: 0,
        seed: -1,
        tieBreak: 'coin',
        sweep: [0, 1.5],
        out: '',
        extra: true,
      }),
    ).toEqual([
      { code: 'BAD_CONFIG', option: 'extra' },
      { code: 'BAD_CONFIG', option: 'data.colour' },
      { code: 'BAD_CONFIG', option: 'data.scores' },
      { code: 'BAD_CONFIG', option: 'rounds[0].benchmarks' },
      { code: 'BAD_CONFIG', option: 'rounds[1].name' },
      { code: 'BAD_CONFIG', option: 'rounds[1].benchmarks[1]' },
      { code: 'BAD_CONFIG', option: 'rounds[2]' },
      { code: 'BAD_CONFIG', option: 'iterations' },
      { code: 'BAD_CONFIG', option: 'seed' },
      { code: 'BAD_CONFIG', option: 'tieBreak' },
      { code: 'BAD_CONFIG', option: 'sweep[1]' },
      { code: 'BAD_CONFIG', option: 'out' },
    ]);
  });

  it.each([
    [[1, 2], '(top level)'],
    [{}, 'data'],
    [{ data: { scores: 'a.csv', winMatrices: ['b.csv'] } }, 'data'],
    [{ data: { winMatrices: [] } }, 'data.winMatrices'],
    [{ data: { scores: 'a.csv', layout: 'sideways' } }, 'data.layout'],
    [{ data: { scores: 'a.csv' }, rounds: [] }, 'rounds'],
    [{ data: { scores: 'a.csv' }, sweep: [] }, 'sweep'],
  ])('%j -> %s', (json, option) => {
    expect(problems(json)[0]).toEqual({ code: 'BAD_CONFIG', option });
  });

  it('reads an "order" section (the round-order analysis) and "roundOrder"', () => {
    const data = { scores: 't.csv' };
    const none = parseReportConfig({ data }, '/cfg/report.json');
    expect(none.order).toBe(false);
    expect(none.values).toMatchObject({ roundOrder: 'fixed', all: false, permutations: undefined, orders: undefined, elimination: 0 });
    const some = parseReportConfig({ data, order: { permutations: 50, elimination: 1 } }, '/cfg/report.json');
    expect(some.order).toBe(true);
    expect(some.values).toMatchObject({ permutations: 50, elimination: 1 });
    expect(parseReportConfig({ data, order: {} }, '/cfg/report.json').order).toBe(true);
    expect(parseReportConfig({ data, order: { file: 'orders.txt' } }, '/cfg/report.json').values.orders).toBe('/cfg/orders.txt');
    expect(parseReportConfig({ data, roundOrder: 'random' }, '/cfg/report.json').values.roundOrder).toBe('random');
  });

  it.each([
    [{ order: 5 }, 'order'],
    [{ order: { perms: 5 } }, 'order.perms'],
    [{ order: { permutations: 5, all: true } }, 'order'],
    [{ order: { all: true, file: 'x.txt' } }, 'order'],
    [{ order: { permutations: 0 } }, 'order.permutations'],
    [{ order: { all: 'yes' } }, 'order.all'],
    [{ order: { elimination: -1 } }, 'order.elimination'],
    [{ order: {}, roundOrder: 'random' }, 'order'],
    [{ roundOrder: 'shuffled' }, 'roundOrder'],
  ])('order problems: %j -> %s', (extra, option) => {
    expect(problems({ data: { scores: 'a.csv' }, ...extra })[0]).toEqual({ code: 'BAD_CONFIG', option });
  });

  it('refuses a missing file and invalid JSON', async () => {
    await expect(loadReportConfig('/nonexistent/config.json')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    await expect(loadReportConfig(`${REPO_ROOT}README.md`)).rejects.toMatchObject({ code: 'BAD_CONFIG' });
  });

  it.each(['helm-lite.json', 'livebench.json', 'open-llm-leaderboard.json'])('the shipped configs/%s is valid', async (name) => {
    const config = await loadReportConfig(`${REPO_ROOT}configs/${name}`);
    expect(config.values.scores).toBeDefined();
    expect(config.values.reportOut).toBeDefined();
  });
});
