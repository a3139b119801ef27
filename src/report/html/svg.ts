/**
 * Escaping and element helpers for the HTML report: every user-supplied string passes through
 * `escapeHtml` (text and attribute values alike), and coordinates are printed with at most two
 * decimals so the same input always gives the same bytes.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '`, so the result is safe as element text and as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A coordinate or length for SVG: rounded to 0.01, without "-0" or trailing zeros. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type AttrValue = string | number | undefined;

/** ` name="value"` pairs; numbers go through `num`, strings are escaped, undefined is left out. */
export function attrs(values: Readonly<Record<string, AttrValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeHtml(value)}"`;
  }
  return out;
}

/** An element; `content` is already-escaped markup (use `escapeHtml` for text). No content: self-closing. */
export function tag(name: string, attributes: Readonly<Record<string, AttrValue>>, content?: string): string {
  return content === undefined ? `<${name}${attrs(attributes)}/>` : `<${name}${attrs(attributes)}>${content}</${name}>`;
}

/** A `transform` value: translate(x,y), then rotate(degrees) when given. */
export function translate(x: number, y: number, rotate?: number): string {
  return `translate(${num(x)},${num(y)})${rotate === undefined ? '' : ` rotate(${num(rotate)})`}`;
}
