/**
 * `simulate --exact`: the exact answer for small tournaments (at most 8 models), by enumerating
 * every pairing, outcome and elimination choice (core/exact). Same result shape as the Monte
 * Carlo run, with zero standard errors; it is the oracle the Monte Carlo is tested against.
 */
import { exactTournament } from '../core/exact/exactTournament.js';
import { groupSchedule } from '../core/groupSchedule.js';
import { rankSummary } from '../stats/rankSummary.js';
import { competitionRanks } from '../stats/ranks.js';
import { bestFirst } from './planSummary.js';
import { simulationHeader, type ModelResult, type SimulationResult } from './simulate.js';
import type { Tournament } from '../tournament/tournament.js';

/** Enumeration sums floats: results are exact to ~1e-15. Rounding to 12 decimals removes that
 *  noise, so exactly tied models tie (and print as 1.2, not 1.2000000000000002). */
const clean = (x: number): number => Math.round(x * 1e12) / 1e12;

export function simulateExact(tournament: Tournament): SimulationResult {
  const { plan } = tournament;
  const exact = exactTournament(plan);
  const K = plan.roundCount;
  const expected = Array.from(exact.expectedScore, clean);
  const ranks = competitionRanks(expected);
  const models = tournament.models.map((name, m): ModelResult => {
    const e = expected[m];
    const summary = rankSummary(exact.rankDistribution[m]);
    const survival = Array.from(exact.survival[m], clean);
    let leaving = 0;
    let roundSum = 0;
    survival.forEach((alive, k) => {
      const left = (k === 0 ? 1 : survival[k - 1]) - alive;
      leaving += left;
      roundSum += (k + 1) * left;
    });
    return {
      name,
      rank: ranks[m],
      expectedScore: e,
      stdError: 0,
      ci95: [e, e],
      pFirst: clean(exact.pFirst[m]),
      pFirstStdError: 0,
      meanRank: clean(summary.meanRank),
      rankInterval90: [summary.low, summary.high],
      survival,
      pEliminated: K > 0 ? clean(1 - survival[K - 1]) : 0,
      meanEliminationRound: leaving > 1e-12 ? clean(roundSum / leaving) : null,
    };
  });
  const order = bestFirst((m) => expected[m], models.length);
  return {
    ...simulationHeader(tournament, { seed: 0, iterations: 0 }, 'exact'),
    matchesPerTournament: groupSchedule(plan.modelCount, plan.elimination).totalMatches,
    models: order.map((m) => models[m]),
  };
}
