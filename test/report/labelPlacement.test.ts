/** Label placement: placed labels never overlap each other, a labelled point or a fixed box, and stay in bounds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  boxInside,
  circleMeetsBox,
  segmentMeetsBox,
  segmentsCross,
  type Box,
} from '../../src/report/html/boxes.js';
import { placeLabels, type LabelRequest } from '../../src/report/html/labelPlacement.js';

const BOUNDS: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const RADIUS = 4;

const request = fc.record({
  x: fc.integer({ min: 0, max: 400 }),
  y: fc.integer({ min: 0, max: 300 }),
  width: fc.integer({ min: 10, max: 160 }),
  height: fc.constantFrom(11, 13, 16),
});

describe('box geometry (the oracle of the properties below)', () => {
  const box: Box = { left: 10, top: 10, right: 20, bottom: 20 };

  it('boxes overlap only when they share area or come closer than the gap', () => {
    expect(boxesOverlap(box, { left: 19, top: 19, right: 30, bottom: 30 })).toBe(true);
    expect(boxesOverlap(box, { left: 20, top: 10, right: 30, bottom: 20 })).toBe(false);
    expect(boxesOverlap(box, { left: 20.5, top: 10, right: 30, bottom: 20 }, 1)).toBe(true);
  });

  it('a circle meets a box when it reaches inside', () => {
    expect(circleMeetsBox(25, 15, 6, box)).toBe(true);
    expect(circleMeetsBox(25, 15, 4, box)).toBe(false);
    expect(circleMeetsBox(24, 24, 5, box)).toBe(false); // corner distance 5.66
  });

  it('a segment meets a box when it passes through it', () => {
    expect(segmentMeetsBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(segmentMeetsBox({ x1: 0, y1: 0, x2: 30, y2: 5 }, box)).toBe(false);
    expect(segmentMeetsBox({ x1: 15, y1: 15, x2: 15, y2: 16 }, box)).toBe(true);
    expect(segmentMeetsBox({ x1: 0, y1: 10, x2: 30, y2: 10 }, box)).toBe(false); // along an edge
  });

  it('segments cross only at a proper intersection', () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 10, y1: 10, x2: 20, y2: 0 })).toBe(false);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 4, y2: 4 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(false);
  });
});

describe('placeLabels (exact)', () => {
  it('puts a lone label to the right of its point, vertically centred', () => {
    const [placed] = placeLabels([{ x: 100, y: 100, width: 50, height: 10 }], { bounds: BOUNDS, pointRadius: RADIUS });
    expect(placed).toEqual({ box: { left: 106, top: 95, right: 156, bottom: 105 } });
  });

  it('moves a label to the left when the right side is out of bounds', () => {
    const [placed] = placeLabels([{ x: 390, y: 100, width: 50, height: 10 }], { bounds: BOUNDS, pointRadius: RADIUS });
    expect(placed?.box.right).toBe(384);
  });

  it('leaves out a label that cannot fit anywhere', () => {
    const placed = placeLabels([{ x: 10, y: 10, width: 500, height: 10 }], { bounds: BOUNDS, pointRadius: RADIUS });
    expect(placed).toEqual([null]);
  });

  it('keeps labels out of fixed boxes', () => {
    const fixed: Box = { left: 100, top: 80, right: 200, bottom: 120 };
    const options = { bounds: BOUNDS, pointRadius: RADIUS, fixedBoxes: [fixed] };
    const [placed] = placeLabels([{ x: 95, y: 100, width: 40, height: 10 }], options);
    expect(placed).not.toBeNull();
    expect(boxesOverlap(placed!.box, fixed)).toBe(false);
  });

  it('prefers positions that cover no unlabelled point', () => {
    const [placed] = placeLabels([{ x: 100, y: 100, width: 40, height: 10 }], {
      bounds: BOUNDS,
      pointRadius: RADIUS,
      softObstacles: [{ x: 125, y: 100 }],
    });
    expect(placed).not.toBeNull();
    expect(circleMeetsBox(125, 100, RADIUS, placed!.box)).toBe(false);
  });
});

describe('placeLabels (properties)', () => {
  it('never returns overlapping boxes, never covers a labelled point, never leaves the bounds', () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 60 }), (requests: LabelRequest[]) => {
        const placed = placeLabels(requests, { bounds: BOUNDS, pointRadius: RADIUS });
        expect(placed).toHaveLength(requests.length);
        const boxes = placed.flatMap((p) => (p ? [p.box] : []));
        const leaders = placed.flatMap((p) => (p?.leader ? [p.leader] : []));
        for (let i = 0; i < boxes.length; i++) {
          const b = boxes[i];
          expect(boxInside(b, BOUNDS)).toBe(true);
          for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(b, boxes[j])).toBe(false);
          for (const r of requests) expect(circleMeetsBox(r.x, r.y, RADIUS, b)).toBe(false);
          for (const s of leaders) expect(segmentMeetsBox(s, b)).toBe(false);
        }
        for (let i = 0; i < leaders.length; i++) {
          for (let j = i + 1; j < leaders.length; j++) expect(segmentsCross(leaders[i], leaders[j])).toBe(false);
        }
      }),
      { numRuns: 150, seed: 20260115 },
    );
  });

  it('is deterministic: the same requests give the same placements', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 40 }), (requests: LabelRequest[]) => {
        const options = { bounds: BOUNDS, pointRadius: RADIUS, softObstacles: requests.slice(0, 5) };
        expect(placeLabels(requests, options)).toEqual(placeLabels(requests, options));
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});
