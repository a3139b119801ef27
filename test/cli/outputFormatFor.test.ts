/** The format-by-extension rule: --out x.md|.csv|.json picks the format unless --format says
 *  otherwise; a disagreement is CONFLICTING_OPTIONS and writes nothing. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFormatFor } from '../../src/cli/outputFormatFor.js';
import { SwissRankError } from '../../src/errors.js';
import { cli, tempDir } from '../support/cli.js';

const DOMINANCE = new URL('../fixtures/dominance5.csv', import.meta.url).pathname;

describe('outputFormatFor', () => {
  it('takes the format from the extension when --format is not given', () => {
    expect(outputFormatFor(undefined, 'ranking.md')).toBe('markdown');
    expect(outputFormatFor(undefined, 'RANKING.MARKDOWN')).toBe('markdown');
    expect(outputFormatFor(undefined, 'x.csv')).toBe('csv');
    expect(outputFormatFor(undefined, 'x.json')).toBe('json');
    expect(outputFormatFor(undefined, 'x.txt')).toBe('table');
    expect(outputFormatFor(undefined, undefined)).toBe('table');
    expect(outputFormatFor(undefined, '-')).toBe('table');
  });

  it('lets --format decide where the extension names nothing, and refuses a disagreement', () => {
    expect(outputFormatFor('markdown', 'x.txt')).toBe('markdown');
    expect(outputFormatFor('json', 'x.json')).toBe('json');
    for (const [format, out] of [['csv', 'x.md'], ['table', 'x.json'], ['markdown', 'x.csv']] as const) {
      const error = (() => {
        try {
          outputFormatFor(format, out);
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(error).toBeInstanceOf(SwissRankError);
      expect((error as SwissRankError).code).toBe('CONFLICTING_OPTIONS');
      expect((error as SwissRankError).location.option).toBe('--format');
    }
  });
});

describe('--out by extension, end to end', () => {
  const run = (...extra: string[]) => cli('simulate', '--scores', DOMINANCE, '--exact', '--quiet', ...extra);

  it('writes markdown, CSV and JSON by the extension', async () => {
    const dir = tempDir();
    for (const [file, check] of [
      ['r.md', (text: string) => expect(text).toMatch(/^\| Rank \| Model \|/)],
      ['r.csv', (text: string) => expect(text).toMatch(/^rank,model,expected_score/)],
      ['r.json', (text: string) => expect(JSON.parse(text).models).toHaveLength(5)],
    ] as const) {
      const r = await run('--out', join(dir, file));
      expect(r.code, r.stderr).toBe(0);
      check(readFileSync(join(dir, file), 'utf8'));
    }
  });

  it('refuses --format csv with --out x.md in one line, exit 2, writing nothing', async () => {
    const dir = tempDir();
    const r = await run('--format', 'csv', '--out', join(dir, 'r.md'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--format: csv disagrees with --out .*r\.md.*markdown.*\[CONFLICTING_OPTIONS\]/);
    expect(existsSync(join(dir, 'r.md'))).toBe(false);
  });
});
