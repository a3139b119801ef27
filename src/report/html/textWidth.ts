/**
 * An upper estimate of a label's rendered width, so labels can be placed without a DOM: per
 * character advance widths (em) taken as the larger of DejaVu Sans and Liberation Sans (Arial's
 * metrics), measured in Chromium. Cost: O(length).
 */

// Advance widths in 1/100 em for the printable ASCII characters 32..126.
const ASCII_WIDTHS = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34,
  84, 84, 84, 56, 102, 68, 69, 72, 77, 67, 61, 78, 75, 29, 50, 67, 56, 86, 75, 79, 67, 79, 72, 67, 61, 73, 68, 99,
  69, 67, 69, 39, 34, 39, 84, 56, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52,
  39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];

function charWidthEm(codePoint: number): number {
  if (codePoint >= 32 && codePoint <= 126) return ASCII_WIDTHS[codePoint - 32] / 100;
  if (codePoint >= 0x2e80) return 1; // CJK and other full-width scripts
  return 0.7;
}

/** Bold glyphs run about a tenth wider than these (regular) widths. */
const BOLD = 1.1;

/** Estimated width in px of `text` at `fontSize` px (never much less than the real width). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch.codePointAt(0) ?? 0);
  return em * fontSize * (bold ? BOLD : 1);
}

/** `text` shortened in the middle with "…" until it fits `maxWidth` (unchanged when it fits). */
export function truncateMiddle(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let keep = chars.length - 1;
  while (keep > 2) {
    const head = Math.ceil(keep * 0.6);
    const candidate = `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
    if (textWidth(candidate, fontSize) <= maxWidth) return candidate;
    keep--;
  }
  return `${chars.slice(0, 2).join('')}…`;
}
