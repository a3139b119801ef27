// A text without quotes is split directly instead of through fast-csv (a tenth of its cold cost);
// these pin that the split gives the very rows, cells and line numbers fast-csv gives.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRows } from '../../src/input/csvRows.js';
import { isPlainCsv, plainCsvRows } from '../../src/input/plainCsvRows.js';
import { HELM_LITE, OPEN_LLM } from '../support/realData.js';

const parsed = (text: string, delimiter: string, firstLine = 1) => parseRows(text, delimiter, 'x.csv', firstLine, undefined);

describe('plainCsvRows', () => {
  it('reads every quote-free text as fast-csv does: line breaks, empty rows, spaces, a last line without a break', async () => {
    const piece = fc.constantFrom('a', 'b', '1.5', ' ', '\t', ',', ';', '|', '\n', '\r\n', '\r', '', 'é', 'x y');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom(1, 2), async (pieces, delimiter, firstLine) => {
        const text = pieces.join('');
        if (text.trim() === '') return; // the caller refuses an empty file before parsing
        expect(await plainCsvRows(text, delimiter, firstLine, undefined)).toEqual(await parsed(text, delimiter, firstLine));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['HELM Lite', HELM_LITE],
    ['the Open LLM Leaderboard (4,496 models)', OPEN_LLM],
  ])('reads %s as fast-csv does', async (_, file) => {
    const text = readFileSync(file, 'utf8');
    expect(isPlainCsv(text)).toBe(true);
    const rows = await plainCsvRows(text, ',', 1, undefined);
    expect(rows).toEqual(await parsed(text, ','));
    expect(rows.length).toBeGreaterThan(1);
  });

  it('leaves a text with a quote to the parser', () => {
    expect(isPlainCsv('model,"a,b"\nx,1\n')).toBe(false);
    expect(isPlainCsv('model,a\nx,1\n')).toBe(true);
  });

  it('stops on an abort between lines', async () => {
    const controller = new AbortController();
    controller.abort();
    const text = 'a,b\n'.repeat(10_000);
    await expect(plainCsvRows(text, ',', 1, controller.signal)).rejects.toMatchObject({ code: 'ABORTED' });
  });
});
