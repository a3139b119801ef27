/** The importers' JSON readers: values, JSON Lines, and syntax errors at their file:line:column. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/import/jsonErrorOffset.js';
import { readJsonFile, readJsonLines, requireArray, requireObject } from '../../src/import/readJson.js';
import { caught, scratch } from './support.js';

function file(text: string | Buffer, name = 'f.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'swiss-rank-json-')), name);
  writeFileSync(path, text);
  return path;
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; location: { file?: string; line?: number; column?: number } };
  }
  throw new Error('expected an error');
}

describe('readJsonFile', () => {
  it('reads a document, with or without a BOM', async () => {
    expect(await readJsonFile(file('{"a": [1, 2.5, null]}'))).toEqual({ a: [1, 2.5, null] });
    expect(await readJsonFile(file('\uFEFF{"a": true}'))).toEqual({ a: true });
  });

  it('places a syntax error at its line and column', async () => {
    const path = file('{\n  "a": 1,\n  "b": ]\n}\n');
    const error = await failure(readJsonFile(path));
    expect(error.code).toBe('BAD_IMPORT');
    expect(error.location).toEqual({ file: path, line: 3, column: 8 });
    expect(error.message).toMatch(/^not valid JSON: /);
    expect(error.message).not.toMatch(/position \d+/);
  });

  it('places an unfinished document at its end', async () => {
    const path = file('{"a": [1, 2');
    const error = await failure(readJsonFile(path));
    expect(error.code).toBe('BAD_IMPORT');
    expect(error.location.line).toBe(1);
  });

  it('refuses an empty file and a missing one with their own codes', async () => {
    expect((await failure(readJsonFile(file('')))).code).toBe('BAD_IMPORT');
    expect((await failure(readJsonFile('/no/such/file.json'))).code).toBe('FILE_NOT_FOUND');
  });
});

describe('readJsonLines', () => {
  it('numbers each line, skips blank ones, and accepts CRLF', async () => {
    const path = file('{"a":1}\r\n\r\n{"a":2}\n   \n[3]', 'f.jsonl');
    expect(await readJsonLines(path)).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 3, value: { a: 2 } },
      { line: 5, value: [3] },
    ]);
  });

  it('places a bad line at its own line number', async () => {
    const path = file('{"a":1}\n{"a":2}\n{"a":}\n', 'f.jsonl');
    const error = await failure(readJsonLines(path));
    expect(error.code).toBe('BAD_IMPORT');
    expect(error.location).toMatchObject({ file: path, line: 3, column: 6 });
  });
});

describe('requireObject and requireArray', () => {
  it('pass the right shape through and name what was found otherwise', () => {
    expect(requireObject({ a: 1 }, 'x', 'f')).toEqual({ a: 1 });
    expect(requireArray([1], 'x', 'f')).toEqual([1]);
    expect(() => requireObject([1], 'its "results"', 'f')).toThrow(/expected its "results" \(a JSON object\), found a list/);
    expect(() => requireObject(undefined, 'x', 'f')).toThrow(/found nothing/);
    expect(() => requireObject(null, 'x', 'f')).toThrow(/found null/);
    expect(() => requireArray({}, 'x', 'f')).toThrow(/found an object/);
    expect(() => requireArray('text', 'x', 'f')).toThrow(/found "text"/);
  });
});

describe('jsonErrorOffset', () => {
  it('finds the first character that cannot continue the JSON, whatever the V8 message says', () => {
    expect(jsonErrorOffset('{"a": tru}')).toBe(9); // Node 20: "Unexpected token '}'", no position
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11); // ends early: the end
    expect(jsonErrorOffset('{"a": 1}')).toBe(8); // valid: the length
  });
});

describe('readJsonFile on Node 20 messages', () => {
  it('places an unexpected token on its line and column, in one line of text', async () => {
    const folder = await scratch('read-json');
    try {
      const file = await folder.write('bad.json', '{\n  "results": {\n    "acc": 0.5,\n    "x": NaN\n  }\n}\n');
      const error = await caught(() => readJsonFile(file));
      expect(error.code).toBe('BAD_IMPORT');
      expect(error.location).toEqual({ file, line: 4, column: 10 });
      expect(error.message).not.toContain('\n');
    } finally {
      await folder.remove();
    }
  });
});
