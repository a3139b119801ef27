/** The --orders file: names or 1-based positions, comments and blank lines, and every problem at file:line:column. */
import { describe, expect, it } from 'vitest';
import { SwissRankError } from '../../src/errors.js';
import { parseOrderFile } from '../../src/input/orderFile.js';

const rounds = ['Maths', 'Coding', 'Reasoning, hard', '7'];

function problems(text: string): string[] {
  try {
    parseOrderFile(text, 'orders.txt', rounds);
  } catch (error) {
    if (!(error instanceof SwissRankError)) throw error;
    return error.describeAll();
  }
  throw new Error('no error');
}

describe('parseOrderFile', () => {
  it('reads names and positions, skipping blank lines and # comments; a name wins over a position', () => {
    const text = '# the paper\'s order first\r\nMaths, Coding, 3, 7\n\n  2,1,4,3  \n7,Maths,Coding,3\n';
    expect(parseOrderFile(text, 'orders.txt', rounds)).toEqual([
      [0, 1, 2, 3],
      [1, 0, 3, 2],
      [3, 0, 1, 2], // "7" is the round named 7, not position 7
    ]);
  });

  it('reports every problem at file:line:column, one line each, code BAD_ORDER', () => {
    const text = [
      'Maths,Coding,3,4', // fine
      'Maths, Codign, 3, 4', // unknown, with a hint
      '1,2,5,3', // 5 is out of range (4 rounds)
      '1, 2, 1, 3', // repeated
      '1,2,3', // too few
      '1,,2,3', // empty entry
    ].join('\n');
    expect(problems(text)).toEqual([
      'orders.txt:2:8: unknown round "Codign"; did you mean "Coding"? [BAD_ORDER]',
      'orders.txt:3:5: position 5 is not a round: the plan has rounds 1 to 4 [BAD_ORDER]',
      'orders.txt:4:7: round "Maths" is named twice (first at column 1) [BAD_ORDER]',
      'orders.txt:5:6: names 3 of the 4 rounds; an order lists every round once (missing: "7") [BAD_ORDER]',
      'orders.txt:6:3: an empty entry; expected a round name or position [BAD_ORDER]',
    ]);
  });

  it('escapes control characters in what it quotes', () => {
    expect(problems('Maths,Coding,3,\u202Eevil')).toEqual([
      'orders.txt:1:16: unknown round "\\u202Eevil"; the rounds are "Maths", "Coding", "Reasoning, hard", "7" [BAD_ORDER]',
    ]);
  });

  it('refuses a file with no orders (EMPTY_FILE)', () => {
    expect(() => parseOrderFile('# nothing\n\n', 'orders.txt', rounds)).toThrow(expect.objectContaining({ code: 'EMPTY_FILE' }));
  });
});
