// sigma reducers: the only place that decides what is drawn (colour, size, fading, hiding).
// Nothing here writes into the data graph (sigma.js' nodeReducer/edgeReducer pattern).
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { MetricKey } from '../analysis/metrics';
import type { Path } from '../analysis/paths';
import { MAX_NODE_SIZE, MIN_NODE_SIZE, nodeRadius } from '../layout/node-size';
import type { Graph } from '../model/graph-type';
import { RELATIONS } from '../model/vocabulary';
import { FADED_EDGE, FADED_NODE, FAMILY_COLORS, KIND_COLORS, ringsFor } from './palette';

/** What the reducers need to know about the current view. */
export interface DisplayState {
  visibleNodes: Set<string>;
  visibleEdges: Set<string>;
  hovered: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  size: MetricKey;
  /** Curvature per edge where two nodes share several relations (0 or absent = straight). */
  curvature: Map<string, number>;
  /** A connection being shown: its nodes and relations stay, the rest fades. */
  path?: Path | null;
}

export { MAX_NODE_SIZE, MIN_NODE_SIZE };

/** Maps each node's metric to a display radius (square-root scale, so area tracks the metric). */
export function nodeSizes(graph: Graph, metric: MetricKey): Map<string, number> {
  let max = 0;
  graph.forEachNode((_n, a) => { max = Math.max(max, a[metric]); });
  const sizes = new Map<string, number>();
  graph.forEachNode((n, a) => {
    sizes.set(n, nodeRadius(a[metric], max));
  });
  return sizes;
}

/** Spreads parallel relations between the same two nodes into distinct curves. */
export function parallelCurvatures(graph: Graph): Map<string, number> {
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _a, s, t) => {
    const key = s < t ? `${s}\0${t}` : `${t}\0${s}`;
    if (!byPair.has(key)) byPair.set(key, []);
    byPair.get(key)!.push(edge);
  });
  const curvature = new Map<string, number>();
  for (const [key, edges] of byPair) {
    if (edges.length < 2) continue;
    const low = key.split('\0')[0];
    edges.forEach((edge, i) => {
      const c = (i - (edges.length - 1) / 2) * 0.35 || 0.12 * (i % 2 ? -1 : 1);
      // Curvature is relative to the edge's own direction: flip reversed edges so curves fan out.
      curvature.set(edge, graph.source(edge) === low ? c : -c);
    });
  }
  return curvature;
}

/** Neighbourhood kept in focus while a node is hovered or selected. */
function focusSet(graph: Graph, focus: string | null, visibleEdges: Set<string>): Set<string> | null {
  if (!focus || !graph.hasNode(focus)) return null;
  const keep = new Set([focus]);
  graph.forEachEdge(focus, (edge, _a, s, t) => {
    if (visibleEdges.has(edge)) keep.add(s === focus ? t : s);
  });
  return keep;
}

/** Builds the node and edge reducers for one display state. */
export function createReducers(graph: Graph, state: DisplayState, sizes: Map<string, number>) {
  const pathNodes = state.path && state.path.nodes.length > 1 ? new Set(state.path.nodes) : null;
  const pathEdges = pathNodes ? new Set(state.path!.edges) : null;
  // Hover wins over a shown path, which wins over the plain selection.
  const focus = state.hovered ?? (pathNodes ? null : state.selectedNode);
  const keep = focusSet(graph, focus, state.visibleEdges) ?? pathNodes;
  const edgeFocus = state.selectedEdge && graph.hasEdge(state.selectedEdge)
    ? new Set(graph.extremities(state.selectedEdge)) : null;
  const kept = keep ?? edgeFocus;

  const nodeReducer = (node: string, data: Record<string, unknown>): Partial<NodeDisplayData> & Record<string, unknown> => {
    const attrs = graph.getNodeAttributes(node);
    if (!state.visibleNodes.has(node)) return { ...data, hidden: true };
    const faded = kept ? !kept.has(node) : false;
    const inFocus = kept ? kept.has(node) : false;
    const color = faded ? FADED_NODE : KIND_COLORS[attrs.kind];
    const rings = ringsFor(attrs.kind, color);
    return {
      ...data,
      label: faded ? null : attrs.label,
      size: sizes.get(node) ?? MIN_NODE_SIZE,
      color: rings.fill,
      outerSize: rings.outer.size,
      outerColor: faded ? FADED_NODE : rings.outer.color,
      innerSize: rings.inner.size,
      innerColor: faded ? FADED_NODE : rings.inner.color,
      zIndex: inFocus ? 2 : faded ? 0 : 1,
      forceLabel: inFocus,
      highlighted: node === state.selectedNode || node === state.hovered,
    };
  };

  const edgeReducer = (edge: string, data: Record<string, unknown>): Partial<EdgeDisplayData> & Record<string, unknown> => {
    if (!state.visibleEdges.has(edge)) return { ...data, hidden: true };
    const attrs = graph.getEdgeAttributes(edge);
    const [s, t] = graph.extremities(edge);
    const incident = focus ? s === focus || t === focus : true;
    const selected = edge === state.selectedEdge;
    const onPath = !focus && !!pathEdges?.has(edge);
    const faded = focus ? !incident : pathEdges ? !onPath : state.selectedEdge ? !selected : false;
    const strong = selected || onPath;
    const curvature = state.curvature.get(edge) ?? 0;
    const directed = RELATIONS[attrs.relation].directed;
    const type = curvature ? (directed ? 'curvedArrow' : 'curved') : directed ? 'arrow' : 'line';
    const labelled = strong || (state.selectedNode && incident && !state.hovered && !pathEdges);
    return {
      ...data,
      type,
      curvature,
      color: faded ? FADED_EDGE : FAMILY_COLORS[RELATIONS[attrs.relation].family],
      size: strong ? 4 : focus && incident ? 2 : 1,
      zIndex: strong || (focus && incident) ? 2 : faded ? 0 : 1,
      label: labelled ? RELATIONS[attrs.relation].label : null,
      forceLabel: strong,
    };
  };
  return { nodeReducer, edgeReducer };
}
