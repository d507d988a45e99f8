// Applies filters to the graph: which nodes and relations are visible (dataset → filtered view).
import type { Graph } from '../model/graph-type';
import { edgeVisible, nodeVisible, type Filters } from './filters';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** A relation is visible when it passes the filters and both its ends are visible. */
export function computeVisibility(graph: Graph, filters: Filters): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (nodeVisible(attrs, filters)) nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target) && edgeVisible(attrs, filters)) edges.add(edge);
  });
  return { nodes, edges };
}
