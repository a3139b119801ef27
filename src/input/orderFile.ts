/**
 * An `--orders` file: the round orders an order analysis plays, one per line, each naming every
 * round of the plan once, by its name or by its 1-based position in the plan, separated by ","
 * (`Maths, Coding, 3`); blank lines and lines starting with "#" are skipped. An entry that is a
 * round's exact name is that round, else an entry of digits is a position. Every problem is
 * reported at file:line:column (BAD_ORDER; no orders at all: EMPTY_FILE). Cost: O(file size).
 */
import { ErrorCollector, SwissRankError } from '../errors.js';
import { closestNames } from './closestNames.js';
import { showValue } from './nameCharacters.js';
import { readUtf8File } from './readUtf8File.js';

/** Each order as 0-based indices into `rounds`: position k plays rounds[order[k]]. */
export async function loadOrderFile(path: string, rounds: readonly string[], signal?: AbortSignal): Promise<number[][]> {
  return parseOrderFile(await readUtf8File(path, { signal }), path, rounds);
}

export function parseOrderFile(text: string, file: string, rounds: readonly string[]): number[][] {
  const problems = new ErrorCollector();
  const orders: number[][] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const order = problems.check(() => parseLine(line, { file, line: i + 1 }, rounds), undefined);
    if (order !== undefined) orders.push(order);
  });
  problems.throwIfAny();
  if (orders.length === 0) {
    throw new SwissRankError('EMPTY_FILE', 'the file lists no round orders (one per line, "#" starts a comment)', { file });
  }
  return orders;
}

function parseLine(line: string, where: { file: string; line: number }, rounds: readonly string[]): number[] {
  const order: number[] = [];
  const columnOf = new Map<number, number>();
  let start = 0;
  for (const part of line.split(',')) {
    const entry = part.trim();
    // 1-based column of the entry's first character (of the empty field, when it is empty).
    const column = start + (entry === '' ? 0 : part.indexOf(entry)) + 1;
    start += part.length + 1;
    const at = { ...where, column };
    const round = roundOf(entry, rounds, at);
    const seen = columnOf.get(round);
    if (seen !== undefined) {
      throw new SwissRankError('BAD_ORDER', `round ${showValue(rounds[round])} is named twice (first at column ${seen})`, at);
    }
    columnOf.set(round, column);
    order.push(round);
  }
  if (order.length !== rounds.length) {
    const missing = rounds.filter((_, r) => !columnOf.has(r)).map(showValue);
    throw new SwissRankError(
      'BAD_ORDER',
      `names ${order.length} of the ${rounds.length} rounds; an order lists every round once (missing: ${missing.join(', ')})`,
      { ...where, column: line.length + 1 },
    );
  }
  return order;
}

function roundOf(entry: string, rounds: readonly string[], at: { file: string; line: number; column: number }): number {
  const byName = rounds.indexOf(entry);
  if (byName >= 0) return byName;
  if (entry === '') throw new SwissRankError('BAD_ORDER', 'an empty entry; expected a round name or position', at);
  if (/^\d+$/.test(entry)) {
    const position = Number(entry);
    if (position >= 1 && position <= rounds.length) return position - 1;
    throw new SwissRankError('BAD_ORDER', `position ${entry} is not a round: the plan has rounds 1 to ${rounds.length}`, at);
  }
  const close = closestNames(entry, rounds);
  const hint = close.length > 0 ? `; did you mean ${close.map(showValue).join(' or ')}?` : `; the rounds are ${rounds.map(showValue).join(', ')}`;
  throw new SwissRankError('BAD_ORDER', `unknown round ${showValue(entry)}${hint}`, at);
}
