/**
 * The `intervals` legend of the simulate and sweep results: for every standard error and interval
 * field, what variation it covers, so a pipeline reading the JSON need not guess. Monte Carlo error
 * (the luck of N simulated tournaments) and the spread across tournaments are different things, and
 * neither is benchmark noise. Constant text; O(1).
 */

/** Field name (as it appears on each model, or on each entry of its `results`) -> what it covers. */
export interface IntervalLegend {
  readonly stdError: string;
  readonly pFirstStdError: string;
  readonly rankInterval90: string;
}

export interface SimulationIntervals extends IntervalLegend {
  readonly ci95: string;
}

export interface SweepIntervals extends IntervalLegend {
  readonly dropStdError: string;
  readonly dropStdErrorUnpaired: string;
  readonly profileDistanceInSE: string;
}

const MONTE_CARLO =
  'Monte Carlo error only: how far the mean over the simulated tournaments may sit from its value for ' +
  'infinitely many (the luck of the pairings); it shrinks as 1/sqrt(iterations) and says nothing about ' +
  'noise in the benchmark scores.';

const SPREAD =
  'Spread across tournaments, not a confidence interval: the 5% and 95% quantiles of the final standing ' +
  '(1 = first; tied models share their positions) over the tournaments, i.e. how far one tournament\u2019s luck ' +
  'moves the model. More iterations do not narrow it.';

export function simulationIntervals(method: 'monte-carlo' | 'exact'): SimulationIntervals {
  if (method === 'exact') {
    const none = 'Exact enumeration: no Monte Carlo error, so this is 0.';
    return {
      stdError: none,
      ci95: 'Exact enumeration: no Monte Carlo error, so both ends equal expectedScore.',
      pFirstStdError: none,
      rankInterval90: SPREAD.replace('over the tournaments', 'in the exact distribution of tournaments'),
    };
  }
  return {
    stdError: `Monte Carlo standard error of expectedScore. ${MONTE_CARLO}`,
    ci95: `Monte Carlo 95% interval of expectedScore (expectedScore \u00b1 1.96 stdError). ${MONTE_CARLO}`,
    pFirstStdError: `Monte Carlo standard error of pFirst. ${MONTE_CARLO}`,
    rankInterval90: SPREAD,
  };
}

export function sweepIntervals(): SweepIntervals {
  return {
    stdError: `results[].stdError: Monte Carlo standard error of expectedScore at that T. ${MONTE_CARLO}`,
    pFirstStdError: `results[].pFirstStdError: Monte Carlo standard error of pFirst at that T. ${MONTE_CARLO}`,
    rankInterval90: `results[].rankInterval90: ${SPREAD}`,
    dropStdError:
      'Monte Carlo standard error of drop, from the paired per-tournament differences (every T replays the ' +
      `same tournament seeds). ${MONTE_CARLO}`,
    dropStdErrorUnpaired: 'What the Monte Carlo standard error of drop would be from independent runs at each T.',
    profileDistanceInSE:
      'How many Monte Carlo standard errors (the model\u2019s and the reference median\u2019s, combined) separate ' +
      'the model from the nearest boundary of profileRule that would change its profile; profileUncertain ' +
      'is true within profileRule.uncertainWithinSE. null: no Monte Carlo error, the profile cannot flip.',
  };
}
