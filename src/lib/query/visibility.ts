// Applies filters to the graph: which nodes and relations are visible (dataset → filtered view).
import type { Graph } from '../model/graph-type';
import { edgeVisible, isDefaultFilters, nodeVisible, type Filters } from './filters';
import type { ProvenanceIndex } from './provenance';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * A relation is visible when it passes the filters and both its ends are visible. Inside a year
 * window, a node must also take part in a visible relation: being alive in 1938 is not enough
 * to belong to the network of 1938. The provenance lens reads the evidence (`provenance`, null
 * until the texts load: the lens then waits and hides nothing).
 */
export function computeVisibility(graph: Graph, filters: Filters, provenance: ProvenanceIndex | null = null): Visibility {
  // Nothing filtered (the first frame, mostly): everything is visible, no predicate to run.
  if (isDefaultFilters(filters)) return { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
  const candidates = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (nodeVisible(attrs, filters)) candidates.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (candidates.has(source) && candidates.has(target) && edgeVisible(attrs, filters, { key: edge, provenance })) edges.add(edge);
  });
  if (!filters.years) return { nodes: candidates, edges };
  const nodes = new Set<string>();
  for (const edge of edges) {
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  return { nodes, edges };
}

/**
 * What Focus shows: the nodes of the rings around its centre (see analysis/neighbourhood.ts) and
 * the visible relations between them.
 */
export function focusVisibility(graph: Graph, visibility: Visibility, rings: ReadonlyMap<string, number>): Visibility {
  const nodes = new Set<string>();
  for (const node of rings.keys()) if (visibility.nodes.has(node)) nodes.add(node);
  const edges = new Set<string>();
  for (const edge of visibility.edges) {
    if (nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))) edges.add(edge);
  }
  return { nodes, edges };
}
