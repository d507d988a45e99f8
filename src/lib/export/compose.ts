// Composes an exported picture from what the canvas shows: the nodes and relations as sigma draws
// them (colours, fading, sizes), re-framed for the chosen page and with labels placed afresh for
// it by the same placement pass as the live view (render/label-placement.ts), then the legend and
// caption band. Pure: scene.ts reads the renderer into a ViewSnapshot, the caller passes a text
// measure for the font the picture is written in.
import type { MetricKey } from '../analysis/metric-keys';
import { edgeLabelPlace } from '../render/edge-label-place';
import type { PlacedEdgeLabel } from '../render/label-layer';
import { OUTWARD_LEFT, OUTWARD_RIGHT, PlacementGrid, placeLabels, shortenToFit, type LabelCandidate, type PlacedLabel } from '../render/label-placement';
import { layoutFooter, type TextMeasure } from './footer';
import { legendFor } from './legend';
import { outerSize, type PagePreset } from './page';
import { radiusFromSamples, sizeKey } from './size-key';
import type { Scene, SceneEdge, SceneFont, SceneNode, SceneRegion } from './svg';

/** A node as sigma draws it now, in stage pixels. */
export interface ViewNode {
  id: string;
  x: number;
  y: number;
  /** Radius on screen. */
  r: number;
  color: string;
  /** Rings from the rim inward, widths as fractions of the radius (as @sigma/node-border draws them). */
  rings: { color: string; share: number }[];
  z: number;
  /** The name the node shows when its label is drawn (null when faded behind a focus). */
  label: string | null;
  kind: string;
  /** Selected or hovered: its name is drawn even where no place is free. */
  highlighted: boolean;
  /** In the focused neighbourhood: labelled whatever its size. */
  forceLabel: boolean;
  /** In Focus: the side its name is written on, outward from the oval. */
  side?: 'left' | 'right';
  /** The sizing metric's value and the radius it gives at zoom 1, for the size key. */
  metric: number;
  base: number;
}

/** A relation as sigma draws it now. */
export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  color: string;
  width: number;
  directed: boolean;
  curvature: number;
  relation: string;
  /** The relation's name when the view labels it (the selected node's relations, a shown path). */
  label: string | null;
}

/** What the canvas shows, read once (scene.ts); nodes and edges in sigma's drawing order. */
export interface ViewSnapshot {
  width: number;
  height: number;
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** The regions drawn behind the nodes, rings in stage pixels (none when the view draws none). */
  regions?: SceneRegion[];
  /** The labels the live placement drew, in stage pixels: nodes' (with the text drawn, a shortened name keeping its ellipsis), then relations'. */
  placed: readonly (PlacedLabel & { text?: string })[];
  placedEdges: readonly PlacedEdgeLabel[];
  /** Nodes in label priority order (display.ts's labelPriority). */
  order: readonly string[];
  /** Nodes drawn smaller than this get no label unless forced (sigma's labelRenderedSizeThreshold). */
  threshold: number;
  /** The fonts the live node and relation labels are drawn and measured in. */
  font: SceneFont;
  edgeFont: SceneFont;
  metric: MetricKey | null;
}

/** The choices of one export. */
export interface ComposeOptions {
  page: PagePreset;
  /** What is framed: the stage as it is, or every visible node. */
  area: 'view' | 'graph';
  background: string | null;
  caption: string[];
  /** Widths of text in the picture's font family. */
  measure: TextMeasure;
  /** The picture's font when it differs from the live one (PDF): labels are then measured and placed again. */
  font?: SceneFont;
}

/** The reducers' zIndex for a node faded behind a focus (reducers.ts): a name may pass over it. */
const FADED_Z = 0;
/** Room left around the framed nodes on a page, in layout px. */
const MARGIN = 16;
const LABEL_GAP = 3;
/** A label's box is 2 px taller than the text on each side, as in sigma's hover box (label-layer.ts). */
const LABEL_PADDING = 2;

/** A node to label, in page coordinates. */
export interface PlaceNode {
  id: string; x: number; y: number; r: number; z: number; label: string | null; highlighted: boolean; forceLabel: boolean;
  /** In Focus: the side the name is written on, outward from the oval (shortened there rather than moved). */
  side?: 'left' | 'right';
}
/** A relation to label, with its ends' centres and radii in page coordinates. */
export interface PlaceEdge { id: string; x1: number; y1: number; r1: number; x2: number; y2: number; r2: number; curvature: number; label: string | null }
/** A relation label as placed: its centre, angle and the width of its text box. */
export type EdgeLabel = { x: number; y: number; angle: number; width: number };

/**
 * Places labels on a map `width` × `height` as the live view does: every disc but the faded ones is
 * an obstacle, node labels go in priority order and a label that fits nowhere is left out; then
 * relation labels, where their text fits along the relation without crossing a node label.
 */
export function placeMapLabels(nodes: readonly PlaceNode[], order: readonly string[], width: number, height: number,
  font: SceneFont, measure: TextMeasure, threshold: number,
  edges: readonly PlaceEdge[] = [], edgeFont: SceneFont = font): { nodes: Map<string, PlacedLabel>; edges: Map<string, EdgeLabel> } {
  const grid = new PlacementGrid();
  grid.reset(width, height);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) if (n.z !== FADED_Z) grid.addDisc(n.id, n.x, n.y, n.r);
  const candidates: LabelCandidate[] = [];
  for (const id of order) {
    const n = byId.get(id);
    if (!n || !n.label || (!n.forceLabel && !n.highlighted && n.r < threshold)) continue;
    candidates.push({
      node: id, x: n.x, y: n.y, r: n.r, required: n.highlighted,
      width: Math.round(measure(n.label, font.size, font.weight) + 5), height: font.size + 2 * LABEL_PADDING,
      ...(n.side ? { anchors: n.side === 'left' ? OUTWARD_LEFT : OUTWARD_RIGHT, shorten: true } : {}),
    });
  }
  const out: PlacedLabel[] = [];
  const count = placeLabels(grid, candidates, candidates.length, { width, height }, out, LABEL_GAP);
  const edgeLabels = new Map<string, EdgeLabel>();
  for (const e of edges) {
    if (!e.label) continue;
    const w = measure(e.label, edgeFont.size, edgeFont.weight) + 4;
    const place = edgeLabelPlace(e.x1, e.y1, e.r1, e.x2, e.y2, e.r2, e.curvature, w, edgeFont.size + 2, LABEL_GAP);
    if (!place) continue;
    const { box } = place;
    if (!grid.isFree(`edge:${e.id}`, box.x, box.y, box.width, box.height)) continue;
    grid.addBox(`edge:${e.id}`, box.x, box.y, box.width, box.height);
    edgeLabels.set(e.id, { x: place.x, y: place.y, angle: place.angle, width: w });
  }
  return { nodes: new Map(out.slice(0, count).map((label) => [label.node, label])), edges: edgeLabels };
}

/** The frame to show, in stage pixels: the stage, or the box around every visible node. */
function frameOf(view: ViewSnapshot, area: 'view' | 'graph'): { x: number; y: number; width: number; height: number } {
  if (area === 'view' || !view.nodes.length) return { x: 0, y: 0, width: view.width, height: view.height };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of view.nodes) {
    x0 = Math.min(x0, n.x - n.r); y0 = Math.min(y0, n.y - n.r);
    x1 = Math.max(x1, n.x + n.r); y1 = Math.max(y1, n.y + n.r);
  }
  return { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
}

const inside = (x: number, y: number, r: number, w: number, h: number) => x + r > 0 && y + r > 0 && x - r < w && y - r < h;

/** The picture for a page: the framed view fitted to it, labels re-placed, legend and caption below. */
export function composeScene(view: ViewSnapshot, options: ComposeOptions): Scene {
  const { page, area } = options;
  const frame = frameOf(view, area);
  const asShown = !page.layout && area === 'view' && !options.font;
  const font = options.font ?? view.font;

  // The legend lists what the framed part of the view holds.
  const framed = view.nodes.filter((n) => inside(n.x - frame.x, n.y - frame.y, n.r, frame.width, frame.height));
  const framedIds = new Set(framed.map((n) => n.id));
  const relations = view.edges.filter((e) => framedIds.has(e.source) || framedIds.has(e.target)).map((e) => e.relation);

  const pageWidth = page.layout?.width ?? view.width;
  // Fit: the frame's scale onto the map; sigma grows node sizes with the square root of the zoom,
  // so a frame shown s times larger draws its nodes √s times larger, as sigma would.
  const fit = (mapWidth: number, mapHeight: number) => {
    if (!page.layout && area === 'view') return { s: 1, ox: 0, oy: 0 };
    const s = Math.max(1e-6, Math.min((mapWidth - 2 * MARGIN) / frame.width, (mapHeight - 2 * MARGIN) / frame.height));
    return { s, ox: (mapWidth - frame.width * s) / 2 - frame.x * s, oy: (mapHeight - frame.height * s) / 2 - frame.y * s };
  };
  // sigma's size scaling is linear: one node gives the ratio of drawn radius to radius at zoom 1.
  const sample = view.nodes.find((n) => n.base > 0);
  const perBase = sample ? sample.r / sample.base : 1;
  const legendWith = (k: number) => {
    const radius = radiusFromSamples(view.nodes.map((n) => [n.metric, n.base] as const));
    const key = view.metric ? sizeKey(view.nodes.map((n) => n.metric), (v) => radius(v) * perBase * k) : [];
    return legendFor(framed.map((n) => n.kind), relations, view.metric, key, view.regions ?? []);
  };
  // The footer's height depends on the key's disc sizes, which follow the fit, which depends on the
  // room the footer leaves: lay it out for a first fit, fit again, and draw nodes and key with the
  // same size factor (a change of a few pixels of height moves nodes, never the key's truth).
  const pageHeight = page.layout?.height ?? view.height;
  const layout = (k: number) => layoutFooter({ width: pageWidth, legend: legendWith(k), caption: options.caption, measure: options.measure, bold: font.bold !== false });
  const mapWidth = pageWidth;
  const mapFor = (footerHeight: number) => (page.layout ? Math.max(1, pageHeight - footerHeight) : view.height);
  const estimate = layout(Math.sqrt(fit(pageWidth, mapFor(0)).s));
  const k = Math.sqrt(fit(mapWidth, mapFor(estimate.height)).s);
  const footer = layout(k);
  const mapHeight = mapFor(footer.height);
  const { s, ox, oy } = fit(mapWidth, mapHeight);
  // Focus lays its names out on rows one label apart: on a page that shows it smaller, the names
  // shrink with it, so that each row keeps its name.
  const inFocus = view.nodes.some((n) => n.side);
  const labelFont = inFocus && s < 1 ? { ...font, size: Math.round(font.size * s * 10) / 10 } : font;
  const position = new Map<string, { x: number; y: number; r: number }>();
  for (const n of view.nodes) position.set(n.id, { x: ox + n.x * s, y: oy + n.y * s, r: n.r * k });
  const shown = view.nodes.filter((n) => { const p = position.get(n.id)!; return inside(p.x, p.y, p.r, mapWidth, mapHeight); });

  // Placed afresh, relation labels are set in the picture's family (the one `measure` measures).
  const edgeFont = asShown ? view.edgeFont : { ...view.edgeFont, family: font.family, weight: font.bold === false ? 'normal' : view.edgeFont.weight };
  let labels: ReturnType<typeof placeMapLabels>;
  if (asShown) {
    labels = {
      nodes: new Map(view.placed.map((l) => [l.node, l])),
      edges: new Map(view.placedEdges.map((l) => [l.edge, { x: l.x, y: l.y, angle: l.angle, width: l.width }])),
    };
  } else {
    const places = shown.map((n) => ({ ...n, ...position.get(n.id)! }));
    const edges = view.edges.flatMap((e) => {
      const a = position.get(e.source);
      const b = position.get(e.target);
      return a && b && e.label ? [{ id: e.id, x1: a.x, y1: a.y, r1: a.r, x2: b.x, y2: b.y, r2: b.r, curvature: e.curvature, label: e.label }] : [];
    });
    labels = placeMapLabels(places, view.order, mapWidth, mapHeight, labelFont, options.measure, view.threshold, edges, edgeFont);
  }

  const nodes: SceneNode[] = shown.map((n) => {
    const p = position.get(n.id)!;
    const label = labels.nodes.get(n.id);
    return {
      id: n.id, x: p.x, y: p.y, size: p.r, color: n.color, kind: n.kind,
      border: n.rings.map((ring) => ({ color: ring.color, width: ring.share * p.r })),
      // As on screen, a name shortened to fit its box keeps its ellipsis; placed afresh, it is shortened for its new box.
      label: !label || !n.label ? null : asShown ? ((label as { text?: string }).text ?? n.label)
        : label.shortened ? shortenToFit(n.label, label.width - 5, (t) => options.measure(t, labelFont.size, labelFont.weight)) : n.label,
      labelAt: label?.anchor ?? 'right',
      box: label ? { x: label.x, y: label.y, width: label.width, height: label.height } : undefined,
    };
  });
  const edges: SceneEdge[] = [];
  for (const e of view.edges) {
    const a = position.get(e.source);
    const b = position.get(e.target);
    if (!a || !b) continue;
    // Relations that cross the map from or to a node off the page are kept (the map clips them).
    if (Math.max(a.x, b.x) < 0 || Math.max(a.y, b.y) < 0 || Math.min(a.x, b.x) > mapWidth || Math.min(a.y, b.y) > mapHeight) continue;
    edges.push({
      id: e.id, x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: e.color, width: Math.max(1, e.width * (asShown ? 1 : k)),
      directed: e.directed, curvature: e.curvature, relation: e.relation,
      label: e.label && labels.edges.has(e.id) ? { text: e.label, ...labels.edges.get(e.id)! } : undefined,
    });
  }
  // Regions move with the map: the same fit as the nodes.
  const regions = (view.regions ?? []).map((region) => ({
    ...region, rings: region.rings.map((ring) => ring.map((v, i) => (i % 2 === 0 ? ox + v * s : oy + v * s))),
  }));
  return {
    width: mapWidth, height: mapHeight, background: options.background, nodes, edges, regions, caption: options.caption, font: labelFont, edgeFont, footer,
    outer: outerSize(page, mapWidth, mapHeight + footer.height),
  };
}
