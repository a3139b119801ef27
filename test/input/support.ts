/**
 * Shared test helpers for the input layer: where fixtures live, and how
 * to catch the SwissRankError a call throws (tests assert code and location, never wording).
 */
import { fileURLToPath } from 'node:url';
import { SwissRankError } from '../../src/errors.js';

/** A file under test/fixtures/input/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/input/${name}`, import.meta.url));
}

/** The SwissRankError that `run` throws or rejects with; fails the test on anything else. */
export async function caught(run: () => unknown): Promise<SwissRankError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof SwissRankError) return error;
    throw error;
  }
  throw new Error('expected a SwissRankError, but the call succeeded');
}
