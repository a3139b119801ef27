/**
 * Number formatting for the report's text, independent of the machine's locale: fixed decimals
 * with a true minus sign, and thousands separated by commas.
 */

const MINUS = '\u2212';

/** `value` with `digits` decimals; negative values get a typographic minus. */
export function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return text.startsWith('-') ? (Number(text) === 0 ? text.slice(1) : MINUS + text.slice(1)) : text;
}

/** Like `fixed`, but positive values get a leading "+". */
export function signed(value: number, digits: number): string {
  const text = fixed(value, digits);
  return text.startsWith(MINUS) || Number(text) === 0 ? text : `+${text}`;
}

/** An integer with comma thousands separators: 4496 -> "4,496". */
export function thousands(value: number): string {
  const text = String(Math.round(Math.abs(value)));
  const grouped = text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? MINUS + grouped : grouped;
}

/** "1 model" / "3 models". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${thousands(count)} ${count === 1 ? noun : pluralNoun}`;
}
