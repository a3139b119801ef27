import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { importHelm } from '../../src/import/helm.js';
import { caught, cell, formats, scratch } from './support.js';

const SAFETY = formats('helm/groups/safety_scenarios.json');
const SAFETY_ACCURACY = formats('helm/groups/json/safety_scenarios_accuracy.json');
const BBQ_TABLE = formats('helm/groups/bbq.json');
const RUN = (model: string) => formats(`helm/runs/bbq_${model}`);
const GPT2_RUN = formats('helm/eee_fixture_run/mmlu-subject=philosophy,method=multiple_choice_joint,model=openai_gpt2');

describe('HELM group tables', () => {
  it('reads the Accuracy table of a list of tables, by run group, without the Mean win rate column', async () => {
    const scores = await importHelm([SAFETY], {});
    // Values read by hand from groups/safety_scenarios.json, table "Accuracy".
    expect(cell(scores, 'Llama 3 Instruct (70B)', 'HarmBench').score).toBe(0.7125);
    expect(cell(scores, 'Llama 3 Instruct (8B)', 'Anthropic Red Team').score).toBe(0.99875);
    expect(cell(scores, 'Mixtral Instruct (8x22B)', 'XSTest').score).toBe(0.9325);
    expect(cell(scores, 'GPT-4o (2024-05-13)', 'BBQ').score).toBe(0.95);
    expect(scores.records).toHaveLength(9 * 5);
    expect(new Set(scores.records.map((r) => r.benchmark))).toEqual(
      new Set(['HarmBench', 'SimpleSafetyTests', 'BBQ', 'Anthropic Red Team', 'XSTest']),
    );
    expect(scores.lowerIsBetter).toEqual([]);
    expect(scores.provenance).toMatchObject({ kind: 'helm', files: [SAFETY] });
    const choices = scores.provenance.choices;
    expect(choices).toContain(`${SAFETY}: table "Accuracy" (of 4; default "Accuracy")`);
    expect(choices).toContain(
      'HarmBench: column "HarmBench - HarmBench - Model Evaluated Safety score", higher is better (HELM lower_is_better false)',
    );
    expect(choices.some((c) => c.startsWith('column "Mean win rate" left out'))).toBe(true);
    expect(choices).toContain(
      "GPT-4o (2024-05-13): the table's display name; HELM model id openai_gpt-4o-2024-05-13 (run_spec_names)",
    );
  });

  it('reads a single-table file and a per-group table, leaving out the count columns', async () => {
    const single = await importHelm([SAFETY_ACCURACY], {});
    expect(cell(single, 'Qwen2 Instruct (72B)', 'SimpleSafetyTests').score).toBe(0.9875);
    expect(cell(single, 'Claude 3 Opus (20240229)', 'HarmBench').score).toBe(0.935);
    expect(cell(single, 'Gemini 1.5 Pro (001)', 'XSTest').score).toBe(0.91);
    const bbq = await importHelm([BBQ_TABLE], {});
    expect(cell(bbq, 'Llama 3 Instruct (70B)', 'BBQ').score).toBe(0.29);
    expect(cell(bbq, 'Mixtral Instruct (8x22B)', 'BBQ').score).toBe(0.92);
    expect(cell(bbq, 'Llama 3 Instruct (8B)', 'BBQ').score).toBe(0.74);
    expect(bbq.records).toHaveLength(9);
    expect(
      bbq.provenance.choices.some(
        (c) => c.startsWith('5 columns without a lower_is_better flag left out') && c.includes('# eval'),
      ),
    ).toBe(true);
  });

  it('chooses another table with --metric table=, keeps Mean win rate under groups, and reports missing cells', async () => {
    const efficiency = await importHelm([SAFETY], { metric: new Map([['table', 'Efficiency']]), groups: true });
    expect(efficiency.records).toEqual([]);
    expect(efficiency.provenance.choices).toContain(
      'Llama 3 Instruct (70B) on Mean win rate: no value in the table (missing)',
    );
    const withMean = await importHelm([SAFETY], { groups: true });
    expect(cell(withMean, 'Claude 3.5 Sonnet (20240620)', 'Mean win rate').score).toBe(0.775);
  });

  it('puts lower_is_better columns in lowerIsBetter', async () => {
    const folder = await scratch('helm-direction');
    try {
      const table = JSON.parse(await readFile(SAFETY_ACCURACY, 'utf8'));
      table.header[2].lower_is_better = true;
      const file = await folder.write('groups/json/flipped.json', JSON.stringify(table));
      const scores = await importHelm([file], {});
      expect(scores.lowerIsBetter).toEqual(['HarmBench']);
      expect(scores.provenance.choices).toContain(
        'HarmBench: column "HarmBench - HarmBench - Model Evaluated Safety score", lower is better (HELM lower_is_better true)',
      );
    } finally {
      await folder.remove();
    }
  });

  it('refuses a table title that is not there, a model given by two tables, tables mixed with runs, and other --metric keys', async () => {
    expect((await caught(() => importHelm([SAFETY], { metric: new Map([['table', 'Robustness']]) }))).code).toBe(
      'METRIC_NOT_FOUND',
    );
    const twice = await caught(() => importHelm([BBQ_TABLE, SAFETY_ACCURACY], {}));
    expect(twice.code).toBe('BAD_IMPORT');
    expect(twice.location.file).toBe(SAFETY_ACCURACY);
    expect((await caught(() => importHelm([SAFETY, RUN('meta_llama-3-8b-chat')], {}))).code).toBe('BAD_IMPORT');
    expect((await caught(() => importHelm([SAFETY], { metric: new Map([['BBQ', 'exact_match']]) }))).code).toBe(
      'BAD_OPTION',
    );
  });

  it('refuses malformed JSON with its line and column', async () => {
    const folder = await scratch('helm-bad');
    try {
      const file = await folder.write('groups/broken.json', '[\n  {"title": "Accuracy",\n   "header": [}\n]');
      const error = await caught(() => importHelm([file], {}));
      expect(error.code).toBe('BAD_IMPORT');
      expect(error.location).toMatchObject({ file, line: 3, column: 15 });
    } finally {
      await folder.remove();
    }
  });
});

describe('HELM run folders', () => {
  let scores: Awaited<ReturnType<typeof importHelm>>;
  beforeAll(async () => {
    scores = await importHelm([formats('helm')], {});
  });

  it('reads exact_match on split test from every run folder below a folder, named by model id and run group', async () => {
    // stats.json: {"name": {"name": "exact_match", "split": "test"}, ..., "mean": ...} read by hand.
    expect(cell(scores, 'anthropic/claude-3-5-sonnet-20240620', 'bbq').score).toBe(0.93);
    expect(cell(scores, 'meta/llama-3-8b-chat', 'bbq').score).toBe(0.74);
    expect(cell(scores, 'openai/gpt-4o-2024-05-13', 'bbq').score).toBe(0.95);
    expect(cell(scores, 'openai/gpt2', 'mmlu').score).toBe(0.1111111111111111);
    expect(scores.records).toHaveLength(4);
    expect(scores.records.every((r) => r.stderr === undefined)).toBe(true);
  });

  it('reports the metric, the direction from schema.json and every file read', async () => {
    const choices = scores.provenance.choices;
    expect(choices).toContain(
      'bbq: metric exact_match on split test, no perturbation (default: first of exact_match, quasi_exact_match, prefix_exact_match, quasi_prefix_exact_match, f1_score)',
    );
    expect(choices).toContain(
      `bbq: higher is better (${formats('helm/schema.json')}: exact_match lower_is_better false)`,
    );
    expect(scores.provenance.files).toContain(`${RUN('meta_llama-3-8b-chat')}/stats.json`);
    expect(scores.provenance.files).toContain(`${RUN('meta_llama-3-8b-chat')}/run_spec.json`);
    expect(scores.provenance.files).toContain(formats('helm/schema.json'));
    expect(scores.provenance.files).toHaveLength(4 * 2 + 1);
  });

  it('takes the metric --metric names, and the direction a given schema.json says', async () => {
    const folder = await scratch('helm-schema');
    try {
      const schema = JSON.parse(await readFile(formats('helm/schema.json'), 'utf8'));
      for (const metric of schema.metrics) if (metric.name === 'bbq_accuracy') metric.lower_is_better = true;
      const schemaFile = await folder.write('schema.json', JSON.stringify(schema));
      const picked = await importHelm([RUN('openai_gpt-4o-2024-05-13'), schemaFile], {
        metric: new Map([['bbq', 'bbq_accuracy']]),
      });
      expect(cell(picked, 'openai/gpt-4o-2024-05-13', 'bbq').score).toBe(0.95);
      expect(picked.lowerIsBetter).toEqual(['bbq']);
      expect(picked.provenance.choices).toContain('bbq: metric bbq_accuracy (--metric) on split test, no perturbation');
    } finally {
      await folder.remove();
    }
  });

  it('makes each run its own benchmark where one model has several runs of a group (MMLU subjects)', async () => {
    const folder = await scratch('helm-subjects');
    try {
      const spec = JSON.parse(await readFile(`${GPT2_RUN}/run_spec.json`, 'utf8'));
      const stats = await readFile(`${GPT2_RUN}/stats.json`, 'utf8');
      for (const subject of ['philosophy', 'anatomy']) {
        spec.name = `mmlu:subject=${subject},method=multiple_choice_joint,model=openai_gpt2`;
        await folder.write(`suite/${spec.name}/run_spec.json`, JSON.stringify(spec));
        await folder.write(`suite/${spec.name}/stats.json`, stats);
      }
      const scores = await importHelm([folder.path], {});
      expect(scores.records.map((r) => r.benchmark)).toEqual([
        'mmlu:subject=anatomy,method=multiple_choice_joint',
        'mmlu:subject=philosophy,method=multiple_choice_joint',
      ]);
      expect(scores.provenance.choices).toContain(
        'run group mmlu: several runs per model, so each run is its own benchmark (its run name without model=)',
      );
    } finally {
      await folder.remove();
    }
  });

  it('refuses a run without the chosen metric, and says when no schema gives the direction', async () => {
    const missing = await caught(() =>
      importHelm([RUN('meta_llama-3-8b-chat')], { metric: new Map([['bbq', 'f1_score']]) }),
    );
    expect(missing.code).toBe('METRIC_NOT_FOUND');
    expect(missing.location.file).toBe(`${RUN('meta_llama-3-8b-chat')}/stats.json`);
    const folder = await scratch('helm-runs');
    try {
      const run = `${folder.path}/runs/suite/run1`;
      await folder.write('runs/suite/run1/run_spec.json', await readFile(`${GPT2_RUN}/run_spec.json`, 'utf8'));
      const stats = JSON.parse(await readFile(`${GPT2_RUN}/stats.json`, 'utf8'));
      for (const stat of stats)
        if (stat.name.name === 'exact_match' && stat.name.split === 'test' && !stat.name.perturbation) stat.count = 0;
      await folder.write('runs/suite/run1/stats.json', JSON.stringify(stats));
      const scores = await importHelm([run], {});
      expect(scores.records).toEqual([]);
      expect(scores.provenance.choices).toContain(
        `openai/gpt2 on mmlu: exact_match has count 0 in ${run}/stats.json (missing)`,
      );
      expect(scores.provenance.choices).toContain(
        'mmlu: higher is better assumed (no schema.json given or found beside the runs; --lower-is-better changes it)',
      );
    } finally {
      await folder.remove();
    }
  });
});
