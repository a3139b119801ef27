/**
 * Plane geometry for label placement: axis-aligned boxes, and whether a box meets another box,
 * a circle or a line segment (Liang-Barsky clipping). All O(1).
 */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** True when the boxes share interior area, or come closer than `gap`. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom
  );
}

/** True when the circle at (cx, cy) with radius r reaches into the box. */
export function circleMeetsBox(cx: number, cy: number, r: number, box: Box): boolean {
  const dx = cx < box.left ? box.left - cx : cx > box.right ? cx - box.right : 0;
  const dy = cy < box.top ? box.top - cy : cy > box.bottom ? cy - box.bottom : 0;
  return dx * dx + dy * dy < r * r;
}

/** True when the segment passes through the box's interior (touching an edge does not count). */
export function segmentMeetsBox(s: Segment, box: Box): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const clips: [number, number][] = [
    [-dx, s.x1 - box.left],
    [dx, box.right - s.x1],
    [-dy, s.y1 - box.top],
    [dy, box.bottom - s.y1],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t1 - t0 > 1e-9;
}

/** True when the segment comes within r of the point (cx, cy). */
export function segmentNearPoint(s: Segment, cx: number, cy: number, r: number): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, ((cx - s.x1) * dx + (cy - s.y1) * dy) / length2));
  const px = s.x1 + t * dx - cx;
  const py = s.y1 + t * dy - cy;
  return px * px + py * py < r * r;
}

/** True when two segments cross (proper intersection; shared end points do not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const d1 = orientation(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d2 = orientation(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  const d3 = orientation(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d4 = orientation(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}
