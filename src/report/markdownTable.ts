/**
 * GitHub-flavoured Markdown for the renderers: text escaped so a name shows as itself (never as
 * emphasis, a link, HTML, a heading or a broken table), and pipe tables. Rule: every ASCII mark
 * Markdown reads is backslash-escaped, and a line break becomes a space. Cost: O(text length).
 */

/** Marks that start emphasis, code, links, HTML, strikethrough, entities or table cells anywhere. */
const INLINE_MARKS = /[\\`*_[\]<>|~&]/g;
/** Marks that start a heading, list item or rule only at the start of a line: `#`, `- `, `+ `,
 *  `===`, `1. `, `1) ` (`-0.5` and `7.5` stay as they are). */
const LEADING_MARK = /^(\s*)(#|[-+=](?=[-+=\s]|$)|\d+(?=[.)](?:\s|$)))/;

export function markdownText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(INLINE_MARKS, (mark) => `\\${mark}`)
    .replace(LEADING_MARK, (_, space: string, mark: string) =>
      /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

export type MarkdownAlignment = 'left' | 'right';

/** A pipe table; cells are escaped here. `align` defaults to left for every column. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly MarkdownAlignment[] = []): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Lines under a table (what was run, what the numbers cover): one paragraph each, escaped. */
export function markdownParagraphs(lines: readonly string[]): string {
  return lines.map((l) => l.trim()).filter((l) => l !== '').map(markdownText).join('\n\n');
}
