/**
 * The shipped JSON Schema of report configs: in sync with the option table (regenerated and
 * compared), in the package, accepting every shipped config (JSON and YAML), and rejecting a set of
 * bad configs that the checker (reportConfig.ts) rejects too. Validated with ajv (draft-07, strict).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SwissRankError } from '../../src/errors.js';
import { CONFIG_SCHEMA_PATH, configSchema, configSchemaText } from '../../src/options/configSchema.js';
import { parseConfigYaml } from '../../src/options/configYaml.js';
import { parseReportConfig } from '../../src/options/reportConfig.js';
import { REPO_ROOT } from '../support/paths.js';

const validate = new Ajv({ strict: true, strictRequired: false, allErrors: true }).compile(configSchema());

/** A config file's content, JSON or YAML. */
function readConfig(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return /\.ya?ml$/.test(path) ? parseConfigYaml(text, path).json : JSON.parse(text);
}

function checkerRejects(config: unknown): boolean {
  try {
    parseReportConfig(config, '/cfg/report.json');
    return false;
  } catch (error) {
    if (!(error instanceof SwissRankError)) throw error;
    return true;
  }
}

describe('the config JSON Schema', () => {
  it('is the file npm run docs writes from the option table', () => {
    expect(readFileSync(join(REPO_ROOT, CONFIG_SCHEMA_PATH), 'utf8')).toBe(configSchemaText());
  });

  it('ships in the package', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain(CONFIG_SCHEMA_PATH);
  });

  const shipped = [
    ...readdirSync(join(REPO_ROOT, 'configs')).map((f) => join('configs', f)),
    'test/fixtures/configs/helm-small.json',
    'test/fixtures/configs/helm-small.yaml',
  ];
  it.each(shipped)('accepts %s, as the checker does', (file) => {
    const config = readConfig(join(REPO_ROOT, file));
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(checkerRejects(config)).toBe(false);
  });

  it('knows YAML examples exist and point editors at it', () => {
    const yaml = shipped.filter((f) => f.startsWith('configs/') && f.endsWith('.yaml'));
    expect(yaml.length).toBeGreaterThan(0);
    for (const file of yaml) {
      expect(readFileSync(join(REPO_ROOT, file), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/schema\/swiss-rank\.config\.schema\.json\n/);
    }
  });

  const data = { scores: 'scores.csv' };
  const bad: [string, unknown][] = [
    ['not an object', ['data']],
    ['no data', { iterations: 10 }],
    ['an unknown top-level key', { data, colour: 'red' }],
    ['an unknown data key', { data: { ...data, sheet: 2 } }],
    ['both scores and win matrices', { data: { ...data, winMatrices: ['a.csv'] } }],
    ['neither scores nor win matrices', { data: { layout: 'models-as-rows' } }],
    ['an empty scores path', { data: { scores: '  ' } }],
    ['an unknown layout', { data: { ...data, layout: 'wide' } }],
    ['an empty win-matrix list', { data: { winMatrices: [] } }],
    ['a missing policy it does not know', { data: { ...data, missing: 'ignore' } }],
    ['zero iterations', { data, iterations: 0 }],
    ['fractional iterations', { data, iterations: 2.5 }],
    ['iterations as text', { data, iterations: '1000' }],
    ['a negative seed', { data, seed: -1 }],
    ['an unknown tie break', { data, tieBreak: 'coin' }],
    ['a sweep as text', { data, sweep: '0,1,2' }],
    ['a repeated sweep value', { data, sweep: [0, 1, 1] }],
    ['a negative sweep value', { data, sweep: [0, -1] }],
    ['an empty round plan', { data, rounds: [] }],
    ['a round without benchmarks', { data, rounds: [{ name: 'R' }] }],
    ['a round with an empty benchmark list', { data, rounds: [{ benchmarks: [] }] }],
    ['a round with an unknown key', { data, rounds: [{ benchmarks: ['a'], weight: 2 }] }],
    ['a round with an empty name', { data, rounds: [{ name: '', benchmarks: ['a'] }] }],
    ['a benchmark name with a control character', { data, rounds: [{ benchmarks: ['a\u001b[31m'] }] }],
    ['a benchmark name with a right-to-left override', { data, rounds: [{ benchmarks: ['a\u202eb'] }] }],
    ['a round as a bare name', { data, rounds: ['MMLU'] }],
    ['an empty output folder', { data, out: '' }],
    ['order as a number', { data, order: 100 }],
    ['order with an unknown key', { data, order: { count: 5 } }],
    ['order with permutations and all', { data, order: { permutations: 5, all: true } }],
    ['order with permutations and a file', { data, order: { permutations: 5, file: 'o.txt' } }],
    ['order with all and a file', { data, order: { all: true, file: 'o.txt' } }],
    ['order with a random round order', { data, roundOrder: 'random', order: {} }],
    ['a negative elimination', { data, order: { elimination: -1 } }],
  ];
  it.each(bad)('rejects %s, as the checker does', (_, config) => {
    expect(checkerRejects(config)).toBe(true);
    expect(validate(config)).toBe(false);
  });

  it('accepts what the checker accepts at the edges', () => {
    for (const config of [
      { data, rounds: 'A,B;C' },
      { data, sweep: 2, order: { all: false, permutations: 3, elimination: [1, 0] } },
      { data, order: {} },
      { $schema: './schema.json', $comment: ['any', 'note'], data: { winMatrices: ['a.csv', 'b.csv'] } },
    ]) {
      expect(checkerRejects(config), JSON.stringify(config)).toBe(false);
      expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
