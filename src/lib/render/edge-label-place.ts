// Where a relation's label goes: at the middle of its line or arc, turned along it and kept
// upright, and only when the text fits between the two discs. Pure, shared by the live label
// layer and the exports, so a picture labels relations by the same rule as the screen.

/** A relation label's place: its centre, angle (radians, y down) and the upright box it covers. */
export interface EdgeLabelPlace {
  x: number;
  y: number;
  angle: number;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * The place of a label `width` × `height` on the relation from (x1, y1, radius r1) to (x2, y2, r2)
 * with curvature `k` (@sigma/edge-curve's), or null when the text is longer than the free stretch.
 */
export function edgeLabelPlace(x1: number, y1: number, r1: number, x2: number, y2: number, r2: number, k: number,
  width: number, height: number, gap: number): EdgeLabelPlace | null {
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (!(width <= length - r1 - r2 - 2 * gap)) return null;
  // The arc's middle lies half way from the chord's midpoint to the control point (y down).
  const x = (x1 + x2) / 2 + ((y2 - y1) * k) / 2;
  const y = (y1 + y2) / 2 - ((x2 - x1) * k) / 2;
  let angle = Math.atan2(y2 - y1, x2 - x1);
  if (angle > Math.PI / 2 || angle < -Math.PI / 2) angle += Math.PI; // keep the text upright
  const cos = Math.abs(Math.cos(angle));
  const sin = Math.abs(Math.sin(angle));
  const bw = width * cos + height * sin;
  const bh = width * sin + height * cos;
  return { x, y, angle, box: { x: x - bw / 2, y: y - bh / 2, width: bw, height: bh } };
}
