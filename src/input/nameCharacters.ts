/**
 * Names must be plain text. Rule: a model, benchmark or round name holding a C0 control
 * (U+0000-U+001F: tab, line breaks, ESC...), DEL, a C1 control (U+0080-U+009F) or a bidirectional
 * control (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) is refused with code BAD_NAME.
 * Why: such a name crashes the table renderer after the whole run, rewrites the terminal (ESC), or
 * shows one name as another (U+202E). Messages show the name escaped, never raw. Cost: O(length).
 */
import { SwissRankError, type ErrorLocation } from '../errors.js';

const CONTROL = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const FIRST_CONTROL = new RegExp(`[${CONTROL}]`);
/** A plain name as a JSON Schema pattern (the config schema): some non-space, no control character. */
export const PLAIN_NAME_PATTERN = `^(?=[\\s\\S]*\\S)[^${CONTROL}]*$`;
const EVERY_CONTROL = new RegExp(`[${CONTROL}]`, 'g');

/** Unicode names of the characters people meet; the rest are shown by code point only. */
const CHARACTER_NAMES = new Map<number, string>([
  [0x00, 'NULL'],
  [0x09, 'CHARACTER TABULATION'],
  [0x0a, 'LINE FEED'],
  [0x0d, 'CARRIAGE RETURN'],
  [0x1b, 'ESCAPE'],
  [0x7f, 'DELETE'],
  [0x85, 'NEXT LINE'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
]);

/** A value (a name, a cell, a config value) as JSON with every control character escaped, so
 *  that a message quoting it cannot move the cursor or reorder the text. */
export function showValue(value: unknown): string {
  return String(JSON.stringify(value)).replace(EVERY_CONTROL, (c) => `\\u${hex(c.charCodeAt(0))}`);
}

/** BAD_NAME at `where` when `name` holds a control character; undefined when it is plain text. */
export function nameCharacterProblem(name: string, what: string, where: ErrorLocation): SwissRankError | undefined {
  const found = FIRST_CONTROL.exec(name);
  if (found === null) return undefined;
  const point = found[0].charCodeAt(0);
  const label = CHARACTER_NAMES.get(point);
  const kind = point >= 0x061c ? 'a bidirectional control' : 'a control character';
  return new SwissRankError(
    'BAD_NAME',
    `${what} ${showValue(name)} holds U+${hex(point)}${label === undefined ? '' : ` ${label}`}, ${kind}; ` +
      'names must be plain printable text',
    where,
  );
}

/** Throws the problem nameCharacterProblem finds, if any. */
export function checkNameCharacters(name: string, what: string, where: ErrorLocation): void {
  const problem = nameCharacterProblem(name, what, where);
  if (problem !== undefined) throw problem;
}

function hex(point: number): string {
  return point.toString(16).toUpperCase().padStart(4, '0');
}
