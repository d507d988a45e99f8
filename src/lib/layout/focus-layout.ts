// Focus lays a node's neighbourhood out to be read: the centre in the middle; its direct
// neighbours on an oval around it, grouped by relation family (memberships together, publishing
// together, disputes together…) and ordered by year within each family, clockwise from the top;
// farther rings on circles outside, each node turned towards the neighbour that brought it in.
// Neighbours sit on evenly spaced rows, so that every name written outward from the oval (to the
// right on the right half, to the left on the left half) has a line of its own. Pure: positions are
// pixel offsets from the centre (y down); the canvas turns them into graph coordinates.
import type { Graph } from '../model/graph-type';
import { relationOf, vocabularyOf } from '../model/graph-vocabulary';

/** The room the layout has and what its labels need. */
export interface FocusLayoutOptions {
  /** The area the neighbourhood may fill, in pixels. */
  width: number;
  height: number;
  /** A node's label width in pixels. */
  labelWidth: (node: string) => number;
  /** The height of one label line; rows are at least this far apart. */
  rowHeight: number;
  /** Room left free at the area's edges. */
  margin: number;
  /** Nodes, most important first: when the oval has fewer rows than neighbours, these get them. */
  byImportance: readonly string[];
}

/** Where each node of the neighbourhood goes, and how big its disc may be. */
export interface FocusLayout {
  /** Pixel offsets from the centre, y down. */
  positions: Map<string, { x: number; y: number }>;
  /** The side each direct neighbour's name is written on (outward from the oval). */
  sides: Map<string, 'left' | 'right'>;
  /** Direct neighbours left without a row (more neighbours than rows): drawn in the background. */
  rowless: Set<string>;
  /** The largest disc radius that keeps a neighbour's disc off its neighbours' label lines. */
  maxRadius: number;
  /** How far the layout's discs reach from the centre (half width, half height). */
  reach: { x: number; y: number };
}

/** Rows are no farther apart than this: a few neighbours stay close to the centre. */
const MAX_ROW = 44;
/** Distance between farther rings, in pixels. */
const RING_STEP = 90;
/** The narrowest oval: on a phone the names take almost all the width. */
const MIN_RX = 24;
/** Gap between a disc and its label. */
const GAP = 6;

/** For each neighbour of `centre`: the first relation family and the earliest year of the relations joining them. */
function tieKeys(graph: Graph, centre: string, allowed: (edge: string) => boolean): Map<string, { family: number; year: number }> {
  const keys = new Map<string, { family: number; year: number }>();
  const vocabulary = vocabularyOf(graph);
  const families = vocabulary.families.map((f) => f.key);
  graph.forEachEdge(centre, (edge, attributes, source, target) => {
    if (!allowed(edge)) return;
    const other = source === centre ? target : source;
    const key = keys.get(other) ?? { family: families.length, year: Infinity };
    const family = families.indexOf(relationOf(vocabulary, attributes.relation).family);
    key.family = Math.min(key.family, family < 0 ? families.length : family);
    key.year = Math.min(key.year, attributes.years.start?.year ?? attributes.years.end?.year ?? Infinity);
    keys.set(other, key);
  });
  return keys;
}

/** Spreads sorted angles so that neighbours are at least `gap` radians apart, around the circle. */
function spread(angles: number[], gap: number): number[] {
  const n = angles.length;
  if (n === 0) return angles;
  if (n * gap >= 2 * Math.PI) return angles.map((_a, i) => angles[0] + (i * 2 * Math.PI) / n);
  const out = angles.slice();
  for (let i = 1; i < n; i++) out[i] = Math.max(out[i], out[i - 1] + gap);
  // What was pushed past the start of the circle is shared out by moving everything back a little.
  const overflow = out[n - 1] - (out[0] + 2 * Math.PI - gap);
  if (overflow > 0) for (let i = 0; i < n; i++) out[i] -= (overflow * i) / (n - 1 || 1);
  return out;
}

/**
 * Lays out the neighbourhood `rings` (node → steps from the centre, see analysis/neighbourhood.ts)
 * around `centre`, walking only relations `allowed` accepts.
 */
export function focusLayout(graph: Graph, centre: string, rings: ReadonlyMap<string, number>, allowed: (edge: string) => boolean,
  options: FocusLayoutOptions): FocusLayout {
  const { width, height, labelWidth, rowHeight, margin, byImportance } = options;
  const positions = new Map<string, { x: number; y: number }>([[centre, { x: 0, y: 0 }]]);
  const sides = new Map<string, 'left' | 'right'>();
  const label = (n: string) => graph.getNodeAttribute(n, 'label');

  // Direct neighbours, by family, then year, then name.
  const usable = Math.max(rowHeight, height - 2 * margin);
  // Rows per side, an odd number: the right side keeps its middle row for the centre's own name.
  const most = Math.max(1, Math.floor(usable / rowHeight));
  const capacity = 2 * (most % 2 === 1 ? most : most - 1) - 1;
  const neighbours = [...rings].filter(([, d]) => d === 1).map(([n]) => n);
  // More neighbours than rows: the most important take the rows, the others a small inner circle.
  const rank = new Map(byImportance.map((n, i) => [n, i]));
  const byRank = neighbours.slice().sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
  const outer = new Set(byRank.slice(0, Math.max(0, capacity)));
  const ties = tieKeys(graph, centre, allowed);
  const ordered = neighbours.map((n) => ({ node: n, ...(ties.get(n) ?? { family: Infinity, year: Infinity }) }))
    .sort((a, b) => a.family - b.family || a.year - b.year || (label(a.node) < label(b.node) ? -1 : label(a.node) > label(b.node) ? 1 : 0));
  const first = ordered.filter((f) => outer.has(f.node));
  const inner = ordered.filter((f) => !outer.has(f.node)).map((f) => f.node);
  // Clockwise from the top: down the right half (around the centre's name), then up the left half.
  const half = Math.floor(first.length / 2);
  const left = first.slice(half).map((f) => f.node).reverse();
  // The gap for the centre's name sits at the middle of an odd number of right-hand rows.
  const slots = half % 2 === 0 ? half + 1 : half + 2;
  const gap = (slots - 1) / 2;
  const right: (string | null)[] = [];
  for (let i = 0, j = 0; i < slots; i++) right.push(i === gap || j >= half ? null : first[j++].node);
  const rows = Math.max(right.length, left.length, 1);
  const row = Math.max(rowHeight, Math.min(MAX_ROW, usable / rows));
  const ry = (rows * row) / 2;
  // The oval is as wide as the names on each side allow (all but the longest tenth: those try
  // another place, or are one hover away), but no wider than it is tall.
  const named = right.filter((n): n is string => n !== null);
  const long = (nodes: string[]) => {
    const widths = nodes.map(labelWidth).sort((a, b) => a - b);
    return widths.length ? widths[Math.min(widths.length - 1, Math.floor(widths.length * 0.9))] : 0;
  };
  const room = width / 2 - margin - GAP - Math.max(long(named), long(left));
  const rx = Math.max(Math.min(MIN_RX, ry), Math.min(room, Math.max(ry, 60)));
  const maxRadius = Math.max(3, (row - rowHeight / 2) / 2 - 1);
  // Each side's rows are centred on the centre's row.
  const place = (nodes: (string | null)[], side: 'left' | 'right') => {
    nodes.forEach((node, i) => {
      if (node === null) return;
      const y = (i - (nodes.length - 1) / 2) * row;
      const x = rx * Math.sqrt(Math.max(0, 1 - (y / (ry + row / 2)) ** 2));
      positions.set(node, { x: side === 'right' ? x : -x, y });
      sides.set(node, side);
    });
  };
  place(right, 'right');
  place(left, 'left');
  // The inner circle, clockwise from the top in family order, in the background: their names are a
  // hover away.
  const r0 = Math.max(Math.min(rx, ry) * 0.55, MIN_RX * 0.75);
  inner.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / inner.length;
    positions.set(node, { x: r0 * Math.cos(angle), y: r0 * Math.sin(angle) });
  });
  // The oval's names are left out of its reach: they are placed (or dropped) where the stage ends.
  let reach = { x: rx, y: ry + row / 2 };

  // Farther rings: on circles outside the names of the nearer ring, in the direction of a neighbour.
  let radius = Math.max(rx + GAP + Math.max(...[...named, ...left].map(labelWidth), 0), ry) + RING_STEP / 2;
  for (let d = 2; d <= 3; d++) {
    const ring = [...rings].filter(([, k]) => k === d).map(([n]) => n);
    if (ring.length === 0) break;
    const wanted = ring.map((node) => {
      let angle = Number.NaN;
      graph.forEachNeighbor(node, (other) => {
        if (!Number.isNaN(angle) || rings.get(other) !== d - 1) return;
        const p = positions.get(other)!;
        angle = Math.atan2(p.y, p.x);
      });
      return { node, angle: Number.isNaN(angle) ? 0 : angle };
    }).sort((a, b) => a.angle - b.angle || (a.node < b.node ? -1 : 1));
    const angles = spread(wanted.map((w) => w.angle), Math.min((2 * Math.PI) / ring.length, (rowHeight * 1.5) / radius));
    wanted.forEach((w, i) => positions.set(w.node, { x: radius * Math.cos(angles[i]), y: radius * Math.sin(angles[i]) }));
    reach = { x: Math.max(reach.x, radius), y: Math.max(reach.y, radius) };
    radius += RING_STEP;
  }
  return { positions, sides, rowless: new Set(inner), maxRadius, reach };
}
