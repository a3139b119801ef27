import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { importInspect } from '../../src/import/inspect.js';
import { caught, cell, formats, scratch } from './support.js';

const ARC = formats('inspect/eee_fixture_arc_easy_2models');
const QWEN = formats('inspect/eee_fixture_arc_easy_2models/data_arc_qwen.json');
const SONNET = formats('inspect/eee_fixture_arc_easy_2models/data_arc_sonnet.json');
const CANCELLED = formats('inspect/inspect_ai_tests/2025-05-12T20-28-13-04-00_popularity.json');
const HEADER_ONLY_CANCELLED = formats('inspect/inspect_ai_tests/2025-05-12T20-28-13-04-00_no-samples.json');

async function json(path: string): Promise<any> {
  return JSON.parse(await readFile(path, 'utf8'));
}

describe('Inspect logs', () => {
  it("reads the first scorer's accuracy and stderr of every log in a folder, task without its registry prefix", async () => {
    const scores = await importInspect([ARC], {});
    // results.scores[0].metrics in each log, read by hand.
    expect(cell(scores, 'ollama/qwen2.5:0.5b', 'arc_easy')).toMatchObject({
      score: 0.3333333333333333,
      stderr: 0.33333333333333337,
    });
    expect(cell(scores, 'anthropic/claude-sonnet-4-0', 'arc_easy')).toMatchObject({ score: 1, stderr: 0 });
    expect(scores.records).toHaveLength(2);
    expect(scores.lowerIsBetter).toEqual([]);
    expect(scores.provenance).toMatchObject({ kind: 'inspect', files: [QWEN, SONNET] });
    expect(scores.provenance.choices).toEqual([
      'arc_easy: task inspect_evals/arc_easy, registry prefix inspect_evals/ dropped',
      "arc_easy: scorer choice, metric accuracy (default: the first scorer's accuracy)",
      'ollama/qwen2.5:0.5b on arc_easy: scored 3 of 2376 samples (limit 3)',
      'anthropic/claude-sonnet-4-0 on arc_easy: scored 5 of 2376 samples (limit 5)',
    ]);
  });

  it('refuses the cancelled logs (with or without samples): RUN_NOT_FINISHED, one line', async () => {
    for (const file of [CANCELLED, HEADER_ONLY_CANCELLED]) {
      const error = await caught(() => importInspect([file], {}));
      expect(error.code).toBe('RUN_NOT_FINISHED');
      expect(error.location.file).toBe(file);
      expect(error.describe()).not.toContain('\n');
    }
  });

  it('reads a header-only log (no samples), takes --metric scorer/metric, and the newest of two logs', async () => {
    const folder = await scratch('inspect');
    try {
      const log = await json(SONNET);
      delete log.samples;
      delete log.reductions;
      const headerOnly = await folder.write('header-only.json', JSON.stringify(log));
      const older = await json(QWEN);
      older.eval.model = 'anthropic/claude-sonnet-4-0';
      older.stats.completed_at = '2025-10-20T01:00:00+02:00';
      const olderFile = await folder.write('older.json', JSON.stringify(older));
      const scores = await importInspect([olderFile, headerOnly], { metric: new Map([['arc_easy', 'choice/stderr']]) });
      expect(cell(scores, 'anthropic/claude-sonnet-4-0', 'arc_easy').score).toBe(0);
      expect(cell(scores, 'anthropic/claude-sonnet-4-0', 'arc_easy').stderr).toBeUndefined();
      expect(scores.provenance.choices).toContain('arc_easy: scorer choice, metric stderr (--metric)');
      expect(scores.provenance.choices).toContain(
        `anthropic/claude-sonnet-4-0 on arc_easy: ${headerOnly} (newest of 2 logs, completed 2025-10-21T00:40:53+02:00)`,
      );
    } finally {
      await folder.remove();
    }
  });

  it('refuses a missing metric or scorer, an unknown --metric task, malformed JSON and a binary .eval log', async () => {
    expect((await caught(() => importInspect([QWEN], { metric: new Map([['arc_easy', 'f1']]) }))).code).toBe(
      'METRIC_NOT_FOUND',
    );
    expect(
      (await caught(() => importInspect([QWEN], { metric: new Map([['arc_easy', 'model_graded/accuracy']]) }))).code,
    ).toBe('METRIC_NOT_FOUND');
    expect((await caught(() => importInspect([QWEN], { metric: new Map([['arc_eazy', 'accuracy']]) }))).code).toBe(
      'BAD_OPTION',
    );
    const folder = await scratch('inspect-bad');
    try {
      const broken = await folder.write('broken.json', '{"version": 2,\n "status": "success",,\n}');
      expect((await caught(() => importInspect([broken], {}))).location).toMatchObject({
        file: broken,
        line: 2,
        column: 22,
      });
      const otherScorer = await json(SONNET);
      otherScorer.results.scores[0].name = 'model_graded_fact';
      const otherFile = await folder.write('other-scorer.json', JSON.stringify(otherScorer));
      const mixed = await caught(() => importInspect([QWEN, otherFile], {}));
      expect(mixed).toMatchObject({ code: 'BAD_IMPORT', location: { file: otherFile } });
      await folder.write('logs/2025-01-01T00-00-00_task.eval', 'PK\u0003\u0004');
      const error = await caught(() => importInspect([`${folder.path}/logs`], {}));
      expect(error.code).toBe('BAD_IMPORT');
      expect(error.message).toContain('inspect log convert --to json');
    } finally {
      await folder.remove();
    }
  });
});
