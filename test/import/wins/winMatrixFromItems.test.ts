import { describe, expect, it } from 'vitest';
import { SwissRankError } from '../../../src/errors.js';
import type { ItemResults } from '../../../src/import/types.js';
import { winMatrixFromItems } from '../../../src/import/wins/winMatrixFromItems.js';

/** Right (1) / wrong (0) per item 1..10; a missing item is written as undefined. */
function model(name: string, scores: readonly (number | undefined)[], benchmark = 'X'): ItemResults {
  const items = new Map<string, number>();
  scores.forEach((s, k) => s !== undefined && items.set(String(k + 1), s));
  return { model: name, benchmark, items, from: `${name}.jsonl` };
}

const cell = (p: Float64Array, m: number, b: number, i: number, j: number) => p[(b * m + i) * m + j];

describe('winMatrixFromItems: the per-item rule', () => {
  it('gives the hand-computed 3-model, 10-item matrix exactly', () => {
    //            items: 1  2  3  4  5  6  7  8  9  10
    const a = model('a', [1, 1, 1, 1, 1, 1, 1, 0, 0, 0]);
    const b = model('b', [1, 1, 1, 1, 0, 0, 0, 1, 0, 0]);
    const c = model('c', [1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    const { matrices, counts, leftOut } = winMatrixFromItems([a, b, c], 'coin');
    // a vs b: a alone right on 5,6,7 (3), b alone on 8 (1), agree on 6: (3 + 6/2) / 10.
    // a vs c: a alone on 2-7 (6), c alone on 10 (1), agree on 1,8,9: (6 + 3/2) / 10.
    // b vs c: b alone on 2,3,4,8 (4), c alone on 10 (1), agree on 5: (4 + 5/2) / 10.
    expect(Array.from(matrices.p)).toEqual([
      0.5, 0.6, 0.75,
      0.4, 0.5, 0.65,
      0.25, 0.35, 0.5,
    ]);
    expect(Array.from(counts)).toEqual([0, 10, 10, 10, 0, 10, 10, 10, 0]);
    expect(matrices.models).toEqual(['a', 'b', 'c']);
    expect(matrices.benchmarks).toEqual(['X']);
    expect(leftOut).toEqual([]);
  });

  it('takes partial scores as right = score: the mean of (s_i - s_j + 1) / 2', () => {
    const { matrices } = winMatrixFromItems([model('a', [0.5, 1]), model('b', [0, 0.5])], 'coin');
    // item 1: (0.5 - 0 + 1) / 2 = 0.75; item 2: (1 - 0.5 + 1) / 2 = 0.75.
    expect(cell(matrices.p, 2, 0, 0, 1)).toBe(0.75);
    expect(cell(matrices.p, 2, 0, 1, 0)).toBe(0.25);
  });

  it('compares each pair on the items both answered, and reports the items not every model answered', () => {
    const a = model('a', [1, 1, 0, 1]);
    const b = model('b', [0, 1, 0, undefined]);
    const c = model('c', [1, 0, undefined, undefined]);
    const { matrices, counts, leftOut } = winMatrixFromItems([a, b, c], 'coin');
    expect(cell(counts, 3, 0, 0, 1)).toBe(3); // items 1-3
    expect(cell(matrices.p, 3, 0, 0, 1)).toBe((3 + 1) / 6); // a alone right on 1; agree on 2, 3
    expect(cell(counts, 3, 0, 1, 2)).toBe(2); // items 1-2
    expect(cell(matrices.p, 3, 0, 1, 2)).toBe(0.5); // one each
    expect(leftOut).toEqual([
      "X: 2 of a's 4 items are not answered by every model (left out of the pairs without them)",
      "X: 1 of b's 3 items are not answered by every model (left out of the pairs without them)",
    ]);
  });

  it('plays a pair with no shared item, or a model missing a benchmark, as a reported coin, or refuses it', () => {
    const results = [model('a', [1]), model('b', [undefined, 1]), model('a', [1], 'Y'), model('b', [0], 'Y'), model('c', [1], 'Y')];
    const { matrices, leftOut } = winMatrixFromItems(results, 'coin');
    expect(matrices.models).toEqual(['a', 'b', 'c']);
    expect(cell(matrices.p, 3, 0, 0, 1)).toBe(0.5);
    expect(cell(matrices.p, 3, 0, 0, 2)).toBe(0.5);
    expect(cell(matrices.p, 3, 1, 0, 1)).toBe(1);
    expect(leftOut).toContain('X: no results from c');
    expect(leftOut.some((line) => /^X: 3 of 3 pairs have no item both answered and are a coin/.test(line))).toBe(true);
    expect(() => winMatrixFromItems(results, 'error')).toThrow(expect.objectContaining({ code: 'ITEMS_NOT_ALIGNED' }));
  });

  it('refuses two results for one model on one benchmark, and a single model', () => {
    expect(() => winMatrixFromItems([model('a', [1]), model('a', [0]), model('b', [1])], 'coin')).toThrow(
      expect.objectContaining({ code: 'BAD_IMPORT' }),
    );
    let error: unknown;
    try {
      winMatrixFromItems([model('a', [1])], 'coin');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SwissRankError);
    expect((error as SwissRankError).code).toBe('TOO_FEW_MODELS');
  });
});
