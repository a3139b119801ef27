import { describe, expect, it } from 'vitest';
import { closestNames } from '../../src/input/closestNames.js';
import { parseRounds, roundsFromGroups } from '../../src/input/roundPlan.js';
import { caught } from './support.js';

const benchmarks = ['MMLU', 'GSM8K', 'MATH Level 5', 'NaturalQuestions (closed-book)', 'WMT 2014', 'MMLU-PRO'];

describe('parseRounds', () => {
  it('defaults to one round per benchmark, in table order, named after it', () => {
    expect(parseRounds(undefined, benchmarks)).toEqual(benchmarks.map((name) => ({ name, benchmarks: [name] })));
  });

  it('groups with "," and separates rounds with ";", trimming names', () => {
    const rounds = parseRounds(' MMLU , GSM8K ; NaturalQuestions (closed-book);MATH Level 5,WMT 2014,MMLU-PRO ', benchmarks);
    expect(rounds).toEqual([
      { name: 'MMLU + GSM8K', benchmarks: ['MMLU', 'GSM8K'] },
      { name: 'NaturalQuestions (closed-book)', benchmarks: ['NaturalQuestions (closed-book)'] },
      { name: 'MATH Level 5 + WMT 2014 + MMLU-PRO', benchmarks: ['MATH Level 5', 'WMT 2014', 'MMLU-PRO'] },
    ]);
  });

  it('allows a plan that leaves benchmarks out', () => {
    expect(parseRounds('GSM8K', benchmarks)).toEqual([{ name: 'GSM8K', benchmarks: ['GSM8K'] }]);
  });

  it('refuses an unknown benchmark at the option, suggesting the close names', async () => {
    const error = await caught(() => parseRounds('MMLU;gsm8k', benchmarks));
    expect(error.code).toBe('UNKNOWN_BENCHMARK');
    expect(error.location).toEqual({ option: '--rounds' });
    // The suggestion is data, not wording: the known name must be offered.
    expect(error.message).toContain('"GSM8K"');
  });

  it('reports errors at the option it is given', async () => {
    const error = await caught(() => parseRounds('MMLU;Nope', benchmarks, '--report-rounds'));
    expect(error.location).toEqual({ option: '--report-rounds' });
  });

  it.each([
    ['MMLU;GSM8K;MMLU', 'REPEATED_BENCHMARK'],
    ['MMLU,MMLU', 'REPEATED_BENCHMARK'],
    ['MMLU;;GSM8K', 'EMPTY_ROUND'],
    ['MMLU;GSM8K;', 'EMPTY_ROUND'],
    [';MMLU', 'EMPTY_ROUND'],
    ['  ', 'EMPTY_ROUND'],
    ['MMLU,,GSM8K', 'EMPTY_NAME'],
  ])('refuses %j with %s', async (spec, code) => {
    const error = await caught(() => parseRounds(spec, benchmarks));
    expect(error.code).toBe(code);
    expect(error.location).toEqual({ option: '--rounds' });
  });
});

describe('roundsFromGroups', () => {
  it('uses given names, else the benchmark or the joined group', () => {
    const rounds = roundsFromGroups(
      [{ name: 'Knowledge', benchmarks: ['MMLU', 'MMLU-PRO'] }, { benchmarks: ['GSM8K'] }, { benchmarks: ['MATH Level 5', 'WMT 2014'] }],
      benchmarks,
      'rounds',
    );
    expect(rounds.map((r) => r.name)).toEqual(['Knowledge', 'GSM8K', 'MATH Level 5 + WMT 2014']);
  });

  it.each([
    [[{ benchmarks: ['MMLU'] }, { benchmarks: ['GSM8K', 'Nope'] }], 'UNKNOWN_BENCHMARK', 'plan.rounds[1].benchmarks[1]'],
    [[{ benchmarks: ['MMLU'] }, { benchmarks: ['GSM8K', 'MMLU'] }], 'REPEATED_BENCHMARK', 'plan.rounds[1].benchmarks[1]'],
    [[{ benchmarks: ['MMLU'] }, { benchmarks: [] }], 'EMPTY_ROUND', 'plan.rounds[1].benchmarks'],
    [[], 'EMPTY_ROUND', 'plan.rounds'],
    [[{ name: ' ', benchmarks: ['MMLU'] }], 'EMPTY_NAME', 'plan.rounds[0].name'],
  ])('refuses %j with %s at its key path', async (groups, code, option) => {
    const error = await caught(() => roundsFromGroups(groups, benchmarks, 'plan.rounds'));
    expect(error.code).toBe(code);
    expect(error.location).toEqual({ option });
  });
});

describe('closestNames', () => {
  it('ranks a case-insensitive match first, then containment, then small edit distance', () => {
    expect(closestNames('mmlu', benchmarks)).toEqual(['MMLU', 'MMLU-PRO']);
    expect(closestNames('MATH', benchmarks)).toEqual(['MATH Level 5']);
    expect(closestNames('GSM9K', benchmarks)).toEqual(['GSM8K']);
    expect(closestNames('zzz', benchmarks)).toEqual([]);
    expect(closestNames('a', benchmarks)).toEqual([]);
  });
});
