/**
 * Things worth saying about a valid tournament that may not be what the user meant: an
 * elimination plan that leaves at most one model before the last round (the remaining rounds
 * cannot be played), and benchmarks that no round uses. Warnings, not errors: the run is well
 * defined either way.
 */
import { groupSchedule } from '../core/groupSchedule.js';
import type { TournamentPlan } from '../core/plan.js';

export function planWarnings(
  plan: TournamentPlan,
  rounds: readonly { name: string; benchmarks: readonly string[] }[],
  benchmarks: readonly string[],
): string[] {
  const warnings: string[] = [];
  const unplayed = unplayedRounds(plan, rounds);
  if (unplayed !== undefined) warnings.push(unplayed);
  const used = new Set(rounds.flatMap((r) => r.benchmarks));
  const unused = benchmarks.filter((b) => !used.has(b));
  if (unused.length > 0) {
    warnings.push(`${unused.length} benchmark(s) in no round, so they count for nothing: ${unused.join(', ')}`);
  }
  return warnings;
}

/** Set when the elimination plan leaves at most one model before the last round. */
export function unplayedRounds(plan: TournamentPlan, rounds: readonly { name: string }[]): string | undefined {
  const { playedRounds } = groupSchedule(plan.modelCount, plan.elimination);
  if (playedRounds >= plan.roundCount) return undefined;
  if (plan.roundOrder === 'random') {
    const left = plan.roundCount - playedRounds;
    return (
      `the elimination plan leaves at most one model after ${playedRounds} round(s); under a random round order ` +
      `each tournament leaves ${left} random round(s) unplayed`
    );
  }
  const skipped = rounds.slice(playedRounds).map((r) => r.name).join(', ');
  const which =
    playedRounds + 1 === plan.roundCount
      ? `round ${plan.roundCount} (${skipped}) is`
      : `rounds ${playedRounds + 1} to ${plan.roundCount} (${skipped}) are`;
  return `the elimination plan leaves at most one model after round ${playedRounds}; ${which} never played`;
}
