// sigma reducers: the only place that decides what is drawn (colour, size, fading, hiding).
// Installed once; each call reads the current display snapshot. sigma hands the reducer its own
// shallow copy of the attributes, so the reducer fills that copy in place and allocates nothing.
// Nothing here writes into the data graph (sigma.js' nodeReducer/edgeReducer pattern).
import type { NodeDisplayData } from 'sigma/types';
import type { Graph } from '../model/graph-type';
import { relationOf, vocabularyOf } from '../model/graph-vocabulary';
import { fadingHover, type DisplaySnapshot } from './display';
import type { AtlasEdgeData } from './edge-programs';
import { MIN_NODE_SIZE } from '../layout/node-size-range';
import { PERIOD_STATUSES, type PeriodStatus } from '../analysis/period-diff';
import { FADED_EDGE, FADED_NODE, paletteOf, PERIOD_COLORS, PERIOD_EDGE_COLORS, ringsFor, type NodeRings } from './palette';

type NodeData = Partial<NodeDisplayData> & { outerSize?: number; outerColor?: string; innerSize?: number; innerColor?: string };
type EdgeData = Partial<AtlasEdgeData>;

/** Faded nodes keep their shape (ring widths, a work's hollow centre) but every ring turns pale. */
function paled(rings: NodeRings): NodeRings {
  return { ...rings, outer: { ...rings.outer, color: FADED_NODE }, inner: { ...rings.inner, color: FADED_NODE } };
}

/** Edge program names (see sigma-settings.ts): straight or bent; the arrowhead is `arrow`. */
export function edgeType(curved: boolean): 'line' | 'curved' {
  return curved ? 'curved' : 'line';
}

/**
 * Builds the node and edge reducers of one graph: `current` returns the snapshot to draw, and
 * `curvature` the bends of parallel relations (empty while the curve programs are not loaded).
 */
export function createReducers(graph: Graph, current: () => DisplaySnapshot, curvature: () => Map<string, number>) {
  const vocabulary = vocabularyOf(graph);
  const palette = paletteOf(vocabulary);
  // Rings per kind, and per colour a file gives its nodes, built once (never per frame).
  const ringCache = new Map<string, Map<string, { rings: NodeRings; faded: NodeRings; periods: Record<PeriodStatus, NodeRings> }>>();
  const ringsOf = (kind: string, color: string | undefined) => {
    let byColor = ringCache.get(kind);
    if (!byColor) ringCache.set(kind, (byColor = new Map()));
    let found = byColor.get(color ?? '');
    if (!found) {
      const entry = palette.kind(kind);
      const rings = color ? ringsFor(entry.ring, color) : entry.rings;
      const periods = Object.fromEntries(PERIOD_STATUSES.map((status) => [status, ringsFor(entry.ring, PERIOD_COLORS[status])])) as Record<PeriodStatus, NodeRings>;
      byColor.set(color ?? '', (found = { rings, faded: paled(ringsFor(entry.ring, FADED_NODE)), periods }));
    }
    return found;
  };
  const labels = new Map(vocabulary.relations.map((r) => [r.key, r.label]));
  const nodeReducer = (node: string, data: Record<string, unknown>): NodeData => {
    const out = data as NodeData;
    const s = current();
    if (!s.visibility.nodes.has(node)) {
      out.hidden = true;
      return out;
    }
    const attributes = graph.getNodeAttributes(node);
    const faded = s.kept !== null ? !s.kept.has(node) : s.background?.has(node) === true;
    const inFocus = s.kept !== null && !faded;
    // In Focus the centre's own neighbours always ask for their names (placed after the centre's).
    const ring = s.rings?.get(node);
    const pointedAt = s.hoveredRelation !== null && (graph.source(s.hoveredRelation) === node || graph.target(s.hoveredRelation) === node);
    const status = s.periods?.nodes.get(node);
    const style = ringsOf(attributes.kind, attributes.color);
    // Comparing periods: each kind keeps its rings, coloured by how the node fared.
    const rings = faded ? style.faded : status ? style.periods[status] : style.rings;
    if (faded) out.label = null;
    else if (s.names) {
      // The name in force for the years shown ("All-Union Communist Party (Bolsheviks)" in 1937).
      const name = s.names.get(node);
      if (name !== undefined) out.label = name;
    }
    out.size = s.sizes.get(node) ?? MIN_NODE_SIZE;
    out.color = rings.fill;
    out.outerSize = rings.outer.size;
    out.outerColor = rings.outer.color;
    out.innerSize = rings.inner.size;
    out.innerColor = rings.inner.color;
    out.zIndex = inFocus || pointedAt ? 2 : faded ? 0 : 1;
    out.forceLabel = inFocus || (!faded && ring !== undefined && ring <= 1);
    out.highlighted = node === s.selectedNode || node === s.hovered || pointedAt;
    return out;
  };

  const edgeReducer = (edge: string, data: Record<string, unknown>): EdgeData => {
    const out = data as EdgeData;
    const s = current();
    if (!s.visibility.edges.has(edge)) {
      out.hidden = true;
      return out;
    }
    const attributes = graph.getEdgeAttributes(edge);
    const relation = attributes.relation;
    const { spotlight, pathEdges } = s;
    // A quiet hover (large graphs) lights the hovered node's relations and changes nothing else.
    const hovered = fadingHover(s);
    const lit = s.hoverEdges !== null && s.hoverEdges.has(edge);
    const incident = spotlight ? graph.source(edge) === spotlight || graph.target(edge) === spotlight : true;
    const selected = edge === s.selectedEdge || edge === s.hoveredRelation;
    const onPath = !spotlight && pathEdges !== null && pathEdges.has(edge);
    // In Focus the centre's relations are its spokes; those between its neighbours stay in the background.
    const rings = s.rings;
    const centre = rings !== null && (rings.get(graph.source(edge)) === 0 || rings.get(graph.target(edge)) === 0);
    // A tour step's claims are drawn strong and named, whatever else is lit (a hover lights its own on top).
    const claimed = s.claimEdges !== null && s.claimEdges.has(edge);
    const faded = !claimed && !lit && (spotlight ? !incident : pathEdges ? !onPath : s.selectedEdge ? !selected : rings !== null && !centre);
    // On a large graph (quietHover) a faded relation is not drawn at all: among 40k relations the
    // faded ones are a grey haze, and leaving them out is what lets a selection draw in a moment
    // with software WebGL (only the lit relations are indexed and drawn).
    const bend = curvature().get(edge) ?? 0;
    if (faded && s.quietHover) {
      // Its program stays the one it is drawn with when lit, so a quiet hover's partial repaint
      // (sigma's skipIndexation) writes it where it was indexed.
      out.type = edgeType(bend !== 0);
      out.hidden = true;
      return out;
    }
    const strong = selected || onPath || (claimed && hovered === null);
    const labelled = strong || (s.selectedNode !== null && incident && hovered === null && pathEdges === null && (s.rings === null || centre));
    out.type = edgeType(bend !== 0);
    out.arrow = attributes.directed;
    out.curvature = bend;
    const status = s.periods?.edges.get(edge);
    out.color = faded ? FADED_EDGE : status ? PERIOD_EDGE_COLORS[status] : attributes.color ?? palette.relation(relation);
    out.size = strong ? 4 : (spotlight && incident) || lit ? 2 : 1;
    out.zIndex = strong || (spotlight && incident) || lit ? 2 : faded ? 0 : 1;
    out.label = labelled ? labels.get(relation) ?? relationOf(vocabulary, relation).label : null;
    out.forceLabel = strong;
    return out;
  };
  return { nodeReducer, edgeReducer };
}
