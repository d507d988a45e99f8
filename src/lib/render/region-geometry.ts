// The shapes of the regions behind the nodes (the groups of region-groups.ts), computed once per
// change of the visible set, in graph coordinates, so that a frame only transforms them. The shape is a kernel density estimate of the
// members' positions cut at a level that two members close together reach and a lone member does
// not (d3-contour's contourDensity: a Gaussian kernel approximated by three box blurs), so a
// region shows where a current gathers rather than the hull of its scattered members.
import { contourDensity, type ContourDensity, type ContourMultiPolygon } from 'd3-contour';
import type { RegionGroup } from './region-groups';

/** A region's shape: closed rings (flat x, y lists, graph coordinates) and where its name may go. */
export interface Region {
  key: string;
  label: string;
  color: string;
  /** How many visible members it was drawn from. */
  members: number;
  /** Outer rings and holes alike; filled with the even-odd rule. */
  rings: number[][];
  /** Points deep inside the region, deepest first and spread apart (flat x, y): where its label may sit. */
  anchors: number[];
  /** Area in squared graph units (larger regions are drawn first, under smaller ones). */
  area: number;
  /** Width and height of its bounding box, in graph units (a name is shown where the region can hold it). */
  width: number;
  height: number;
}

/**
 * How regions are shaped. Lengths are in thousandths of the graph's span (its larger side), so
 * that regions look the same whatever the layout's scale (the live layout spreads the graph out).
 */
export interface RegionOptions {
  /** Kernel bandwidth (standard deviation). */
  bandwidth: number;
  /** Density grid cell (rounded down to a power of two by d3-contour). */
  cellSize: number;
  /** The level the outline is drawn at, in members: a lone member's peak density is 1. */
  level: number;
  /** Label anchors kept per region. */
  anchors: number;
  /** A part of a region is drawn when it holds at least this many members… */
  partMembers: number;
  /** … and at least this share of the region's members. */
  partShare: number;
}

export const DEFAULT_REGION_OPTIONS: RegionOptions = { bandwidth: 34, cellSize: 8, level: 2.2, anchors: 40, partMembers: 3, partShare: 0.12 };

type Point = [number, number];
/** d3-contour 4's `density.contours`: one density grid, cut at any level (@types/d3-contour 3 predates it). */
type Density = ContourDensity<Point> & { contours(data: Point[]): ((level: number) => ContourMultiPolygon) & { max: number } };
const density = () => contourDensity<Point>() as Density;

/** The kernel density a lone point reaches at its centre, for a bandwidth and cell size (d3's blur is approximate). */
function lonePeak(bandwidth: number, cellSize: number): number {
  const size = Math.ceil(bandwidth * 8);
  return density().size([size, size]).bandwidth(bandwidth).cellSize(cellSize).contours([[size / 2, size / 2]]).max;
}

const peaks = new Map<string, number>();

/**
 * The regions of `groups`, largest first, from the members' positions (`position` returns null for
 * a node without one) in a graph whose larger side is `span` long. A group whose members lie too
 * far apart to reach the level has no region.
 */
export function regionShapes(groups: readonly RegionGroup[], position: (node: string) => { x: number; y: number } | null,
  span: number, options: Partial<RegionOptions> = {}): Region[] {
  const o = { ...DEFAULT_REGION_OPTIONS, ...options };
  if (!(o.bandwidth > 0) || !(o.cellSize >= 1) || !(o.level > 0) || !(span > 0) || !Number.isFinite(span)) return [];
  // Shapes are computed in a frame where the span is 1000 long, then scaled back.
  const k = 1000 / span;
  const peakKey = `${o.bandwidth}/${o.cellSize}`;
  let peak = peaks.get(peakKey);
  if (peak === undefined) peaks.set(peakKey, (peak = lonePeak(o.bandwidth, o.cellSize)));
  if (!(peak > 0)) return [];
  const regions: Region[] = [];
  for (const group of groups) {
    const points: Point[] = [];
    for (const node of group.members) {
      const p = position(node);
      if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) points.push([p.x * k, p.y * k]);
    }
    if (points.length < 2) continue;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [x, y] of points) {
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
    // The density is estimated on the members' bounding box; d3 pads its grid for the kernel itself.
    const estimate = density()
      .x((p) => p[0] - x0).y((p) => p[1] - y0)
      .size([Math.max(1, x1 - x0), Math.max(1, y1 - y0)])
      .bandwidth(o.bandwidth).cellSize(o.cellSize) as Density;
    const contours = estimate.contours(points);
    if (contours.max < o.level * peak) continue;
    const shape = contours(o.level * peak);
    // Each part of the outline with the members inside it; parts holding too few are dropped, so
    // that a current reads as where it gathers, not as specks wherever two of its members meet.
    const parts = shape.coordinates.map((polygon) => {
      const partRings: number[][] = [];
      for (const ring of polygon) {
        const flat: number[] = [];
        for (const [x, y] of ring) flat.push(x + x0, y + y0);
        if (flat.length >= 6) partRings.push(flat);
      }
      let inside = 0;
      for (const [x, y] of points) if (insideRings(partRings, x, y)) inside++;
      return { rings: partRings, inside };
    });
    const enough = Math.max(o.partMembers, o.partShare * points.length);
    const rings = parts.filter((part) => part.inside >= enough).flatMap((part) => part.rings);
    if (rings.length === 0) continue;
    const back = (values: number[]) => values.map((v) => v / k);
    let rx0 = Infinity, ry0 = Infinity, rx1 = -Infinity, ry1 = -Infinity;
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i += 2) {
        rx0 = Math.min(rx0, ring[i]); rx1 = Math.max(rx1, ring[i]); ry0 = Math.min(ry0, ring[i + 1]); ry1 = Math.max(ry1, ring[i + 1]);
      }
    }
    regions.push({
      key: group.key, label: group.label, color: group.color, members: points.length, rings: rings.map(back),
      anchors: back(anchorsOf(rings, o.cellSize, o.anchors)), area: Math.abs(rings.reduce((sum, r) => sum + signedArea(r), 0)) / (k * k),
      width: (rx1 - rx0) / k, height: (ry1 - ry0) / k,
    });
  }
  return regions.sort((a, b) => b.area - a.area);
}

/** The signed area of a ring (its sign tells outer rings from holes). */
function signedArea(ring: number[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) sum += ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
  return sum / 2;
}

/** Whether a point is inside the rings (even-odd rule: a hole's inside is outside). */
export function insideRings(rings: readonly number[][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const xi = ring[i], yi = ring[i + 1], xj = ring[j], yj = ring[j + 1];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Squared distance from a point to the nearest ring vertex (vertices lie a grid cell or less apart). */
function depth2(rings: readonly number[][], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      const dx = ring[i] - x, dy = ring[i + 1] - y;
      const d = dx * dx + dy * dy;
      if (d < best) best = d;
    }
  }
  return best;
}

/**
 * Points inside the region on a lattice, deepest first, each at least a few cells from those
 * before it: a label tries them in turn until one is clear of node labels.
 */
function anchorsOf(rings: readonly number[][], cellSize: number, count: number): number[] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      x0 = Math.min(x0, ring[i]); x1 = Math.max(x1, ring[i]); y0 = Math.min(y0, ring[i + 1]); y1 = Math.max(y1, ring[i + 1]);
    }
  }
  // About 20 lattice steps across the larger side, never finer than a grid cell.
  const step = Math.max(cellSize, Math.max(x1 - x0, y1 - y0) / 20);
  const points: { x: number; y: number; d: number }[] = [];
  for (let y = y0 + step / 2; y < y1; y += step) {
    for (let x = x0 + step / 2; x < x1; x += step) if (insideRings(rings, x, y)) points.push({ x, y, d: depth2(rings, x, y) });
  }
  points.sort((a, b) => b.d - a.d);
  const apart = step * 1.5;
  const out: number[] = [];
  for (const p of points) {
    if (out.length >= count * 2) break;
    let clear = true;
    for (let i = 0; i < out.length && clear; i += 2) clear = Math.hypot(out[i] - p.x, out[i + 1] - p.y) >= apart;
    if (clear) out.push(p.x, p.y);
  }
  return out;
}
