// How readable a global layout is, as two numbers the build prints (so a change of layout settings
// is judged by measurement, not by eye): the mean relation length over the mean distance between
// any two nodes (lower: related nodes sit closer than unrelated ones), and how many names the label
// placement can draw in the overview at 1280×800.
import type Graph from 'graphology';
import { PlacementGrid, placeLabels, type LabelCandidate, type PlacedLabel } from '../render/label-placement';

/** The overview's stage at 1280×800 (legend and panel beside it), sigma's padding, and label metrics. */
const STAGE = { width: 800, height: 750, padding: 40 };
/** Names are estimated at 7 px a character in Node (no canvas): a 13 px system-ui font averages about that. */
const CHAR_WIDTH = 7;
const LINE_HEIGHT = 17;
/** sigma's labelRenderedSizeThreshold: smaller discs get no name in the overview. */
const LABEL_THRESHOLD = 6;

/** The layout's two numbers. */
export interface LayoutQuality {
  edgeToPairRatio: number;
  overviewLabels: { placed: number; candidates: number };
}

/**
 * Measures `positions` of `graph`; `radius` is a node's disc radius in pixels at zoom 1 and
 * `byImportance` the order in which names are placed.
 */
export function layoutQuality(graph: Graph, positions: Record<string, { x: number; y: number }>, radius: (node: string) => number,
  byImportance: readonly string[]): LayoutQuality {
  const nodes = graph.nodes();
  const xs = nodes.map((n) => positions[n].x);
  const ys = nodes.map((n) => positions[n].y);
  let pairs = 0;
  let count = 0;
  // Every pair up to a few thousand nodes; above, every pair of a regular sample (still deterministic).
  const stride = Math.max(1, Math.ceil(nodes.length / 2000));
  for (let i = 0; i < nodes.length; i += stride) {
    for (let j = i + stride; j < nodes.length; j += stride) {
      pairs += Math.hypot(xs[i] - xs[j], ys[i] - ys[j]);
      count++;
    }
  }
  let edges = 0;
  graph.forEachEdge((_e, _a, s, t) => { edges += Math.hypot(positions[s].x - positions[t].x, positions[s].y - positions[t].y); });
  const edgeToPairRatio = count > 0 && graph.size > 0 && pairs > 0 ? edges / graph.size / (pairs / count) : 0;

  // The overview as sigma frames it: the graph fitted into the stage, y up.
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const { width, height, padding } = STAGE;
  const k = Math.min((width - 2 * padding) / Math.max(maxX - minX, 1e-9), (height - 2 * padding) / Math.max(maxY - minY, 1e-9));
  const grid = new PlacementGrid();
  grid.reset(width, height);
  const candidates: LabelCandidate[] = [];
  for (const node of byImportance) {
    if (!positions[node]) continue;
    const x = width / 2 + (positions[node].x - (minX + maxX) / 2) * k;
    const y = height / 2 - (positions[node].y - (minY + maxY) / 2) * k;
    const r = radius(node);
    grid.addDisc(node, x, y, r);
    const label = String(graph.getNodeAttribute(node, 'label') ?? '');
    if (r >= LABEL_THRESHOLD) candidates.push({ node, x, y, r, width: CHAR_WIDTH * label.length + 5, height: LINE_HEIGHT });
  }
  const placed = placeLabels(grid, candidates, candidates.length, { width, height }, [] as PlacedLabel[]);
  return { edgeToPairRatio, overviewLabels: { placed, candidates: candidates.length } };
}
