// The geometry of a drawn relation, shared by the arc program, hit-testing and tests: straight, or
// a quadratic arc whose control point is pushed off the midpoint by length × curvature.

/** Straight pieces per arc: enough that no corner shows at the curvatures used (≤ 0.5). */
export const ARC_SEGMENTS = 24;

/** Distance in pixels from (px, py) to the segment (ax, ay)–(bx, by). */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Distance in pixels from a point to a relation drawn from (x1, y1) to (x2, y2) in viewport
 * coordinates (y down): straight, or the arc of edge-programs.ts for a non-zero curvature.
 */
export function distanceToEdge(px: number, py: number, x1: number, y1: number, x2: number, y2: number, curvature: number): number {
  if (!curvature) return distanceToSegment(px, py, x1, y1, x2, y2);
  // The arc's control point, written for y pointing down (as in export/svg.ts).
  const cx = (x1 + x2) / 2 + (y2 - y1) * curvature;
  const cy = (y1 + y2) / 2 - (x2 - x1) * curvature;
  let best = Infinity;
  let ax = x1;
  let ay = y1;
  for (let i = 1; i <= ARC_SEGMENTS; i++) {
    const t = i / ARC_SEGMENTS;
    const m = 1 - t;
    const bx = m * m * x1 + 2 * m * t * cx + t * t * x2;
    const by = m * m * y1 + 2 * m * t * cy + t * t * y2;
    best = Math.min(best, distanceToSegment(px, py, ax, ay, bx, by));
    ax = bx;
    ay = by;
  }
  return best;
}

