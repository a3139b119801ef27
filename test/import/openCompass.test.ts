import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importOpenCompass } from '../../src/import/openCompass.js';
import { caught, cell, formats, scratch } from './support.js';

const RUN = formats('opencompass/handmade/20240601_101010');
const SUMMARY = formats('opencompass/handmade/20240601_101010/summary/summary_20240601_101010.csv');
const SUBJECTIVE = formats('opencompass/20231208_194351');

describe('OpenCompass summary CSV (hand-made after DefaultSummarizer)', () => {
  it('reads dataset rows on the 0-100 scale, - as missing, one benchmark per metric of a dataset with several', async () => {
    const scores = await importOpenCompass([SUMMARY], {});
    expect(cell(scores, 'qwen1.5-7b-chat-hf', 'gsm8k').score).toBe(56.25);
    expect(cell(scores, 'llama-3-8b-instruct-hf', 'math').score).toBe(27.94);
    expect(cell(scores, 'internlm2-chat-7b-hf', 'xsum (rouge2)').score).toBe(8.35);
    expect(cell(scores, 'llama-3-8b-instruct-hf', 'xsum (rouge1)').score).toBe(25.87);
    expect(scores.records.some((r) => r.model === 'internlm2-chat-7b-hf' && r.benchmark === 'math')).toBe(false);
    expect(scores.records).toHaveLength(3 * 6 - 1);
    expect(scores.provenance).toMatchObject({ kind: 'opencompass', files: [SUMMARY] });
    const choices = scores.provenance.choices;
    expect(choices).toContain('internlm2-chat-7b-hf on math accuracy: - in the summary (missing)');
    expect(choices).toContain(`ceval-test: no results in ${SUMMARY} (a row of -)`);
    expect(choices).toContain(
      'mmlu naive_average: a summary group row (version -, an average of datasets) left out (--groups keeps it)',
    );
    expect(choices).toContain('xsum: 2 metric rows (rouge1, rouge2), one benchmark each, named "xsum (<metric>)"');
    expect(choices).toContain("gsm8k: metric accuracy (the summary's only row for it)");
  });

  it('keeps group rows under groups, and one metric of a dataset under --metric', async () => {
    const withGroups = await importOpenCompass([SUMMARY], { groups: true });
    expect(cell(withGroups, 'llama-3-8b-instruct-hf', 'mmlu (naive_average)').score).toBe(59.99);
    const rouge2 = await importOpenCompass([SUMMARY], { metric: new Map([['xsum', 'rouge2']]) });
    expect(cell(rouge2, 'qwen1.5-7b-chat-hf', 'xsum').score).toBe(7.12);
    expect((await caught(() => importOpenCompass([SUMMARY], { metric: new Map([['xsum', 'bleu']]) }))).code).toBe(
      'METRIC_NOT_FOUND',
    );
    expect((await caught(() => importOpenCompass([SUMMARY], { metric: new Map([['xsun', 'rouge1']]) }))).code).toBe(
      'BAD_OPTION',
    );
  });

  it('refuses a cell that is not a number, with its line and column', async () => {
    const folder = await scratch('opencompass-bad');
    try {
      const text = (await readFile(SUMMARY, 'utf8')).replace('56.25', 'N/A');
      const file = await folder.write('summary_bad.csv', text);
      const error = await caught(() => importOpenCompass([file], {}));
      expect(error.code).toBe('NOT_A_NUMBER');
      expect(error.location).toMatchObject({ file, line: 2, column: 5 });
    } finally {
      await folder.remove();
    }
  });
});

describe('OpenCompass work folder', () => {
  it('reads results/<model>/<dataset>.json unrounded, skipping the summary and reporting failed evaluations', async () => {
    const scores = await importOpenCompass([RUN], {});
    expect(cell(scores, 'llama-3-8b-instruct-hf', 'gsm8k').score).toBe(79.15189718);
    expect(cell(scores, 'qwen1.5-7b-chat-hf', 'gsm8k').score).toBe(56.25);
    expect(cell(scores, 'qwen1.5-7b-chat-hf', 'xsum').score).toBe(24.6131);
    expect(scores.records).toHaveLength(4);
    expect(scores.provenance.files).toHaveLength(5);
    expect(scores.provenance.choices).toEqual([
      `${SUMMARY} skipped: the results/ JSON beside it hold the same scores unrounded`,
      'gsm8k: metric accuracy (default)',
      'llama-3-8b-instruct-hf on math: the evaluation failed (missing predictions: 12 of 5000) (missing)',
      "xsum: metric rouge1 (no accuracy; first of rouge1, rouge2, rougeL, rougeLsum in OpenCompass's order)",
    ]);
  });

  it('refuses a results file without the chosen metric', async () => {
    const error = await caught(() => importOpenCompass([RUN], { metric: new Map([['gsm8k', 'score']]) }));
    expect(error.code).toBe('METRIC_NOT_FOUND');
    expect(error.location.file).toBe(`${RUN}/results/llama-3-8b-instruct-hf/gsm8k.json`);
  });

  it('refuses the subjective (pairwise, judge-model) run, naming what it is', async () => {
    const run = await caught(() => importOpenCompass([SUBJECTIVE], {}));
    expect(run.code).toBe('BAD_IMPORT');
    expect(run.location.file).toBe(`${SUBJECTIVE}/results/baichuan2-7b-chat-hf_qwen-7b-chat-hf/COREV2_6A_.json`);
    expect(run.message).toContain('pairwise');
    const report = await caught(() => importOpenCompass([`${SUBJECTIVE}/summary/20231208_194351/report.csv`], {}));
    expect(report.code).toBe('BAD_IMPORT');
    expect(report.message).toContain('subjective');
    const predictions = await caught(() =>
      importOpenCompass([`${SUBJECTIVE}/predictions/qwen-7b-chat-hf/COREV2_6A_.json`], {}),
    );
    expect(predictions.code).toBe('BAD_IMPORT');
    expect(predictions.message).not.toContain('pairwise');
  });
});
