import { describe, expect, it } from 'vitest';
import { percentileInterval } from '../../src/stats/percentileInterval.js';
import { Xoshiro128 } from '../../src/rng/xoshiro128.js';

describe('percentileInterval: nearest-rank ends with binomial order-statistic SEs', () => {
  it('on 1..1000: the 25th and 975th values, each uncertain by sqrt(1000 x 0.025 x 0.975) positions', () => {
    const draws = Array.from({ length: 1000 }, (_, i) => 1000 - i); // any order
    const r = percentileInterval(draws, 0.95);
    expect([r.low, r.high]).toEqual([25, 975]);
    expect(r.lowStdError).toBeCloseTo(Math.sqrt(24.375), 12); // unit spacing: SE = d
    expect(r.highStdError).toBeCloseTo(Math.sqrt(24.375), 12);
  });

  it('a lump at the end: no spread, no error; positions past the sample are clamped', () => {
    const r = percentileInterval([...new Array(30).fill(2), 5, 7], 0.95);
    expect([r.low, r.high, r.lowStdError]).toEqual([2, 7, 0]);
    // d = sqrt(32 x 0.975 x 0.025) = 0.88: X(32 + d) clamps to 7, X(32 - d) = 7 - 2d (between 5 and 7).
    expect(r.highStdError).toBeCloseTo(Math.sqrt(32 * 0.975 * 0.025), 12);
    expect(() => percentileInterval([], 0.95)).toThrow(RangeError);
    expect(() => percentileInterval([1, Number.NaN], 0.95)).toThrow(RangeError);
  });

  it('matches the spread of the 2.5% end over 1,000 samples of 1,000 normal draws (within 10%)', () => {
    const rng = new Xoshiro128([1, 2, 3, 4]);
    const u = () => (rng.nextUint32() + 0.5) / 4294967296;
    const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
    const lows: number[] = [];
    let se = 0;
    for (let t = 0; t < 1000; t++) {
      const r = percentileInterval(Array.from({ length: 1000 }, normal), 0.95);
      lows.push(r.low);
      se += r.lowStdError / 1000;
    }
    const mean = lows.reduce((a, b) => a + b, 0) / lows.length;
    const sd = Math.sqrt(lows.reduce((a, v) => a + (v - mean) ** 2, 0) / (lows.length - 1));
    // Theory: sqrt(q (1 - q) / B) / phi(1.96) = 0.0845; the sd of 1,000 draws is within ~2.3% of it.
    expect(se / sd).toBeGreaterThan(0.9);
    expect(se / sd).toBeLessThan(1.1);
  });
});
