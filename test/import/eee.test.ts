import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importEee } from '../../src/import/eee.js';
import { caught, cell, formats, scratch } from './support.js';

const YI = formats('eee/aggregate/676f4465-ce78-411a-9f5a-c97b3d2eac4f.json');
const LLAMA_PRO = formats('eee/aggregate/98ea850e-7019-4728-a558-8b1819ec47c2.json');
const DEMO = formats('eee/demo_fixture_with_samples/f3a1c0de-4b2e-4c1a-9f6d-1b7e5a2c8d40.json');

describe('Every Eval Ever records', () => {
  it('reads every aggregate record below a folder and skips the per-item samples file', async () => {
    const scores = await importEee([formats('eee')], {});
    // evaluation_results[].score_details.score, read by hand.
    expect(cell(scores, '01-ai/yi-1.5-34b-chat', 'MMLU-Pro (overall)').score).toBe(0.5229);
    expect(cell(scores, '01-ai/yi-1.5-34b-chat', 'MMLU-Pro (Law)').score).toBe(0.3479);
    expect(cell(scores, '01-ai/yi-1.5-34b-chat', 'MMLU-Pro (Other)').score).toBe(0.5162);
    expect(cell(scores, 'TencentARC/LLaMA-Pro-8B-Instruct', 'IFEval').score).toBe(0.4486);
    expect(cell(scores, 'TencentARC/LLaMA-Pro-8B-Instruct', 'MATH Level 5').score).toBe(0.0249);
    expect(cell(scores, 'TencentARC/LLaMA-Pro-8B-Instruct', 'MMLU-PRO').score).toBe(0.1946);
    expect(cell(scores, 'demo-org/demo-model', 'demo-source.demo_bench').score).toBe(0.75);
    expect(scores.records).toHaveLength(15 + 6 + 1);
    expect(scores.records.every((r) => r.stderr === undefined)).toBe(true);
    expect(scores.provenance.files).toEqual([YI, LLAMA_PRO, DEMO]);
    expect(scores.provenance.choices).toContain(
      `${DEMO.replace(/\.json$/, '_samples.jsonl')} skipped: per-item samples, not an aggregate record`,
    );
    expect(scores.provenance.choices).toContain('IFEval: higher is better (metric_config.lower_is_better false)');
    expect(scores.provenance.choices).toContain(
      'demo-source.demo_bench: metric accuracy, higher is better (metric_config.lower_is_better false)',
    );
    expect(scores.lowerIsBetter).toEqual([]);
  });

  it('keeps the newest record, splits a repeated name by metric, takes stderr and lower_is_better', async () => {
    const folder = await scratch('eee');
    try {
      const record = JSON.parse(await readFile(LLAMA_PRO, 'utf8'));
      const newer = structuredClone(record);
      newer.retrieved_timestamp = '1780000000';
      newer.evaluation_results[0].score_details = {
        score: 0.5,
        uncertainty: { standard_error: { value: 0.02, method: 'analytic' } },
      };
      newer.evaluation_results.push({
        ...record.evaluation_results[1],
        metric_config: { ...record.evaluation_results[1].metric_config, metric_name: 'loss', lower_is_better: true },
        score_details: { score: 1.7 },
      });
      record.evaluation_results[1].metric_config.metric_name = 'accuracy';
      const oldFile = await folder.write('old.json', JSON.stringify(record));
      const newFile = await folder.write('new.json', JSON.stringify(newer));
      const scores = await importEee([oldFile, newFile], {});
      expect(cell(scores, 'TencentARC/LLaMA-Pro-8B-Instruct', 'IFEval')).toMatchObject({ score: 0.5, stderr: 0.02 });
      expect(scores.provenance.choices).toContain(
        `TencentARC/LLaMA-Pro-8B-Instruct on IFEval: ${newFile} (newest of 2 records, retrieved_timestamp 2026-05-28T20:26:40.000Z)`,
      );
      expect(cell(scores, 'TencentARC/LLaMA-Pro-8B-Instruct', 'BBH (loss)').score).toBe(1.7);
      expect(cell(scores, 'TencentARC/LLaMA-Pro-8B-Instruct', 'BBH (accuracy)').score).toBe(0.4224);
      expect(scores.lowerIsBetter).toEqual(['BBH (loss)']);
      const one = await importEee([newFile], { metric: new Map([['BBH', 'loss']]) });
      expect(cell(one, 'TencentARC/LLaMA-Pro-8B-Instruct', 'BBH').score).toBe(1.7);
      expect((await caught(() => importEee([newFile], { metric: new Map([['BBH', 'f1']]) }))).code).toBe(
        'METRIC_NOT_FOUND',
      );
    } finally {
      await folder.remove();
    }
  });

  it('refuses what is not a record, a score that is not a number, and malformed JSON', async () => {
    const folder = await scratch('eee-bad');
    try {
      const notRecord = await folder.write('other.json', '{"results": {}}');
      expect((await caught(() => importEee([notRecord], {}))).code).toBe('BAD_IMPORT');
      const record = JSON.parse(await readFile(YI, 'utf8'));
      record.evaluation_results[2].score_details.score = 'n/a';
      const badScore = await folder.write('bad-score.json', JSON.stringify(record));
      const error = await caught(() => importEee([badScore], {}));
      expect(error.code).toBe('BAD_IMPORT');
      expect(error.message).toContain('evaluation_results[2].score_details.score');
      const broken = await folder.write('broken.json', '{"schema_version": "0.2.0",\n  "model_info": {"id": "a"]\n}');
      expect((await caught(() => importEee([broken], {}))).location).toMatchObject({
        file: broken,
        line: 2,
        column: 27,
      });
    } finally {
      await folder.remove();
    }
  });
});
