/** erfc and Phi against 25-digit values (mpmath, 40-digit working precision). */
import { describe, expect, it } from 'vitest';
import { erfc, normalCdf } from '../../src/core/normalCdf.js';

const ERFC: [number, number][] = [
  [0, 1.0],
  [1e-8, 0.9999999887162083290448744],
  [0.1, 0.8875370839817151015952877],
  [0.3, 0.671373240540872583810382],
  [0.5, 0.4795001221869534623172533],
  [0.9, 0.2030917875771678603353338],
  [0.99, 0.1614919304446302001812091],
  [1, 0.1572992070502851306587794],
  [1.01, 0.1531895037717232985001674],
  [1.2271299281051928, 0.08266576982854094185740021],
  [1.5, 0.03389485352468927293302374],
  [2, 0.004677734981047265837930744],
  [3, 0.00002209049699858544137277613],
  [4, 1.541725790028001885215967e-8],
  [5, 1.537459794428034850188343e-12],
  [6, 2.151973671249891311659335e-17],
  [8, 1.122429717298292707996789e-29],
  [10, 2.088487583762544757000786e-45],
  [15, 7.212994172451206666565067e-100],
  [20, 5.395865611607900928934999e-176],
  [26, 5.663192408856142846475728e-296],
  [-0.5, 1.520499877813046537682747],
  [-1, 1.842700792949714869341221],
  [-3, 1.999977909503001414558627],
  [-6, 1.999999999999999978480263],
];

const PHI: [number, number][] = [
  [0, 0.5],
  [1, 0.8413447460685429485852325],
  [-1, 0.1586552539314570514147675],
  [1.96, 0.9750021048517795637871763],
  [-1.96, 0.02499789514822043621282369],
  [-5, 0.0000002866515718791939116737523],
  [-8, 6.220960574271784123515995e-16],
  [-37, 5.725571222524576822683193e-300],
  [3, 0.9986501019683699054733482],
];

describe('erfc', () => {
  it.each(ERFC)('erfc(%s) within 1e-14 relative', (x, expected) => {
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-14);
  });

  it('is 0 far out, 2 far in, NaN for NaN, and never increases', () => {
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
    expect(erfc(Number.NaN)).toBeNaN();
    let last = 2;
    for (let x = -6; x <= 27; x += 0.01) {
      const value = erfc(x);
      expect(value).toBeLessThanOrEqual(last);
      last = value;
    }
  });
});

describe('normalCdf', () => {
  // Phi's condition number is about z^2 in the lower tail: rounding z / sqrt 2 alone costs that much.
  it.each(PHI)('Phi(%s) within 1e-14 (times z^2 / 2 in the far tail) relative', (z, expected) => {
    expect(Math.abs(normalCdf(z) - expected) / expected).toBeLessThan(1e-14 * Math.max(1, (z * z) / 2));
  });

  it('Phi(z) + Phi(-z) = 1', () => {
    for (let z = 0; z < 8; z += 0.125) expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 15);
  });
});
