/**
 * The checks every score table and win-matrix set passes, whatever its origin (file or memory):
 * names non-empty, plain text (no control or bidirectional characters, see nameCharacters) and
 * unique (SPEC "Inputs": a duplicate is refused, never renamed; the error names both places), at
 * least one benchmark, at least two models (a tournament needs a match).
 */
import { ErrorCollector, SwissRankError, type ErrorLocation } from '../errors.js';
import { nameCharacterProblem } from './nameCharacters.js';
import { placeText } from './placeText.js';

/** Where each name is, and where to point when there are too few of them. */
export interface NamePlaces {
  model(m: number): ErrorLocation;
  benchmark(b: number): ErrorLocation;
  readonly models: ErrorLocation;
  readonly benchmarks: ErrorLocation;
}

export function checkNames(models: readonly string[], benchmarks: readonly string[], places: NamePlaces): void {
  // Every empty, unprintable or repeated name is reported, models and benchmarks alike.
  const problems = new ErrorCollector();
  checkList(models, 'model', places.model, problems);
  checkList(benchmarks, 'benchmark', places.benchmark, problems);
  problems.throwIfAny();
  if (benchmarks.length === 0) {
    throw new SwissRankError('NO_DATA_ROWS', 'there are no benchmarks', places.benchmarks);
  }
  if (models.length < 2) {
    const message = `a tournament needs at least 2 models, found ${models.length}`;
    throw new SwissRankError('TOO_FEW_MODELS', message, places.models);
  }
}

function checkList(
  names: readonly string[],
  what: 'model' | 'benchmark',
  locate: (index: number) => ErrorLocation,
  problems: ErrorCollector,
): void {
  const firstIndex = new Map<string, number>();
  names.forEach((name, i) => {
    if (typeof name !== 'string' || name.trim() === '') {
      problems.add(new SwissRankError('EMPTY_NAME', `${what} ${i + 1} has an empty name`, locate(i)));
      return;
    }
    const unprintable = nameCharacterProblem(name, what, locate(i));
    if (unprintable !== undefined) {
      problems.add(unprintable);
      return;
    }
    const first = firstIndex.get(name);
    if (first !== undefined) {
      const here = locate(i);
      problems.add(new SwissRankError(
        what === 'model' ? 'DUPLICATE_MODEL' : 'DUPLICATE_BENCHMARK',
        `${what} ${JSON.stringify(name)} appears twice (first at ${placeText(locate(first), here)}); ` +
          'names must be unique',
        here,
      ));
      return;
    }
    firstIndex.set(name, i);
  });
}
