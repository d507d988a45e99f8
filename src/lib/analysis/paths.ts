// Connections between two nodes over the visible relations, read in either direction: the shortest
// (fewest hops, then most certain) and the next distinct ones; deterministic (ties broken by id).
//
// The search runs on typed arrays built once per graph (nodes numbered in id order, relations ranked
// by how strong they are, an adjacency list of both ends), so three chains across a 10k-node network
// take tens of milliseconds on the main thread rather than seconds of graphology calls.
import type { Graph } from '../model/graph-type';
import { CONFIDENCE_LEVELS } from '../model/vocabulary';
import { stepAllowed, type PathRule } from './path-rules';

export interface Path {
  from: string;
  to: string;
  /** Nodes in order, from `from` to `to`. */
  nodes: string[];
  /** One relation per hop: edges[i] joins nodes[i] and nodes[i + 1]. */
  edges: string[];
}

/** Extra cost of a hop by its best relation's confidence: small enough that fewer hops always win. */
const PENALTY: Record<string, number> = { certain: 0, likely: 0.01, possible: 0.05 };
const penaltyOf = (confidence: unknown) => PENALTY[typeof confidence === 'string' ? confidence : 'certain'] ?? 0;

/** A graph as the search reads it: plain arrays, so it can be posted to a Worker as it is. */
export interface PathIndex {
  /** Node ids in code-unit order: a node's number is its rank, so comparing numbers compares ids. */
  ids: string[];
  number: Map<string, number>;
  /** Relation keys; per relation its confidence rank (0 = certain), first year (9999 if none) and the cost of its hop. */
  edgeKeys: string[];
  rank: Int8Array;
  year: Float64Array;
  cost: Float64Array;
  /** Each relation's type, as a number into `relations`. */
  relations: string[];
  relation: Uint16Array;
  /** Both ends of every relation: the hops of node i are entries start[i] … start[i + 1] - 1. */
  start: Int32Array;
  neighbour: Int32Array;
  edge: Int32Array;
}

function buildIndex(graph: Graph): PathIndex {
  const ids = graph.nodes().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const number = new Map(ids.map((id, i) => [id, i]));
  const m = graph.size;
  const edgeKeys: string[] = new Array(m);
  const ends = new Int32Array(2 * m);
  const rank = new Int8Array(m);
  const year = new Float64Array(m);
  const cost = new Float64Array(m);
  const relation = new Uint16Array(m);
  const relations: string[] = [];
  const relationNumber = new Map<string, number>();
  const degree = new Int32Array(ids.length + 1);
  let e = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    edgeKeys[e] = key;
    const s = number.get(source)!, t = number.get(target)!;
    ends[2 * e] = s;
    ends[2 * e + 1] = t;
    degree[s] += 1;
    degree[t] += 1;
    const confidence = attributes.confidence ?? 'certain';
    rank[e] = CONFIDENCE_LEVELS.indexOf(confidence as never);
    const y = attributes.years as { start?: { year?: number }; end?: { year?: number } } | undefined;
    year[e] = y?.start?.year ?? y?.end?.year ?? 9999;
    cost[e] = 1 + penaltyOf(confidence);
    const type = String(attributes.relation);
    let code = relationNumber.get(type);
    if (code === undefined) relationNumber.set(type, (code = relations.push(type) - 1));
    relation[e] = code;
    e += 1;
  });
  const start = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) start[i + 1] = start[i] + degree[i];
  const fill = start.slice(0, ids.length);
  const neighbour = new Int32Array(2 * m);
  const edge = new Int32Array(2 * m);
  for (let i = 0; i < m; i++) {
    const s = ends[2 * i], t = ends[2 * i + 1];
    neighbour[fill[s]] = t;
    edge[fill[s]++] = i;
    neighbour[fill[t]] = s;
    edge[fill[t]++] = i;
  }
  return { ids, number, edgeKeys, rank, year, cost, relations, relation, start, neighbour, edge };
}

/** Whether relation `a` is stronger than `b` (two relations between the same nodes): more certain, then earlier, then by id. */
function stronger(index: PathIndex, a: number, b: number): boolean {
  const order = index.rank[a] - index.rank[b] || index.year[a] - index.year[b];
  return order !== 0 ? order < 0 : index.edgeKeys[a] < index.edgeKeys[b];
}

// One index per graph, dropped when the graph's structure or a relation's attributes change.
const indexes = new WeakMap<Graph, PathIndex>();
const watched = new WeakSet<Graph>();
const CHANGES = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared', 'edgeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;

/** The search's index of `graph`, built on first use and kept until the graph changes. */
export function pathIndex(graph: Graph): PathIndex {
  let index = indexes.get(graph);
  if (!index) {
    if (!watched.has(graph)) {
      watched.add(graph);
      for (const event of CHANGES) graph.on(event, () => indexes.delete(graph));
    }
    indexes.set(graph, (index = buildIndex(graph)));
  }
  return index;
}

/** Which relations a search may walk: one flag per relation of the index. */
function allowedEdges(index: PathIndex, include: (edge: string) => boolean): Uint8Array {
  const allowed = new Uint8Array(index.edgeKeys.length);
  for (let i = 0; i < allowed.length; i++) allowed[i] = include(index.edgeKeys[i]) ? 1 : 0;
  return allowed;
}

/** The relations a chain may use: those `visible`, of a type the rule allows as a step. */
export function allowedSteps(index: PathIndex, visible: ReadonlySet<string>, rule: PathRule): Uint8Array {
  const byType = index.relations.map((type) => stepAllowed(rule, type));
  const allowed = new Uint8Array(index.edgeKeys.length);
  for (let i = 0; i < allowed.length; i++) allowed[i] = byType[index.relation[i]] && visible.has(index.edgeKeys[i]) ? 1 : 0;
  return allowed;
}

interface Hops { nodes: number[]; edges: number[] }

/**
 * Dijkstra from `from` to `to` over allowed relations, never entering a `blocked` node nor leaving
 * `from` towards a node of `closed`: the cost of a hop is 1 plus its strongest relation's penalty, and
 * among equal costs the smaller id goes first (a binary heap of [cost, node]).
 */
function search(index: PathIndex, from: number, to: number, allowed: Uint8Array, blocked: Uint8Array | null, closed: ReadonlySet<number> | null): Hops | null {
  const n = index.ids.length;
  const cost = new Float64Array(n).fill(Infinity);
  const previousNode = new Int32Array(n).fill(-1);
  const previousEdge = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  // The strongest relation to each neighbour of the node being expanded, stamped by that node.
  const best = new Int32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const touched: number[] = [];
  const heapCost: number[] = [0];
  const heapNode: number[] = [from];
  cost[from] = 0;
  const before = (i: number, j: number) => heapCost[i] < heapCost[j] - 1e-12 || (Math.abs(heapCost[i] - heapCost[j]) <= 1e-12 && heapNode[i] < heapNode[j]);
  const swap = (i: number, j: number) => {
    const c = heapCost[i]; heapCost[i] = heapCost[j]; heapCost[j] = c;
    const v = heapNode[i]; heapNode[i] = heapNode[j]; heapNode[j] = v;
  };
  const push = (c: number, v: number) => {
    heapCost.push(c);
    heapNode.push(v);
    for (let i = heapCost.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(i, parent)) break;
      swap(i, parent);
      i = parent;
    }
  };
  const pop = () => {
    const last = heapCost.length - 1;
    swap(0, last);
    const c = heapCost.pop()!, v = heapNode.pop()!;
    for (let i = 0; ;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heapCost.length && before(l, m)) m = l;
      if (r < heapCost.length && before(r, m)) m = r;
      if (m === i) break;
      swap(i, m);
      i = m;
    }
    return [c, v] as const;
  };
  for (;;) {
    if (heapCost.length === 0) return null;
    const [c, current] = pop();
    if (done[current] || c > cost[current] + 1e-12) continue;
    if (current === to) break;
    done[current] = 1;
    touched.length = 0;
    for (let h = index.start[current]; h < index.start[current + 1]; h++) {
      const e = index.edge[h];
      if (!allowed[e]) continue;
      const other = index.neighbour[h];
      if (done[other] || blocked?.[other] || (closed && current === from && closed.has(other))) continue;
      if (stamp[other] !== current) { stamp[other] = current; best[other] = e; touched.push(other); }
      else if (stronger(index, e, best[other])) best[other] = e;
    }
    for (const other of touched) {
      const next = c + index.cost[best[other]];
      if (next < cost[other] - 1e-9) {
        cost[other] = next;
        previousNode[other] = current;
        previousEdge[other] = best[other];
        push(next, other);
      }
    }
  }
  const nodes = [to];
  const edges: number[] = [];
  while (nodes[0] !== from) {
    edges.unshift(previousEdge[nodes[0]]);
    nodes.unshift(previousNode[nodes[0]]);
  }
  return { nodes, edges };
}

const toPath = (index: PathIndex, from: string, to: string, hops: Hops): Path =>
  ({ from, to, nodes: hops.nodes.map((v) => index.ids[v]), edges: hops.edges.map((e) => index.edgeKeys[e]) });

/**
 * Finds a shortest path from `from` to `to` using only relations for which `include` is true:
 * fewest hops first, then the most certain relations (Dijkstra with a tiny confidence penalty).
 * Returns null when the nodes are unknown or not connected; a path of one node when they are equal.
 */
export function shortestPath(graph: Graph, from: string, to: string, include: (edge: string) => boolean = () => true): Path | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { from, to, nodes: [from], edges: [] };
  const index = pathIndex(graph);
  const hops = search(index, index.number.get(from)!, index.number.get(to)!, allowedEdges(index, include), null, null);
  return hops && toPath(index, from, to, hops);
}

/** What a chain costs: one per hop, plus the small confidence penalty of each hop's relation. */
export function pathCost(graph: Graph, path: Path): number {
  return path.edges.reduce((sum, edge) => sum + 1 + penaltyOf(graph.getEdgeAttribute(edge, 'confidence')), 0);
}

const sameStart = (a: readonly number[], b: readonly number[], length: number) => {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Up to `k` distinct chains (different sequences of nodes, none visiting a node twice) from `from` to
 * `to` over the relations `include` accepts, cheapest first: fewest hops, then most certain (Yen's
 * algorithm, J. Y. Yen 1971, "Finding the K shortest loopless paths in a network", Management
 * Science 17(11)). Ties are broken by the node ids, so the answer is stable.
 */
export function shortestPaths(graph: Graph, from: string, to: string, k: number, include: (edge: string) => boolean = () => true): Path[] {
  if (k < 1 || !graph.hasNode(from) || !graph.hasNode(to)) return [];
  const index = pathIndex(graph);
  return chainsIn(index, from, to, k, allowedEdges(index, include));
}

/** `shortestPaths` over an index and the relations allowed (what a Worker runs). */
export function chainsIn(index: PathIndex, from: string, to: string, k: number, allowed: Uint8Array): Path[] {
  if (k < 1 || !index.number.has(from) || !index.number.has(to)) return [];
  if (from === to) return [{ from, to, nodes: [from], edges: [] }];
  const first = search(index, index.number.get(from)!, index.number.get(to)!, allowed, null, null);
  if (!first) return [];
  const found: Hops[] = [first];
  const seen = new Set([first.nodes.join(',')]);
  const candidates: { hops: Hops; cost: number; key: string }[] = [];
  const blocked = new Uint8Array(index.ids.length);
  const target = index.number.get(to)!;
  while (found.length < k) {
    const last = found[found.length - 1];
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const spur = last.nodes[i];
      // Hops already taken from this root by a chain found, and the root's own nodes, are closed.
      const closed = new Set<number>();
      for (const p of found) if (p.nodes.length > i + 1 && sameStart(p.nodes, last.nodes, i + 1)) closed.add(p.nodes[i + 1]);
      for (let j = 0; j < i; j++) blocked[last.nodes[j]] = 1;
      const rest = search(index, spur, target, allowed, blocked, closed);
      for (let j = 0; j < i; j++) blocked[last.nodes[j]] = 0;
      if (!rest) continue;
      const hops: Hops = { nodes: [...last.nodes.slice(0, i), ...rest.nodes], edges: [...last.edges.slice(0, i), ...rest.edges] };
      const key = hops.nodes.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      let c = 0;
      for (const e of hops.edges) c += index.cost[e];
      // Candidates tie-break on their node ids joined, as strings (ids sort as their numbers do, the joins need not).
      candidates.push({ hops, cost: c, key: hops.nodes.map((v) => index.ids[v]).join('\n') });
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.cost - b.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    found.push(candidates.shift()!.hops);
  }
  return found.map((hops) => toPath(index, from, to, hops));
}
