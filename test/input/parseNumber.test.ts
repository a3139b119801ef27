import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/input/parseNumber.js';
import { caught } from './support.js';

const place = { file: 'scores.csv', line: 4, column: 7 };

describe('parseNumber', () => {
  it.each([
    ['0.782', 0.782],
    ['-1', -1],
    ['1e-3', 0.001],
    ['85.0', 85],
    ['+2.5E2', 250],
    ['.5', 0.5],
    ['7.', 7],
  ])('reads %s', (text, value) => {
    expect(parseNumber(text, place)).toBe(value);
  });

  it('reads an empty cell as missing (NaN)', () => {
    expect(parseNumber('', place)).toBeNaN();
  });

  it.each(['N/A', '85%', '1,5', '1,000', 'NaN', 'Infinity', '-Infinity', '0x1F', '1e400', '1_000', '--1', 'e5', '1.2.3', '-'])(
    'refuses %s with NOT_A_NUMBER at the cell',
    async (text) => {
      const error = await caught(() => parseNumber(text, place));
      expect(error.code).toBe('NOT_A_NUMBER');
      expect(error.location).toEqual(place);
    },
  );
});
