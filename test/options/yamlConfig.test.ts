/**
 * YAML report configs: the same checks and key paths as JSON (with the YAML line and column), the
 * same report from the same settings, and strict YAML: duplicate keys, unknown tags, merge keys,
 * several documents and alias bombs are refused at their line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SwissRankError } from '../../src/errors.js';
import { loadReportConfig } from '../../src/options/reportConfig.js';
import { cli, tempDir } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';

const configs = join(REPO_ROOT, 'test', 'fixtures', 'configs');

/** Every problem of loading `text` as a config file with this extension. */
async function problems(text: string, extension: 'json' | 'yaml'): Promise<SwissRankError[]> {
  const file = join(tempDir(), `config.${extension}`);
  writeFileSync(file, text);
  try {
    await loadReportConfig(file);
  } catch (error) {
    if (!(error instanceof SwissRankError)) throw error;
    return [error, ...error.others];
  }
  return [];
}

describe('YAML report configs', () => {
  it('read to the same settings as the same config in JSON', async () => {
    const json = await loadReportConfig(join(configs, 'helm-small.json'));
    const yaml = await loadReportConfig(join(configs, 'helm-small.yaml'));
    expect(yaml.values).toEqual(json.values);
    expect(yaml.order).toBe(json.order);
  });

  it('give the same report, byte for byte, as the same config in JSON', async () => {
    const outs = { json: join(tempDir(), 'report'), yaml: join(tempDir(), 'report') };
    for (const kind of ['json', 'yaml'] as const) {
      const r = await cli('report', '--config', join(configs, `helm-small.${kind}`), '--out', outs[kind], '--quiet', '--threads', '1');
      expect(r.code, r.stderr).toBe(0);
    }
    for (const file of ['results.json', 'results.csv']) {
      expect(readFileSync(join(outs.yaml, file), 'utf8'), file).toBe(readFileSync(join(outs.json, file), 'utf8'));
    }
  });

  it('report the same problems as JSON, at the same key paths, with the YAML line and column', async () => {
    const bad = {
      data: { scores: 5, colour: 'red' },
      rounds: [{ benchmarks: [] }, { name: '', benchmarks: ['x', 3] }, 'MMLU'],
      iterations: 0,
      sweep: [0, 1.5],
      extra: true,
    };
    const yamlText = [
      'data:',
      '  scores: 5',
      '  colour: red',
      'rounds:',
      '  - benchmarks: []',
      "  - name: ''",
      '    benchmarks: [x, 3]',
      '  - MMLU',
      'iterations: 0',
      'sweep: [0, 1.5]',
      'extra: true',
    ].join('\n');
    const fromJson = await problems(JSON.stringify(bad), 'json');
    const fromYaml = await problems(yamlText, 'yaml');
    const shape = (e: SwissRankError) => ({ code: e.code, option: e.location.option, message: e.message });
    expect(fromYaml.map(shape)).toEqual(fromJson.map(shape));
    expect(fromYaml.length).toBeGreaterThan(6);
    const at = (option: string) => fromYaml.find((e) => e.location.option === option)?.location;
    expect(at('data.colour')).toMatchObject({ line: 3, column: 3 });
    expect(at('rounds[1].benchmarks[1]')).toMatchObject({ line: 7, column: 21 });
    expect(at('rounds[2]')).toMatchObject({ line: 8, column: 5 });
    expect(at('extra')).toMatchObject({ line: 11, column: 1 });
    // One line each: file:line:column, the key path, the message.
    expect(fromYaml[0].describe()).toMatch(/config\.yaml:11:1: extra: unknown key; .*\[BAD_CONFIG\]$/);
  });

  it('name the line of an unknown benchmark, found once the data is loaded', async () => {
    const r = await cli('report', '--config', join(configs, 'unknown-benchmark.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown-benchmark.yaml:12:24: rounds[3].benchmarks[1]: ');
    expect(r.stderr).toContain('[UNKNOWN_BENCHMARK]');
  });

  it.each([
    ['a duplicate key', 'data:\n  scores: a.csv\niterations: 5\niterations: 6\n', 4],
    ['an unknown tag', 'data:\n  scores: !secret a.csv\n', 2],
    ['a merge key', 'base: &b {scores: a.csv}\ndata:\n  <<: *b\n', 3],
    ['two documents', 'data: {scores: a.csv}\n---\nseed: 2\n', 2],
    ['broken syntax', 'data:\n  scores: [a.csv\n', 3],
    ['a tab for indentation', 'data:\n\tscores: a.csv\n', 2],
  ])('refuse %s at its line', async (_, text, line) => {
    const found = await problems(text, 'yaml');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].code).toBe('BAD_CONFIG');
    expect(found.map((e) => e.location.line)).toContain(line);
  });

  it('refuse an alias bomb before expanding it', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill(`*${'abcdefghij'[i - 1]}`).join(', ')}]`);
    const started = Date.now();
    const found = await problems(`${levels.join('\n')}\ndata: {scores: a.csv}\n`, 'yaml');
    expect(found.map((e) => e.code)).toEqual(['BAD_CONFIG']);
    expect(found[0].message).toMatch(/alias/i);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('read an empty file as a config without "data"', async () => {
    const found = await problems('', 'yaml');
    expect(found.map((e) => [e.code, e.location.option])).toEqual([['BAD_CONFIG', '(top level)']]);
  });
});
