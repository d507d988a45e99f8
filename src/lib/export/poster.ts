// Small multiples: one poster of the network decade by decade (1910s … 1980s). Every panel draws
// the same global positions, framed alike, so a node stays in its place from panel to panel; each
// shows what the year window of its decade shows (the other filters kept), styled by the same
// reducers as the canvas, with its own labels placed by the same pass.
import type { MetricKey } from '../analysis/metric-keys';
import type { Graph } from '../model/graph-type';
import type { Filters } from '../query/filters';
import type { ProvenanceIndex } from '../query/provenance';
import { namesInForce } from '../query/names';
import { computeVisibility } from '../query/visibility';
import { displaySnapshot } from '../render/display';
import { createReducers } from '../render/reducers';
import { placeMapLabels, type PlaceNode } from './compose';
import { DECADES, decadeName } from './decades';
import { layoutFooter, type TextMeasure } from './footer';
import { legendFor } from './legend';
import { radiusFromSamples, sizeKey } from './size-key';
import type { Scene, SceneEdge, SceneFont, SceneNode, ScenePanel } from './svg';


/** What a poster is made from. */
export interface PosterInput {
  graph: Graph;
  filters: Filters;
  /** The evidence the provenance lens reads (null: the lens hides nothing). */
  provenance?: ProvenanceIndex | null;
  /** Radius per node at zoom 1 for the chosen metric (node-sizes.ts). */
  sizes: Map<string, number>;
  metric: MetricKey;
  curvature: Map<string, number>;
  /** Nodes by importance: whose labels are placed first. */
  order: readonly string[];
  /** Layout size of the page, in CSS px. */
  width: number;
  height: number;
  font: SceneFont;
  measure: TextMeasure;
  threshold: number;
  caption: string[];
  background: string | null;
  outer?: Scene['outer'];
}

const GAP = 10;
const TITLE_HEIGHT = 42;
const PADDING = 8;
/** sigma at zoom 1 frames the whole graph in the stage (1280 × 800 less its 40 px padding): the scale node sizes refer to. */
const REFERENCE_STAGE = { width: 1280 - 80, height: 800 - 80 };

/** The columns × rows that give `count` panels of a page the largest map of a `aspect` (w / h) frame. */
export function gridFor(count: number, width: number, height: number, aspect: number): { cols: number; rows: number } {
  let best = { cols: count, rows: 1, scale: 0 };
  for (let cols = 1; cols <= count; cols++) {
    const rows = Math.ceil(count / cols);
    const w = (width - GAP * (cols - 1)) / cols - 2 * PADDING;
    const h = (height - GAP * (rows - 1)) / rows - TITLE_HEIGHT - PADDING;
    const scale = w > 0 && h > 0 ? Math.min(w / aspect, h) : 0;
    if (scale > best.scale) best = { cols, rows, scale };
  }
  return { cols: best.cols, rows: best.rows };
}

/** The poster as a scene: one panel per decade, then the legend and caption. */
export function posterScene(input: PosterInput): Scene {
  const { graph } = input;
  const decades = DECADES.map((years) => {
    const visibility = computeVisibility(graph, { ...input.filters, years }, input.provenance ?? null);
    // Each decade names its nodes as they were named then.
    const names = namesInForce(graph, years);
    const snapshot = displaySnapshot(graph, { visibility, hovered: null, selectedNode: null, selectedEdge: null, path: null, sizes: input.sizes, rings: null, hoveredRelation: null, names });
    const reducers = createReducers(graph, () => snapshot, () => input.curvature);
    return { years, visibility, reducers };
  });

  // One frame for every panel: the box around every node that appears in any decade.
  const everyNode = new Set(decades.flatMap((d) => [...d.visibility.nodes]));
  const everyEdge = new Set(decades.flatMap((d) => [...d.visibility.edges]));
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const node of everyNode) {
    const { x, y } = graph.getNodeAttributes(node);
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  if (!everyNode.size) { x0 = 0; x1 = 1; y0 = 0; y1 = 1; }
  const frame = { width: Math.max(1e-6, x1 - x0), height: Math.max(1e-6, y1 - y0) };

  // Node sizes follow sigma's rule (√ of the zoom) against the overview sigma shows at zoom 1.
  const reference = Math.min(REFERENCE_STAGE.width / frame.width, REFERENCE_STAGE.height / frame.height);
  const layout = (k: number) => {
    const radius = radiusFromSamples([...everyNode].map((n) => [graph.getNodeAttribute(n, input.metric), input.sizes.get(n) ?? 0] as const));
    const key = sizeKey([...everyNode].map((n) => graph.getNodeAttribute(n, input.metric)), (v) => radius(v) * k);
    const legend = legendFor([...everyNode].map((n) => graph.getNodeAttribute(n, 'kind')), [...everyEdge].map((e) => graph.getEdgeAttribute(e, 'relation')), input.metric, key);
    return layoutFooter({ width: input.width, legend, caption: input.caption, measure: input.measure, bold: input.font.bold !== false });
  };
  const fitFor = (footerHeight: number) => {
    const mapHeight = Math.max(1, input.height - footerHeight);
    const grid = gridFor(DECADES.length, input.width, mapHeight, frame.width / frame.height);
    const cellWidth = (input.width - GAP * (grid.cols - 1)) / grid.cols;
    const cellHeight = (mapHeight - GAP * (grid.rows - 1)) / grid.rows;
    const mapW = cellWidth - 2 * PADDING;
    const mapH = cellHeight - TITLE_HEIGHT - PADDING;
    const s = Math.max(1e-6, Math.min(mapW / frame.width, mapH / frame.height));
    return { grid, cellWidth, cellHeight, mapHeight, s, k: Math.min(1, Math.sqrt(s / reference)) };
  };
  // As in compose.ts: a first layout, then nodes and key drawn with one size factor.
  const k = fitFor(layout(fitFor(0).k).height).k;
  const footer = layout(k);
  const { grid, cellWidth, cellHeight, mapHeight, s } = fitFor(footer.height);
  const mapWidth = cellWidth;
  const mapInner = cellHeight - TITLE_HEIGHT;
  // Graph y grows upwards, as sigma draws it; the map's y grows downwards.
  const ox = (mapWidth - frame.width * s) / 2;
  const oy = (mapInner - frame.height * s) / 2;
  const at = (node: string) => {
    const { x, y } = graph.getNodeAttributes(node);
    return { x: ox + (x - x0) * s, y: oy + (y1 - y) * s };
  };

  const panels: ScenePanel[] = decades.map(({ years, visibility, reducers }, i) => {
    const col = i % grid.cols;
    const row = Math.floor(i / grid.cols);
    const drawn: (PlaceNode & { color: string; rings: { color: string; share: number }[]; kind: string })[] = [];
    graph.forEachNode((node, attributes) => {
      if (!visibility.nodes.has(node)) return;
      const data = reducers.nodeReducer(node, { ...attributes });
      const p = at(node);
      const r = (data.size ?? 0) * k;
      const rings: { color: string; share: number }[] = [];
      if (data.outerSize) rings.push({ color: data.outerColor ?? data.color ?? '#999', share: data.outerSize });
      if (data.innerSize) rings.push({ color: data.innerColor ?? data.color ?? '#999', share: data.innerSize });
      drawn.push({
        id: node, x: p.x, y: p.y, r, z: data.zIndex ?? 1, label: typeof data.label === 'string' ? data.label : null,
        highlighted: false, forceLabel: false, color: data.color ?? '#999', rings, kind: String(attributes.kind),
      });
    });
    // The nodes the overview at zoom 1 labels are candidates (sigma's size threshold, scaled alike).
    const labels = placeMapLabels(drawn, input.order, mapWidth, mapInner, input.font, input.measure, input.threshold * k);
    const nodes: SceneNode[] = drawn.map((n) => {
      const label = labels.nodes.get(n.id);
      return {
        id: n.id, x: n.x, y: n.y, size: n.r, color: n.color, kind: n.kind, border: n.rings.map((ring) => ({ color: ring.color, width: ring.share * n.r })),
        label: label ? n.label : null, labelAt: label?.anchor, box: label ? { x: label.x, y: label.y, width: label.width, height: label.height } : undefined,
      };
    });
    const edges: SceneEdge[] = [];
    graph.forEachEdge((edge, attributes, source, target) => {
      if (!visibility.edges.has(edge)) return;
      const data = reducers.edgeReducer(edge, { ...attributes });
      const a = at(source);
      const b = at(target);
      edges.push({
        id: edge, x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: data.color ?? '#999', width: Math.max(0.75, (data.size ?? 1) * k),
        directed: data.arrow === true, curvature: data.curvature ?? 0, relation: String(attributes.relation),
      });
    });
    return {
      x: col * (cellWidth + GAP), y: row * (cellHeight + GAP), width: cellWidth, height: cellHeight, mapTop: TITLE_HEIGHT,
      title: decadeName(years), subtitle: `${visibility.nodes.size} nodes · ${visibility.edges.size} relations`, nodes, edges,
    };
  });
  return {
    width: input.width, height: mapHeight, background: input.background, nodes: [], edges: [], caption: input.caption,
    font: input.font, panels, footer, outer: input.outer,
  };
}
