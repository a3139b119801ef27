/**
 * Win matrices take M x M numbers per benchmark; past a limit they are refused before allocation,
 * with the size they would need, instead of exhausting memory. (Score tables need only M numbers
 * per benchmark: the Open LLM Leaderboard's 4,496 models are 27k numbers as scores, 121 M as
 * matrices.)
 */
import { SwissRankError, type ErrorLocation } from '../errors.js';

/** 1 GiB of float64 matrices. */
export const MAX_MATRIX_CELLS = 2 ** 27;

export function checkMatrixSize(benchmarks: number, models: number, where: ErrorLocation): void {
  const cells = benchmarks * models * models;
  if (cells > MAX_MATRIX_CELLS) {
    throw new SwissRankError(
      'TOO_LARGE',
      `${benchmarks} win matrices of ${models} x ${models} need ${((cells * 8) / 2 ** 30).toFixed(1)} GiB; ` +
        `the limit is ${(MAX_MATRIX_CELLS * 8) / 2 ** 30} GiB (give scores instead: they need one number per model)`,
      where,
    );
  }
}
