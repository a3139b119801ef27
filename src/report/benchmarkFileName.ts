/**
 * A benchmark's win-matrix file name, safe on every file system, from which `--win-matrix` reads
 * the name back (file name without `.csv`). Rule: letters, digits, space and `. _ , = + @ ( ) -`
 * stay; every other character (`: / \ % * ? " < > |`, controls), a leading dot and a Windows
 * device name's first letter become `%XX` (UTF-8 bytes, as in URLs). Names that would clash on a
 * case-insensitive file system are refused. Cost: O(name length).
 */
import { SwissRankError } from '../errors.js';

const KEEP = /[\p{L}\p{N} ._,=+@()-]/u;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** `bbq:subject=all` -> `bbq%3Asubject=all.csv` */
export function benchmarkFileName(benchmark: string): string {
  let name = [...benchmark].map((c) => (KEEP.test(c) ? c : escape(c))).join('');
  if (name.startsWith('.') || WINDOWS_DEVICE.test(name)) name = escape(name[0]!) + name.slice(1);
  return `${name}.csv`;
}

/** One file name per benchmark, refused when two would be the same file on macOS or Windows. */
export function benchmarkFileNames(benchmarks: readonly string[]): string[] {
  const names = benchmarks.map(benchmarkFileName);
  const seen = new Map<string, number>();
  names.forEach((name, b) => {
    const first = seen.get(name.toLowerCase());
    if (first !== undefined) {
      throw new SwissRankError(
        'DUPLICATE_BENCHMARK',
        `benchmarks ${JSON.stringify(benchmarks[first])} and ${JSON.stringify(benchmarks[b])} would both be written as ${name} ` +
          'on a case-insensitive file system',
        { option: 'out' },
      );
    }
    seen.set(name.toLowerCase(), b);
  });
  return names;
}

function escape(character: string): string {
  return [...new TextEncoder().encode(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
