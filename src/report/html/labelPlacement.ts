/**
 * Greedy, deterministic label placement for a scatter plot. Labels are placed in the order given
 * (most important first), each at the best of a fixed list of candidate positions: next to its
 * point, then on rings further out joined to the point by a leader line. A label never overlaps
 * another label, a leader line, a fixed box or any labelled point, and stays inside the bounds;
 * covering an unlabelled point is allowed but costs. A label with no valid position is left out
 * (null). Cost: O(labels x candidates x (labels + obstacles)).
 */
import {
  boxesOverlap,
  boxInside,
  circleMeetsBox,
  segmentMeetsBox,
  segmentNearPoint,
  segmentsCross,
  type Box,
  type Segment,
} from './boxes.js';

export interface LabelRequest {
  /** The labelled point. */
  readonly x: number;
  readonly y: number;
  /** The label's size. */
  readonly width: number;
  readonly height: number;
}

export interface PlacementOptions {
  /** Labels stay inside this box. */
  readonly bounds: Box;
  /** Radius of the point markers (labels keep clear of it). */
  readonly pointRadius: number;
  /** Points without a label of their own: a label may cover them, at a cost. */
  readonly softObstacles?: readonly { readonly x: number; readonly y: number }[];
  /** Areas labels must not enter (e.g. region captions). */
  readonly fixedBoxes?: readonly Box[];
  /** Space kept between two labels (px, default 1). */
  readonly gap?: number;
}

export interface PlacedLabel {
  readonly box: Box;
  /** From the point's edge to the label, when the label sits away from its point. */
  readonly leader?: Segment;
}

// Directions in degrees (screen coordinates: y grows downwards), most preferred first.
const NEAR_DIRECTIONS = [0, 180, -45, 45, -135, 135, -90, 90];
const FAR_DIRECTIONS = [
  0, 180, -15, 15, -165, 165, -30, 30, -150, 150, -45, 45, -135, 135, -60, 60, -120, 120, -75, 75, -105, 105, -90, 90,
];
const FAR_DISTANCES = [14, 26, 40, 58, 80, 105];
const COVER_COST = 4;
const RING_COST = 1.5;

interface Candidate {
  readonly box: Box;
  readonly leader?: Segment;
  readonly ring: number;
}

/** One placement per request, in request order: the chosen box, or null when none fits. */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): (PlacedLabel | null)[] {
  const gap = options.gap ?? 1;
  const hardRadius = options.pointRadius + 1;
  const soft = options.softObstacles ?? [];
  const fixed = options.fixedBoxes ?? [];
  const boxes: Box[] = [...fixed];
  const leaders: Segment[] = [];
  const placed: (PlacedLabel | null)[] = [];

  const valid = (c: Candidate, own: LabelRequest): boolean => {
    if (!boxInside(c.box, options.bounds)) return false;
    if (boxes.some((b) => boxesOverlap(c.box, b, gap))) return false;
    if (requests.some((r) => circleMeetsBox(r.x, r.y, hardRadius, c.box))) return false;
    if (leaders.some((s) => segmentMeetsBox(s, c.box))) return false;
    const leader = c.leader;
    if (leader) {
      if (boxes.some((b) => segmentMeetsBox(leader, b))) return false;
      if (leaders.some((s) => segmentsCross(s, leader))) return false;
      if (requests.some((r) => r !== own && segmentNearPoint(leader, r.x, r.y, hardRadius))) return false;
    }
    return true;
  };

  for (const request of requests) {
    let best: Candidate | null = null;
    let bestScore = Infinity;
    for (const [order, candidate] of candidates(request, options.pointRadius).entries()) {
      const floor = candidate.ring * RING_COST + order * 0.01;
      if (floor >= bestScore) break;
      if (!valid(candidate, request)) continue;
      let covered = 0;
      for (const p of soft) if (circleMeetsBox(p.x, p.y, options.pointRadius, candidate.box)) covered++;
      const score = covered * COVER_COST + floor;
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best) {
      boxes.push(best.box);
      if (best.leader) leaders.push(best.leader);
      placed.push(best.leader ? { box: best.box, leader: best.leader } : { box: best.box });
    } else {
      placed.push(null);
    }
  }
  return placed;
}

/** Candidate boxes in order of preference: the near ring, then the far rings with leaders. */
function candidates(r: LabelRequest, pointRadius: number): Candidate[] {
  const out: Candidate[] = NEAR_DIRECTIONS.map((deg) => ({ box: boxAt(r, deg, pointRadius + 2), ring: 0 }));
  FAR_DISTANCES.forEach((distance, i) => {
    for (const deg of FAR_DIRECTIONS) {
      const [ux, uy] = unit(deg);
      const leader = {
        x1: r.x + ux * (pointRadius + 1.5),
        y1: r.y + uy * (pointRadius + 1.5),
        x2: r.x + ux * distance,
        y2: r.y + uy * distance,
      };
      out.push({ box: boxAt(r, deg, distance), leader, ring: i + 1 });
    }
  });
  return out;
}

/** The box whose side or corner facing the point sits `distance` from it in direction `deg`. */
function boxAt(r: LabelRequest, deg: number, distance: number): Box {
  const [ux, uy] = unit(deg);
  const fx = 0.5 - 0.5 * clamp(ux * 2);
  const fy = 0.5 - 0.5 * clamp(uy * 2);
  const left = r.x + ux * distance - fx * r.width;
  const top = r.y + uy * distance - fy * r.height;
  return { left, top, right: left + r.width, bottom: top + r.height };
}

function unit(deg: number): [number, number] {
  const rad = (deg * Math.PI) / 180;
  return [round(Math.cos(rad)), round(Math.sin(rad))];
}

function round(v: number): number {
  return Math.round(v * 1e9) / 1e9;
}

function clamp(v: number): number {
  return Math.max(-1, Math.min(1, v));
}
