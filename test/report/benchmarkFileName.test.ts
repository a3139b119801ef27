import { basename, extname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkFileName, benchmarkFileNames } from '../../src/report/benchmarkFileName.js';

describe('benchmarkFileName', () => {
  it('keeps plain names and escapes what a file system refuses, as %XX', () => {
    expect(benchmarkFileName('MMLU (5-shot), v2')).toBe('MMLU (5-shot), v2.csv');
    expect(benchmarkFileName('bbq:subject=all,method=x')).toBe('bbq%3Asubject=all,method=x.csv');
    expect(benchmarkFileName('inspect_evals/arc_easy')).toBe('inspect_evals%2Farc_easy.csv');
    expect(benchmarkFileName('50%')).toBe('50%25.csv');
    expect(benchmarkFileName('a\\b*?"<>|')).toBe('a%5Cb%2A%3F%22%3C%3E%7C.csv');
    expect(benchmarkFileName('Über große')).toBe('Über große.csv');
  });

  it('never makes a hidden file, a Windows device or a path', () => {
    expect(benchmarkFileName('.hidden')).toBe('%2Ehidden.csv');
    expect(benchmarkFileName('..')).toBe('%2E..csv');
    expect(benchmarkFileName('CON')).toBe('%43ON.csv');
    expect(benchmarkFileName('nul.txt')).toBe('%6Eul.txt.csv');
    for (const name of ['a/b', '../x', 'x\0y']) expect(benchmarkFileName(name)).not.toMatch(/[/\0]/);
  });

  it("round-trips through --win-matrix's rule (file name without its extension) once %XX is decoded", () => {
    for (const name of ['bbq:subject=all', 'a/b', '50%', 'arc.easy', '.x', 'prompt 8']) {
      const file = benchmarkFileName(name);
      expect(decodeURIComponent(basename(file, extname(file)))).toBe(name);
    }
  });

  it('refuses two benchmarks that would be one file on a case-insensitive file system', () => {
    expect(() => benchmarkFileNames(['Math', 'math'])).toThrow(expect.objectContaining({ code: 'DUPLICATE_BENCHMARK' }));
    expect(benchmarkFileNames(['a', 'b'])).toEqual(['a.csv', 'b.csv']);
  });
});
