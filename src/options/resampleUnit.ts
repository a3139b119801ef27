/** What `compare --bootstrap` resamples (--resample); with --score-stderr the scores are drawn instead. */
export type ResampleUnit = 'benchmarks' | 'rounds';

export const RESAMPLE_UNITS: readonly ResampleUnit[] = ['benchmarks', 'rounds'];
