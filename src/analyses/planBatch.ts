/**
 * How many plans of one shape go into one engine run. Bigger runs cost less (the kernel plays the
 * rounds that plans share once, and a run starts once) but every thread's kernel holds all of a
 * run's plans, and each worker sends back all their counts: a memory budget sets the size.
 */
import type { TournamentPlan } from '../core/plan.js';

/** The WebAssembly memory a thread grows for a run is never given back, so this is what each
 *  thread keeps: small beside a machine's memory even at 16 threads, yet HELM Lite's plans fit
 *  about 2,000 to a run and the Open LLM Leaderboard's (4,496 models) about 60. */
export const PLAN_BATCH_BYTES = 64 * 2 ** 20;

/** One plan's share of a run: its counts in the kernel, and again as a worker sends them back; its
 *  outcomes (round ranks, or win probabilities); its working arrays of one entry per model. */
export function planBytes(plan: TournamentPlan): number {
  const { modelCount: M, roundCount: K } = plan;
  const counts = ((K + 1) * M + M * K) * 8;
  const outcomes = plan.outcomes.kind === 'scores' ? K * M * 4 : K * M * M * 8;
  return 2 * counts + outcomes + 5 * M * 4;
}

/** Plans shaped like `plan` that fit `budgetBytes`; at least 1, however large a plan is. */
export function plansPerBatch(plan: TournamentPlan, budgetBytes = PLAN_BATCH_BYTES): number {
  return Math.max(1, Math.floor(budgetBytes / planBytes(plan)));
}
