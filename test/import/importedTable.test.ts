/** From imported records to a score table: aliases, merging sources, directions, the API's importScores. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTable } from '../../src/import/importedTable.js';
import { importScores, simulateExact, tournament } from '../../src/index.js';

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'swiss-rank-table-')), name);
  writeFileSync(path, text);
  return path;
}

describe('importTable', () => {
  it('builds models x benchmarks with standard errors, and a gap where a model lacks a benchmark', async () => {
    const path = file('s.csv', 'model,benchmark,score,stderr\na,X,0.5,0.1\nb,X,0.7,0.2\nb,Y,3,\n');
    const { table } = await importTable('long', [path], {});
    expect(table.models).toEqual(['a', 'b']);
    expect(table.benchmarks).toEqual(['X', 'Y']);
    expect([...table.scores]).toEqual([0.5, 0.7, Number.NaN, 3]);
    expect([...(table.stdErrors ?? [])]).toEqual([0.1, 0.2, Number.NaN, Number.NaN]);
    expect(table.provenance?.imported).toEqual({ kind: 'long', files: [path], choices: [] });
  });

  it('applies aliases, merging two sources into one model, and says so', async () => {
    const one = file('one.csv', 'model,benchmark,score\nGPT4,X,0.9\nb,X,0.5\n');
    const two = file('two.csv', 'model,benchmark,score\ngpt-4,Y,0.8\nb,Y,0.4\n');
    const alias = file('alias.csv', 'alias,model\nGPT4,gpt-4\n');
    const { table, imported } = await importTable('long', [one, two], { alias });
    expect(table.models).toEqual(['gpt-4', 'b']);
    expect([...table.scores]).toEqual([0.9, 0.5, 0.8, 0.4]);
    expect(imported.provenance.choices).toEqual([`aliases (${alias}): GPT4 -> gpt-4`]);
  });

  it('two different scores for one model after aliasing are refused naming both sources', async () => {
    const one = file('one.csv', 'model,benchmark,score\nGPT4,X,0.9\nb,X,0.5\n');
    const two = file('two.csv', 'model,benchmark,score\ngpt-4,X,0.8\n');
    const alias = file('alias.csv', 'from,to\nGPT4,gpt-4\n');
    const error = await importTable('long', [one, two], { alias }).catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'DUPLICATE_MODEL' });
    expect((error as Error).message).toContain(`${one}:2`);
    expect((error as Error).message).toContain(`${two}:2`);
  });

  it('refuses an alias file with a bad header or an alias mapped twice', async () => {
    const scores = file('s.csv', 'model,benchmark,score\na,X,1\nb,X,2\n');
    const badHeader = file('alias.csv', 'name,model\na,b\n');
    await expect(importTable('long', [scores], { alias: badHeader })).rejects.toMatchObject({ code: 'BAD_IMPORT', location: { line: 1 } });
    const twice = file('alias.csv', 'alias,model\na,x\na,y\n');
    await expect(importTable('long', [scores], { alias: twice })).rejects.toMatchObject({ code: 'BAD_IMPORT', location: { line: 3 } });
  });

  it('says where each direction came from; arena and absent kinds are clear BAD_OPTIONs', async () => {
    const path = file('s.csv', 'model,benchmark,score,higher_is_better\na,X,1,false\nb,X,2,false\na,Y,1,\nb,Y,2,\n');
    const { lowerIsBetter } = await importTable('long', [path], { lowerIsBetter: ['Y', 'X'] });
    expect(lowerIsBetter).toEqual([{ benchmark: 'X', reason: 'from long' }, { benchmark: 'Y', reason: '--lower-is-better' }]);
    await expect(importTable('arena', [path], {})).rejects.toMatchObject({ code: 'BAD_OPTION', message: expect.stringMatching(/swiss-rank wins --from arena/) });
  });
});

describe('importScores (API)', () => {
  it('orients lower-is-better benchmarks, which flips a two-model ranking', async () => {
    const path = file('s.csv', 'model,benchmark,score\na,err,0.1\nb,err,0.3\n');
    const higher = simulateExact(tournament(await importScores('long', [path])));
    expect(higher.models[0].name).toBe('b');
    const lower = await importScores('long', [path], { lowerIsBetter: ['err'] });
    expect([...lower.scores]).toEqual([-0.1, -0.3]);
    const result = simulateExact(tournament(lower));
    expect(result.models[0].name).toBe('a');
    expect(result.source.provenance?.lowerIsBetter).toEqual([{ benchmark: 'err', reason: '--lower-is-better' }]);
    await expect(importScores('long', [path], { lowerIsBetter: ['erf'] })).rejects.toMatchObject({ code: 'UNKNOWN_BENCHMARK', location: { option: 'lowerIsBetter' } });
  });

  it('takes --metric as a plain object', async () => {
    const table = await importScores('lm-eval', ['test/fixtures/formats/lm-eval/v0.4_results_mamba2_6models'], { metric: { arc_easy: 'acc' } });
    const b = table.benchmarks.indexOf('arc_easy');
    expect(table.scores[b * table.models.length + table.models.indexOf('state-spaces/mamba2-130m')]).toBe(0.4739057239057239);
    expect(table.provenance?.imported?.choices).toContain('arc_easy: acc (--metric), higher is better');
  });
});
