import { describe, expect, it } from 'vitest';
import { CompensatedSums } from '../../../src/core/exact/compensatedSums.js';

describe('CompensatedSums', () => {
  it('keeps the small terms a plain sum rounds away', () => {
    const sums = new CompensatedSums(2);
    let plain = 1;
    sums.add(0, 1);
    for (let i = 0; i < 1000; i++) {
      sums.add(0, 1e-16); // each below half an ulp of 1: plain addition drops it
      plain += 1e-16;
    }
    expect(plain).toBe(1);
    expect(sums.totals()[0]).toBeCloseTo(1 + 1e-13, 28);
    expect(sums.totals()[1]).toBe(0);
  });

  it('handles a term larger than the running sum (Neumaier, not plain Kahan)', () => {
    const sums = new CompensatedSums(1);
    [1, 1e100, 1, -1e100].forEach((x) => sums.add(0, x));
    expect(sums.totals()[0]).toBe(2);
  });
});
