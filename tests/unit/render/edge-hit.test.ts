// Relations under the pointer are found by geometry: distance to a straight line or to the arc drawn
// for parallel relations.
import { describe, expect, it } from 'vitest';
import { distanceToEdge, distanceToSegment } from '../../../src/lib/render/arc-geometry';

describe('edge hit-testing', () => {
  it('measures the distance to a segment, clamped at its ends', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBeCloseTo(3);
    expect(distanceToSegment(-4, 3, 0, 0, 10, 0)).toBeCloseTo(5);
    expect(distanceToSegment(1, 1, 2, 2, 2, 2)).toBeCloseTo(Math.SQRT2);
  });

  it('follows the arc: its middle lies off the straight line, on the side the curvature says', () => {
    // From (0,0) to (100,0), y down: curvature 0.25 puts the control point at (50, -25) and the
    // arc's middle at (50, -12.5), half way to it.
    expect(distanceToEdge(50, -12.5, 0, 0, 100, 0, 0.25)).toBeLessThan(0.5);
    expect(distanceToEdge(50, 0, 0, 0, 100, 0, 0.25)).toBeGreaterThan(11);
    expect(distanceToEdge(50, 12.5, 0, 0, 100, 0, -0.25)).toBeLessThan(0.5);
    expect(distanceToEdge(50, 0, 0, 0, 100, 0, 0)).toBe(0);
  });
});
