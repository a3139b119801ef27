/**
 * The starter config `swiss-rank init` writes: commented YAML, one round per benchmark, the option
 * table's defaults, a schema line. Rule: strings are written as JSON (valid YAML), and a choice the
 * table leaves open (empty cells) stays a comment, never a guess. Cost: O(benchmarks).
 */
import { OPTIONS } from '../options/declarations.js';
import type { OptionValues } from '../options/declarations.js';

export interface StarterConfigInput {
  /** The table's path relative to the config's folder, and what the table holds. */
  readonly scores: string;
  readonly models: number;
  readonly benchmarks: readonly string[];
  readonly emptyCells: number;
  /** The data options as given to init (written only if given; the alias file relative to the config). */
  readonly data: OptionValues<'layout' | 'delimiter' | 'ragged' | 'missing' | 'from' | 'metric' | 'lowerIsBetter' | 'alias' | 'groups'>;
  /** The JSON Schema's path relative to the config's folder. */
  readonly schema: string;
  /** The report folder, relative to the config. */
  readonly out: string;
}

const quote = (text: string) => JSON.stringify(text);

export function starterConfig(input: StarterConfigInput): string {
  const { data } = input;
  const missingChoices = OPTIONS.missing.kind.takes;
  const lines = [
    `# yaml-language-server: $schema=${input.schema}`,
    '#',
    `# A swiss-rank report config for ${input.scores} (${input.models} models, ${input.benchmarks.length} benchmarks),`,
    '# written by `swiss-rank init`. Edit it, then run: swiss-rank report --config <this file>',
    '# Paths are relative to this file. Every key is described in docs/options.md and in the schema above.',
    'data:',
    `  scores: ${quote(input.scores)}`,
    ...(data.from ? [`  from: ${data.from}`] : []),
    ...(data.metric ? [`  metric: [${data.metric.map(quote).join(', ')}]`] : []),
    ...(data.lowerIsBetter ? [`  lowerIsBetter: [${data.lowerIsBetter.map(quote).join(', ')}]`] : []),
    ...(data.alias ? [`  alias: ${quote(data.alias)}`] : []),
    ...(data.groups ? ['  groups: true'] : []),
    ...(data.layout ? [`  layout: ${data.layout}`] : []),
    ...(data.delimiter ? [`  delimiter: ${quote(data.delimiter)}`] : []),
    ...(data.ragged && data.ragged !== OPTIONS.ragged.default ? [`  ragged: ${data.ragged}`] : []),
    ...(data.missing
      ? [`  missing: ${data.missing}`]
      : input.emptyCells > 0
        ? [
            `  # The table has ${input.emptyCells} empty cell(s): the report refuses them until you choose how`,
            `  # they count (${missingChoices}; see docs/options.md):`,
            '  # missing: coin',
          ]
        : []),
    '# One round per benchmark, in the table\'s order. Benchmarks that measure the same skill belong in',
    '# one round (its score is their mean), so that no skill counts more for having more benchmarks:',
    '#   - name: Mathematics',
    '#     benchmarks: ["MATH", "GSM8K"]',
    'rounds:',
    ...input.benchmarks.flatMap((b) => [`  - name: ${quote(b)}`, `    benchmarks: [${quote(b)}]`]),
    '# Tournaments to simulate: the Monte Carlo error shrinks as 1/sqrt(iterations).',
    `iterations: ${OPTIONS.iterations.default}`,
    '# Same seed, same results on any machine and thread count.',
    `seed: ${OPTIONS.seed.default}`,
    `# Ties at the elimination cut: ${OPTIONS.tieBreak.kind.takes}.`,
    `tieBreak: ${OPTIONS.tieBreak.default}`,
    '# Models eliminated after each round, compared (the paper: 0, 1, 2).',
    `sweep: [${OPTIONS.sweep.default.join(', ')}]`,
    '# Uncomment to add the round-order analysis (100 random orders of the rounds):',
    '# order:',
    '#   permutations: 100',
    '# The report folder (results.json, results.csv, report.html).',
    `out: ${quote(input.out)}`,
    '',
  ];
  return lines.join('\n');
}
