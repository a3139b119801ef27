/**
 * --format markdown: the escaping (every name shows as itself once a Markdown parser, marked with
 * GitHub's table extension, renders it), the exact text of a small exact run, and a table with a
 * provenance paragraph under it for every command that renders.
 */
import { readFileSync } from 'node:fs';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdownParagraphs, markdownTable, markdownText } from '../../src/report/markdownTable.js';
import { cli } from '../support/cli.js';

const HOSTILE = new URL('../fixtures/markdown/hostile_names.csv', import.meta.url).pathname;
const DOMINANCE = new URL('../fixtures/dominance5.csv', import.meta.url).pathname;
const hostileNames = readFileSync(HOSTILE, 'utf8').split('\n')[0].split(',').slice(1);

/** The text of each rendered cell, HTML entities decoded: what a reader sees. */
function renderedCells(markdown: string): string[][] {
  const html = marked.parse(markdown, { gfm: true, async: false });
  const decode = (s: string) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => decode(cell[1])),
  );
}

describe('markdown text and tables', () => {
  it('shows every name as itself: no emphasis, link, HTML, code, heading or extra cell', () => {
    expect(hostileNames).toHaveLength(12);
    const md = markdownTable(['Model', 'n'], hostileNames.map((name, i) => [name, String(i)]));
    const cells = renderedCells(md);
    expect(cells.slice(1).map((row) => row[0])).toEqual(hostileNames);
    expect(cells.every((row) => row.length === 2)).toBe(true);
  });

  it('keeps a paragraph from becoming a heading, list or rule, and a line break from splitting it', () => {
    for (const line of ['# not a heading', '- not a list', '+ not a list', '1. not a list', '2) not a list', '---', '===']) {
      const html = marked.parse(markdownParagraphs([line]), { async: false }).trim();
      expect(html).toBe(`<p>${line}</p>`);
    }
    expect(markdownText('two\nlines')).toBe('two lines');
    // Numbers and signs inside text stay readable in the source too.
    expect(markdownText('-0.250 ± 0.010')).toBe('-0.250 ± 0.010');
    expect(markdownText('7.5')).toBe('7.5');
  });

  it('aligns right the columns asked for', () => {
    expect(markdownTable(['Rank', 'Model'], [['1', 'a']], ['right'])).toBe('| Rank | Model |\n|---:|---|\n| 1 | a |');
  });
});

describe('--format markdown', () => {
  it('writes an exact run as this exact text: the table, then what was run and what it covers', async () => {
    const r = await cli('simulate', '--scores', DOMINANCE, '--exact', '--format', 'markdown', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;
    expect(r.stdout).toBe(
      [
        '| Rank | Model | Expected Win Score | P(first) | Mean standing | Standing 5-95% (spread across tournaments) |',
        '|---:|---|---:|---:|---:|---:|',
        '| 1 | a | 1.9333 | 0.467 | 1.6 | 1-3 |',
        '| 2 | b | 1.8667 | 0.433 | 1.8 | 1-4 |',
        '| 3 | c | 1.2000 | 0.100 | 3.1 | 1-4 |',
        '| 4 | d | 1.0000 | 0.000 | 3.5 | 3-4 |',
        '| 5 | e | 0.0000 | 0.000 | 5.0 | 5-5 |',
        '',
        `swiss-rank ${version}: 5 models, 3 rounds, exact (every pairing, outcome and elimination enumerated)`,
        '',
        `data: ${markdownText(DOMINANCE)}`,
        '',
        'rounds, in this order: X \\| Y \\| Z',
        '',
        'elimination per round: 0; ties at the cut: random; matches per tournament: 6',
        '',
        'Exact enumeration: no Monte Carlo error.',
        '',
        "Standing: a model's final place in one tournament (1 = first); 5-95% is its spread across tournaments, not a confidence interval.",
        '',
      ].join('\n'),
    );
  });

  const small = ['--scores', HOSTILE, '--iterations', '1000', '--format', 'markdown', '--quiet'];
  const commands: [string, string[], number][] = [
    ['simulate', [], hostileNames.length],
    ['sweep', [], hostileNames.length],
    ['compare', [], hostileNames.length],
    ['order', ['--permutations', '3'], hostileNames.length],
    ['perturb', ['--zero', '*star*:X'], 8], // one row per method: 5 baselines, CSD at T = 0, 1, 2
  ];
  it.each(commands)('%s renders a table of escaped names, then the provenance under it', async (command, extra, rows) => {
    const r = await cli(command, ...small, ...extra);
    expect(r.code, r.stderr).toBe(0);
    const tokens = marked.lexer(r.stdout, { gfm: true });
    const first = tokens.find((t) => t.type !== 'space') as Tokens.Table;
    expect(first.type).toBe('table');
    expect(first.rows).toHaveLength(rows);
    const provenance = tokens.find((t) => t.type === 'paragraph' && /^swiss-rank \d/.test((t as Tokens.Paragraph).text));
    expect(provenance, r.stdout).toBeDefined();
    expect(tokens.indexOf(provenance!)).toBeGreaterThan(tokens.indexOf(first));
    if (command !== 'perturb') {
      const shown = renderedCells(r.stdout).flat();
      for (const name of hostileNames) expect(shown).toContain(name);
    }
  });
});
