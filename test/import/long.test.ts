/** The long format: model,benchmark,score[,stderr][,higher_is_better], each problem one error with its place. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLong } from '../../src/import/long.js';

function csv(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'swiss-rank-long-')), 'scores.csv');
  writeFileSync(path, text);
  return path;
}

async function failure(text: string) {
  try {
    await importLong([csv(text)], {});
  } catch (error) {
    return error as { code: string; location: { line?: number; column?: number } };
  }
  throw new Error('expected an error');
}

describe('importLong', () => {
  it('reads scores, standard errors and directions, in any column order', async () => {
    const path = csv('Benchmark,score,model,stderr,higher_is_better\nMMLU,0.7,a,0.01,true\nMMLU,0.6,b,,\nppl,12.5,a,0.3,false\nppl,9,b,0.2,0\n');
    const imported = await importLong([path], {});
    expect(imported.records).toEqual([
      { model: 'a', benchmark: 'MMLU', score: 0.7, stderr: 0.01, from: `${path}:2` },
      { model: 'b', benchmark: 'MMLU', score: 0.6, from: `${path}:3` },
      { model: 'a', benchmark: 'ppl', score: 12.5, stderr: 0.3, from: `${path}:4` },
      { model: 'b', benchmark: 'ppl', score: 9, stderr: 0.2, from: `${path}:5` },
    ]);
    expect(imported.lowerIsBetter).toEqual(['ppl']);
    expect(imported.provenance).toEqual({ kind: 'long', files: [path], choices: [`ppl: lower is better (higher_is_better false at ${path}:4)`] });
  });

  it('refuses a second score of a model on a benchmark, naming the first row', async () => {
    const error = await failure('model,benchmark,score\na,X,1\na,X,2\n');
    expect(error.code).toBe('DUPLICATE_MODEL');
    expect(error.location).toMatchObject({ line: 3, column: 1 });
  });

  it('refuses a bad or missing score, a negative stderr, a bad flag, with line and column', async () => {
    expect((await failure('model,benchmark,score\na,X,85%\n')).location).toMatchObject({ line: 2, column: 3 });
    expect((await failure('model,benchmark,score\na,X,\n')).code).toBe('NOT_A_NUMBER');
    expect((await failure('model,benchmark,score,stderr\na,X,1,-0.1\n')).location).toMatchObject({ line: 2, column: 4 });
    expect((await failure('model,benchmark,score,higher_is_better\na,X,1,maybe\n')).code).toBe('BAD_IMPORT');
    expect((await failure('model,benchmark,score,higher_is_better\na,X,1,true\nb,X,2,false\n')).location).toMatchObject({ line: 3, column: 4 });
  });

  it('refuses a header without the needed columns, or with unknown ones', async () => {
    expect((await failure('model,score\na,1\n')).code).toBe('BAD_IMPORT');
    const unknown = await failure('model,benchmark,score,notes\na,X,1,hi\n');
    expect(unknown).toMatchObject({ code: 'BAD_IMPORT', location: { line: 1, column: 4 } });
  });
});
