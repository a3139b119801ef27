/** `swiss-rank order` end to end: its options, outputs, errors, determinism across thread counts, and LiveBench. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';
import { HAS_LIVEBENCH, HELM_LITE, LIVEBENCH, LIVEBENCH_CATEGORIES } from '../support/realData.js';

const table = join(REPO_ROOT, 'test/fixtures/order6.csv');
const helm = ['--scores', HELM_LITE, '--missing', 'coin'];

describe('swiss-rank order', () => {
  it('plays the orders of a file (names or positions) and says how they were chosen, in every format', async () => {
    const file = join(tempDir(), 'orders.txt');
    writeFileSync(file, '# two orders\nZ, Y, X\n2,1,3\n');
    const json = await cli('order', '--scores', table, '--orders', file, '--iterations', '2000', '--format', 'json', '--quiet');
    expect(json.code, json.stderr).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(r.orders).toEqual({ method: 'file', count: 2, distinct: 2, file });
    expect(r.perOrder.map((p: { order: number[] }) => p.order)).toEqual([[3, 2, 1], [2, 1, 3]]);
    expect(r.roundOrder).toBe('fixed');
    expect(r.rounds.map((x: { name: string }) => x.name)).toEqual(['X', 'Y', 'Z']);
    expect(r.models).toHaveLength(6);

    const text = await cli('order', '--scores', table, '--orders', file, '--iterations', '2000', '--quiet');
    expect(text.stdout).toMatch(/the 2 orders listed in .*orders\.txt/);
    expect(text.stdout).toMatch(/common random numbers/);
    expect(text.stdout).toMatch(/seed-only baseline \(the canonical order on seed 2\): /);
    expect(text.stdout).toMatch(/Top-6 rank shift/);
    const csv = await cli('order', '--scores', table, '--orders', file, '--iterations', '2000', '--format', 'csv', '--quiet');
    expect(csv.stdout.split('\n')[0]).toBe(
      'canonical_rank,model,expected_score,std_error,min_rank,median_rank,max_rank,p_first,expected_score_min,expected_score_max',
    );
    expect(csv.stdout.trim().split('\n')).toHaveLength(7);
  });

  it('refuses a bad orders file in one line naming file:line:column (exit 2)', async () => {
    const file = join(tempDir(), 'orders.txt');
    writeFileSync(file, 'X,Y,Z\nX,Y,Wrong\n');
    const r = await cli('order', '--scores', table, '--orders', file, '--iterations', '1000', '--quiet');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`swiss-rank: ${file}:2:5: unknown round "Wrong"; the rounds are "X", "Y", "Z" [BAD_ORDER]\n`);
    const missing = await cli('order', '--scores', table, '--orders', join(tempDir(), 'none.txt'), '--quiet');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.txt: no such file \[FILE_NOT_FOUND\]/);
  });

  it('refuses --all past 8 rounds and more than one way of choosing orders', async () => {
    const all = await cli('order', ...helm, '--all', '--iterations', '1000', '--quiet');
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(/^swiss-rank: --all: every order of 10 rounds is 3,628,800 orders; --all takes at most 8 rounds.*\[BAD_OPTION\]\n$/);
    const both = await cli('order', '--scores', table, '--all', '--permutations', '3', '--quiet');
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/give at most one of --permutations K, --all and --orders FILE \[CONFLICTING_OPTIONS\]/);
    const zero = await cli('order', '--scores', table, '--permutations', '0', '--quiet');
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/--permutations: expected a whole number from 1/);
  });

  it('takes --elimination (default 0) and keeps it by position', async () => {
    const r = await cli('order', '--scores', table, '--all', '--elimination', '2,1,0', '--iterations', '1000', '--format', 'json', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.rounds.map((x: { elimination: number }) => x.elimination)).toEqual([2, 1, 0]);
    expect(json.orders).toMatchObject({ method: 'all', count: 6, distinct: 6 });
    const plain = JSON.parse((await cli('order', '--scores', table, '--all', '--iterations', '1000', '--format', 'json', '--quiet')).stdout);
    expect(plain.rounds.map((x: { elimination: number }) => x.elimination)).toEqual([0, 0, 0]);
  });

  it('gives the same bytes on 1 and 2 threads', async () => {
    const run = (threads: string) =>
      cli('order', ...helm, '--permutations', '3', '--elimination', '1', '--iterations', '6000', '--threads', threads, '--format', 'json', '--quiet');
    const one = await run('1');
    const two = await run('2');
    expect(one.code, one.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('runs in a report when the config has an "order" section: results.json and the page carry it', async () => {
    const dir = tempDir();
    const config = join(dir, 'config.json');
    writeFileSync(join(dir, 'orders.txt'), 'X,Y,Z\n3,2,1\n');
    const base = { data: { scores: table }, iterations: 1500, seed: 3, sweep: [0, 1], out: 'report' };
    writeFileSync(config, JSON.stringify({ ...base, order: { file: 'orders.txt', elimination: 1 } }));
    const r = await cli('report', '--config', config, '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'report', 'results.json'), 'utf8'));
    expect(json.sweep).toEqual([0, 1]);
    expect(json.order.orders).toEqual({ method: 'file', count: 2, distinct: 2, file: 'orders.txt' });
    expect(json.order.rounds.map((x: { elimination: number }) => x.elimination)).toEqual([1, 1, 1]);
    // The order analysis is the order command's, on the same settings.
    const alone = await cli('order', '--scores', table, '--orders', join(dir, 'orders.txt'), '--elimination', '1', '--iterations', '1500',
      '--seed', '3', '--format', 'json', '--quiet');
    expect(json.order.models).toEqual(JSON.parse(alone.stdout).models);
    expect(readFileSync(join(dir, 'report', 'report.html'), 'utf8')).toContain('id="order-figure"');

    writeFileSync(config, JSON.stringify({ ...base, roundOrder: 'random' }));
    const random = await cli('report', '--config', config, '--quiet');
    expect(random.code, random.stderr).toBe(0);
    const page = readFileSync(join(dir, 'report', 'report.html'), 'utf8');
    expect(page).not.toContain('id="order-figure"');
    expect(page).toContain('played in a fresh uniformly random order in every tournament');
    expect(JSON.parse(readFileSync(join(dir, 'report', 'results.json'), 'utf8')).roundOrder).toBe('random');

    writeFileSync(join(dir, 'orders.txt'), 'X,Y\n');
    writeFileSync(config, JSON.stringify({ ...base, order: { file: 'orders.txt' } }));
    const bad = await cli('report', '--config', config, '--quiet');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/orders\.txt:1:4: names 2 of the 3 rounds.*\[BAD_ORDER\]/);
  });

  it.skipIf(!HAS_LIVEBENCH)('runs on LiveBench with its 7 categories as rounds', async () => {
    const categories = JSON.parse(readFileSync(LIVEBENCH_CATEGORIES, 'utf8')) as Record<string, string[]>;
    const rounds = Object.values(categories).map((tasks) => tasks.join(',')).join(';');
    const r = await cli('order', '--scores', LIVEBENCH, '--ragged', 'skip', '--rounds', rounds, '--permutations', '4',
      '--iterations', '2000', '--format', 'json', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.models).toHaveLength(126);
    expect(json.roundPositions.rounds).toHaveLength(7);
    expect(json.roundPositions.measure).toMatch(/positions 1-3 .* positions 5-7.*position 4, the middle, counts for neither/);
    expect(json.kendallTau.min).toBeLessThanOrEqual(json.kendallTau.mean);
  });
});
