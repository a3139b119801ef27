/**
 * Which models the charts show and label. Up to MANY_MODELS models: all of them. Beyond that
 * (the Open LLM Leaderboard has 4,496), the best and worst KEEP_EACH_END by E at the harshest T,
 * plus, in the scatter, the profile extremes. O(models).
 */
import type { SweepModel } from '../../analyses/sweepResult.js';
import { PROFILE_ORDER } from './palette.js';

export const MANY_MODELS = 150;
export const KEEP_EACH_END = 25;

export interface ShownModels {
  /** Indices into `result.models`, in order. */
  readonly indices: readonly number[];
  /** Models left out between the top and the bottom (0 when all are shown). */
  readonly omitted: number;
  /** Position in `indices` before which the gap sits (only when `omitted > 0`). */
  readonly gapBefore: number;
}

/** All models, or the top and bottom KEEP_EACH_END with a gap between them. */
export function shownModels(count: number): ShownModels {
  if (count <= MANY_MODELS) return { indices: range(0, count), omitted: 0, gapBefore: count };
  return {
    indices: [...range(0, KEEP_EACH_END), ...range(count - KEEP_EACH_END, count)],
    omitted: count - 2 * KEEP_EACH_END,
    gapBefore: KEEP_EACH_END,
  };
}

export interface ScatterLabelOrder {
  /** Indices into `result.models`, most important first. */
  readonly order: readonly number[];
  /** True when only the top, bottom and extreme models are labelled. */
  readonly limited: boolean;
}

/**
 * The models to label in the scatter, most important first: the extremes (highest and lowest
 * base and drop, and for each profile the member farthest from the medians), then by rank.
 */
export function scatterLabelOrder(
  models: readonly SweepModel[],
  medians: { readonly base: number; readonly drop: number },
): ScatterLabelOrder {
  const extremes = extremeModels(models, medians);
  const limited = models.length > MANY_MODELS;
  const rest = limited ? shownModels(models.length).indices : range(0, models.length);
  const seen = new Set<number>();
  const order: number[] = [];
  for (const i of [...extremes, ...rest]) {
    if (!seen.has(i)) {
      seen.add(i);
      order.push(i);
    }
  }
  return { order, limited };
}

/** Highest and lowest base and drop, then each profile's member farthest from the medians. */
export function extremeModels(
  models: readonly SweepModel[],
  medians: { readonly base: number; readonly drop: number },
): number[] {
  if (models.length === 0) return [];
  const bases = models.map((m) => m.base);
  const drops = models.map((m) => m.drop);
  const baseSpan = spread(bases);
  const dropSpan = spread(drops);
  const higher = (a: number, b: number) => a > b;
  const lower = (a: number, b: number) => a < b;
  const out = [argBest(bases, higher), argBest(drops, lower), argBest(drops, higher), argBest(bases, lower)];
  for (const profile of PROFILE_ORDER) {
    const distance = models.map((m) =>
      m.profile === profile ? Math.hypot((m.base - medians.base) / baseSpan, (m.drop - medians.drop) / dropSpan) : -1,
    );
    const i = argBest(distance, higher);
    if (distance[i] >= 0) out.push(i);
  }
  return out;
}

/** Index of the first value that no later value beats. */
function argBest(values: readonly number[], better: (a: number, b: number) => boolean): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (better(values[i], values[best])) best = i;
  return best;
}

function spread(values: readonly number[]): number {
  const span = Math.max(...values) - Math.min(...values);
  return span > 0 ? span : 1;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
