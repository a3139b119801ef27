import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/import/jsonErrorOffset.js';
import { readJsonFile } from '../../src/import/readJson.js';
import { caught, scratch } from './support.js';

describe('jsonErrorOffset', () => {
  it('finds the first character that cannot continue the JSON, whatever the V8 message says', () => {
    expect(jsonErrorOffset('{"a": tru}')).toBe(9); // Node 20: "Unexpected token '}'", no position
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11); // ends early: the end
    expect(jsonErrorOffset('{"a": 1}')).toBe(8); // valid: the length
  });
});

describe('readJsonFile', () => {
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
