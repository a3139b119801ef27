/**
 * `swiss-rank init`: the starter config is YAML that the checker and the JSON Schema accept, that
 * `report` runs, that names the table's benchmarks as one round each, leaves a choice the table
 * leaves open (empty cells) as a comment, and is never written over an existing file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/options/configSchema.js';
import { loadReportConfig } from '../../src/options/reportConfig.js';
import { parseConfigYaml } from '../../src/options/configYaml.js';
import { cli, tempDir } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';

const DOMINANCE = join(REPO_ROOT, 'test', 'fixtures', 'dominance5.csv');
const HOSTILE = join(REPO_ROOT, 'test', 'fixtures', 'markdown', 'hostile_names.csv');
const HELM = join(REPO_ROOT, 'data', 'helm_lite_v1.13.0.csv');
const hostileModels = () => readFileSync(HOSTILE, 'utf8').split('\n')[0].split(',').slice(1);
const validate = new Ajv({ strict: true, strictRequired: false }).compile(configSchema());

describe('swiss-rank init', () => {
  it('writes a config that the schema accepts and report runs, one round per benchmark', async () => {
    const dir = tempDir();
    const config = join(dir, 'configs', 'mine.yaml'); // a folder init creates
    const made = await cli('init', '--scores', DOMINANCE, '--out', config);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toContain(`wrote ${config}`);
    const text = readFileSync(config, 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+swiss-rank\.config\.schema\.json\n/);
    const schemaPath = join(dir, 'configs', /\$schema=(\S+)/.exec(text)![1]);
    expect(existsSync(schemaPath), schemaPath).toBe(true);
    expect(validate(parseConfigYaml(text, config).json), JSON.stringify(validate.errors)).toBe(true);
    const loaded = await loadReportConfig(config);
    expect(loaded.values.rounds).toEqual(['X', 'Y', 'Z'].map((b) => ({ name: b, benchmarks: [b] })));
    expect(loaded.values.scores).toBe(DOMINANCE);
    expect(loaded.values).toMatchObject({ iterations: 100_000, seed: 1, sweep: [0, 1, 2], reportOut: join(dir, 'configs', 'mine-report') });

    const report = await cli('report', '--config', config, '--quiet');
    expect(report.code, report.stderr).toBe(0);
    const results = JSON.parse(readFileSync(join(dir, 'configs', 'mine-report', 'results.json'), 'utf8'));
    expect(results.models.map((m: { name: string }) => m.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('starts from a harness\'s outputs with --from: the config reads them the same way, and report runs', async () => {
    const dir = tempDir();
    const config = join(dir, 'mamba.yaml');
    const lmEval = join(REPO_ROOT, 'test', 'fixtures', 'formats', 'lm-eval', 'v0.4_results_mamba2_6models');
    const made = await cli('init', '--from', 'lm-eval', '--scores', lmEval, '--metric', 'lambada_openai=perplexity', '--out', config);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toContain('lm-eval: lambada_openai: perplexity (--metric), lower is better');
    const text = readFileSync(config, 'utf8');
    expect(text).toContain('  from: lm-eval\n  metric: ["lambada_openai=perplexity"]\n');
    expect(validate(parseConfigYaml(text, config).json), JSON.stringify(validate.errors)).toBe(true);
    const loaded = await loadReportConfig(config);
    expect(loaded.values).toMatchObject({ from: 'lm-eval', scores: lmEval, metric: ['lambada_openai=perplexity'] });
    expect((loaded.values.rounds as { name: string }[]).map((r) => r.name)).toContain('lambada_openai');
    writeFileSync(config, text.replace(/^iterations: \d+$/m, 'iterations: 2000'));
    const report = await cli('report', '--config', config, '--quiet');
    expect(report.code, report.stderr).toBe(0);
    expect(readFileSync(join(dir, 'mamba-report', 'report.html'), 'utf8')).toContain('lambada_openai');
    // Import options without --from would be ignored: refused instead.
    const stray = await cli('init', '--scores', DOMINANCE, '--metric', 'x=acc', '--out', join(dir, 'stray.yaml'));
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/--metric applies to imports: give --from <kind> \[CONFLICTING_OPTIONS\]/);
  });

  it('quotes every name, so benchmark names made of YAML marks read back as themselves', async () => {
    const dir = tempDir();
    // The hostile model names as benchmarks, plus what YAML reads specially (comments, flow, anchors, tags, booleans).
    const names = [...hostileModels(), 'a: b', 'x #y', '{z}', '&anchor', '*alias', '!tag', 'yes', 'null', '007', "it's", '"quoted"'];
    const table = join(dir, 'wide.csv');
    const csvField = (name: string) => (/[",]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name);
    writeFileSync(table, `model,${names.map(csvField).join(',')}\nm1,${names.map((_, i) => i).join(',')}\nm2,${names.map((_, i) => 100 - i).join(',')}\n`);
    const out = join(dir, 'hostile.yaml');
    const r = await cli('init', '--scores', table, '--out', out, '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const config = await loadReportConfig(out);
    expect(config.values.rounds).toEqual(names.map((b) => ({ name: b, benchmarks: [b] })));
  });

  it('keeps the data options given, and leaves the choice for empty cells to the user', async () => {
    const dir = tempDir();
    const chosen = join(dir, 'chosen.yaml');
    expect((await cli('init', '--scores', HELM, '--layout', 'benchmarks-as-rows', '--missing', 'coin', '--out', chosen)).code).toBe(0);
    expect(await loadReportConfig(chosen).then((c) => c.values)).toMatchObject({ layout: 'benchmarks-as-rows', missing: 'coin' });

    const open = join(dir, 'open.yaml');
    const r = await cli('init', '--scores', HELM, '--out', open);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: the table has 1 empty cell\(s\); the config leaves "missing" for you to choose/);
    expect(readFileSync(open, 'utf8')).toContain('  # missing: coin\n');
    expect((await loadReportConfig(open)).values.missing).toBeUndefined();
  });

  it('says which rows --ragged skip left out, as the other commands do', async () => {
    const dir = tempDir();
    const table = join(dir, 'ragged.csv');
    writeFileSync(table, 'model,A,B\nm1,1,2\nm2,3\nm3,5,6\nm4,7,8\n');
    const r = await cli('init', '--scores', table, '--ragged', 'skip', '--out', join(dir, 'r.yaml'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`warning: ${table}:3: left out "m2" (2 fields, the header has 3) as --ragged skip asks`);
    expect((await loadReportConfig(join(dir, 'r.yaml'))).values.ragged).toBe('skip');
  });

  it('never replaces an existing file, a link or a folder: exit 2, one line, nothing changed', async () => {
    const dir = tempDir();
    const mine = join(dir, 'swiss-rank.yaml');
    writeFileSync(mine, 'my own config\n');
    symlinkSync(join(dir, 'elsewhere.txt'), join(dir, 'link.yaml'));
    mkdirSync(join(dir, 'folder.yaml'));
    for (const out of [mine, join(dir, 'link.yaml'), join(dir, 'folder.yaml')]) {
      const r = await cli('init', '--scores', DOMINANCE, '--out', out);
      expect(r.code, out).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('[OUTPUT_EXISTS]');
    }
    expect(readFileSync(mine, 'utf8')).toBe('my own config\n');
    expect(existsSync(join(dir, 'elsewhere.txt'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['folder.yaml', 'link.yaml', 'swiss-rank.yaml']); // no temp file left
  });

  it('refuses to start without a table, and reports a bad table as the loaders do', async () => {
    const dir = tempDir();
    const none = await cli('init', '--out', join(dir, 'x.yaml'));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--scores: init needs the score table .*\[BAD_OPTION\]/);
    const missing = await cli('init', '--scores', join(dir, 'nope.csv'), '--out', join(dir, 'x.yaml'));
    expect(missing.stderr).toContain('[FILE_NOT_FOUND]');
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });

  // (`--out -` itself is refused by the command-line parser for every command, as on main: a known gap.)
  it('writes to stdout with --out /dev/stdout', async () => {
    const r = await cli('init', '--scores', DOMINANCE, '--out', '/dev/stdout');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# yaml-language-server/);
    expect(r.stdout).toContain('rounds:\n  - name: "X"\n    benchmarks: ["X"]\n');
  });
});
