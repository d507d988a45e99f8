// Shortest connection between two nodes over the visible relations, read in either direction:
// fewest hops, then most certain; deterministic (ties broken by id).
import type { Graph } from '../model/graph-type';
import { CONFIDENCE_LEVELS } from '../model/vocabulary';

export interface Path {
  from: string;
  to: string;
  /** Nodes in order, from `from` to `to`. */
  nodes: string[];
  /** One relation per hop: edges[i] joins nodes[i] and nodes[i + 1]. */
  edges: string[];
}

/** The strongest relation between two adjacent nodes: most certain first, then earliest, then id. */
function bestEdge(graph: Graph, a: string, b: string, include: (edge: string) => boolean): string | null {
  const candidates = [...graph.edges(a, b), ...graph.edges(b, a)].filter(include);
  if (candidates.length === 0) return null;
  const rank = (e: string) => CONFIDENCE_LEVELS.indexOf(graph.getEdgeAttribute(e, 'confidence'));
  const year = (e: string) => {
    const y = graph.getEdgeAttribute(e, 'years');
    return y.start?.year ?? y.end?.year ?? 9999;
  };
  return candidates.sort((x, y) => rank(x) - rank(y) || year(x) - year(y) || x.localeCompare(y))[0];
}

/** Extra cost of a hop by its best relation's confidence: small enough that fewer hops always win. */
const PENALTY: Record<string, number> = { certain: 0, likely: 0.01, possible: 0.05 };

/**
 * Finds a shortest path from `from` to `to` using only relations for which `include` is true:
 * fewest hops first, then the most certain relations (Dijkstra with a tiny confidence penalty).
 * Returns null when the nodes are unknown or not connected; a path of one node when they are equal.
 */
export function shortestPath(graph: Graph, from: string, to: string, include: (edge: string) => boolean = () => true): Path | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { from, to, nodes: [from], edges: [] };
  const cost = new Map<string, number>([[from, 0]]);
  const previous = new Map<string, { node: string; edge: string }>();
  const done = new Set<string>();
  for (;;) {
    // The graph is small (hundreds of nodes): a linear scan for the cheapest open node is enough.
    let current: string | null = null;
    for (const [node, c] of cost) {
      if (done.has(node)) continue;
      if (current === null || c < cost.get(current)! || (c === cost.get(current)! && node < current)) current = node;
    }
    if (current === null) return null;
    if (current === to) break;
    done.add(current);
    const neighbours = new Set<string>();
    graph.forEachEdge(current, (edge, _a, s, t) => {
      if (include(edge)) neighbours.add(s === current ? t : s);
    });
    for (const neighbour of [...neighbours].sort()) {
      if (done.has(neighbour)) continue;
      const edge = bestEdge(graph, current, neighbour, include)!;
      const next = cost.get(current)! + 1 + PENALTY[graph.getEdgeAttribute(edge, 'confidence')];
      if (next < (cost.get(neighbour) ?? Infinity) - 1e-9) {
        cost.set(neighbour, next);
        previous.set(neighbour, { node: current, edge });
      }
    }
  }
  const nodes = [to];
  const edges: string[] = [];
  while (nodes[0] !== from) {
    const step = previous.get(nodes[0])!;
    edges.unshift(step.edge);
    nodes.unshift(step.node);
  }
  return { from, to, nodes, edges };
}
