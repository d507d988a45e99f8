// The chain search as it was first written (Dijkstra and Yen over graphology calls): kept as the oracle the
// typed-array search in src/lib/analysis/paths.ts is compared with, on seeded random networks.
import type { Graph } from '../../../src/lib/model/graph-type';
import { CONFIDENCE_LEVELS } from '../../../src/lib/model/vocabulary';

import type { Path } from '../../../src/lib/analysis/paths';

/** Whether relation `a` is stronger than `b` between the same two nodes: more certain, then earlier, then by id. */
function betterEdge(graph: Graph, a: string, b: string): boolean {
  const rank = (e: string) => CONFIDENCE_LEVELS.indexOf(graph.getEdgeAttribute(e, 'confidence') ?? 'certain');
  const year = (e: string) => {
    const y = graph.getEdgeAttribute(e, 'years');
    return y.start?.year ?? y.end?.year ?? 9999;
  };
  const order = rank(a) - rank(b) || year(a) - year(b);
  return order !== 0 ? order < 0 : a < b;
}

/** Extra cost of a hop by its best relation's confidence: small enough that fewer hops always win. */
const PENALTY: Record<string, number> = { certain: 0, likely: 0.01, possible: 0.05 };

/**
 * Finds a shortest path from `from` to `to` using only relations for which `include` is true:
 * fewest hops first, then the most certain relations (Dijkstra with a tiny confidence penalty).
 * Returns null when the nodes are unknown or not connected; a path of one node when they are equal.
 */
export function referencePath(graph: Graph, from: string, to: string, include: (edge: string) => boolean = () => true): Path | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { from, to, nodes: [from], edges: [] };
  const cost = new Map<string, number>([[from, 0]]);
  const previous = new Map<string, { node: string; edge: string }>();
  const done = new Set<string>();
  // A binary heap of [cost, node]: ties go to the smaller id, so the answer is stable.
  const heap: [number, string][] = [[0, from]];
  const before = (a: [number, string], b: [number, string]) => a[0] < b[0] - 1e-12 || (Math.abs(a[0] - b[0]) <= 1e-12 && a[1] < b[1]);
  const push = (item: [number, string]) => {
    heap.push(item);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const pop = (): [number, string] => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l], heap[m])) m = l;
        if (r < heap.length && before(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  for (;;) {
    if (heap.length === 0) return null;
    const [c, current] = pop();
    if (done.has(current) || c > cost.get(current)! + 1e-12) continue;
    if (current === to) break;
    done.add(current);
    // The best relation to each neighbour: most certain first, then earliest, then id.
    const best = new Map<string, string>();
    graph.forEachEdge(current, (edge, _a, s, t) => {
      if (!include(edge)) return;
      const other = s === current ? t : s;
      if (done.has(other)) return;
      const held = best.get(other);
      if (held === undefined || betterEdge(graph, edge, held)) best.set(other, edge);
    });
    for (const [neighbour, edge] of best) {
      const next = c + 1 + PENALTY[graph.getEdgeAttribute(edge, 'confidence') ?? 'certain'];
      if (next < (cost.get(neighbour) ?? Infinity) - 1e-9) {
        cost.set(neighbour, next);
        previous.set(neighbour, { node: current, edge });
        push([next, neighbour]);
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

/** What a chain costs: one per hop, plus the small confidence penalty of each hop's relation. */
function pathCost(graph: Graph, path: Path): number {
  return path.edges.reduce((sum, edge) => sum + 1 + PENALTY[graph.getEdgeAttribute(edge, 'confidence') ?? 'certain'], 0);
}

const hopKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Up to `k` distinct chains (different sequences of nodes, none visiting a node twice) from `from` to
 * `to` over the relations `include` accepts, cheapest first: fewest hops, then most certain (Yen's
 * algorithm, J. Y. Yen 1971, "Finding the K shortest loopless paths in a network", Management
 * Science 17(11), over `shortestPath`). Ties are broken by the node ids, so the answer is stable.
 */
export function referencePaths(graph: Graph, from: string, to: string, k: number, include: (edge: string) => boolean = () => true): Path[] {
  const first = referencePath(graph, from, to, include);
  if (!first || k < 1) return [];
  if (first.edges.length === 0) return [first];
  const found: Path[] = [first];
  const seen = new Set([first.nodes.join('\n')]);
  const candidates: { path: Path; cost: number; key: string }[] = [];
  while (found.length < k) {
    const last = found[found.length - 1];
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const spur = last.nodes[i];
      const root = last.nodes.slice(0, i + 1);
      const rootKey = root.join('\n');
      // Hops already taken from this root by a chain found, and the root's own nodes, are closed.
      const closedHops = new Set<string>();
      for (const p of found) if (p.nodes.slice(0, i + 1).join('\n') === rootKey) closedHops.add(hopKey(p.nodes[i], p.nodes[i + 1]));
      const closedNodes = new Set(root.slice(0, -1));
      const open = (edge: string) => {
        if (!include(edge)) return false;
        const [s, t] = graph.extremities(edge);
        return !closedNodes.has(s) && !closedNodes.has(t) && !closedHops.has(hopKey(s, t));
      };
      const rest = referencePath(graph, spur, to, open);
      if (!rest) continue;
      const path: Path = { from, to, nodes: [...root.slice(0, -1), ...rest.nodes], edges: [...last.edges.slice(0, i), ...rest.edges] };
      const key = path.nodes.join('\n');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ path, cost: pathCost(graph, path), key });
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.cost - b.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    found.push(candidates.shift()!.path);
  }
  return found;
}
