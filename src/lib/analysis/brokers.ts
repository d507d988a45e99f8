// Brokers of the visible network: who sits on the chains between others (betweenness), who is
// central by PageRank, who has the most relations — computed on the network as filtered (kinds,
// relations, confidence, time window), not on the whole atlas. Relations are read both ways, as at
// build time (analysis/metrics.ts). Pure: the app runs it in a Worker (brokers-worker.ts).
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../layout/random';
import { adjacencyOf, betweennessOf } from './betweenness';
import type { BrokerInput, BrokerRow, NetworkAnalysis } from './broker-rows';

export type { BrokerInput, BrokerRow, NetworkAnalysis } from './broker-rows';

/** Competition ranks ("1, 2, 2, 4") of `value` over rows sorted by it. */
function assignRanks(rows: BrokerRow[], key: 'betweenness' | 'pagerank' | 'degree'): void {
  const sorted = rows.slice().sort((a, b) => b[key] - a[key]);
  sorted.forEach((row, i) => {
    row.rank[key] = i > 0 && Math.abs(sorted[i - 1][key] - row[key]) < 1e-12 ? sorted[i - 1].rank[key] : i + 1;
  });
}

/** The network read both ways, one link per pair of nodes, and each node's number of relations. */
function simpleGraph(input: BrokerInput): { simple: Graph; degree: Map<string, number> } {
  const simple = new Graph({ type: 'undirected', multi: false });
  const degree = new Map<string, number>();
  for (const node of input.nodes) {
    if (simple.hasNode(node)) continue;
    simple.addNode(node);
    degree.set(node, 0);
  }
  for (const [s, t] of input.edges) {
    if (!simple.hasNode(s) || !simple.hasNode(t) || s === t) continue;
    degree.set(s, degree.get(s)! + 1);
    degree.set(t, degree.get(t)! + 1);
    if (!simple.hasEdge(s, t)) simple.addEdge(s, t);
  }
  return { simple, degree };
}

/** Betweenness of the simple network by node id, and the sample it was estimated from (null: exact). */
function betweennessById(simple: Graph): { between: Record<string, number>; sampled: number | null } {
  const ids = simple.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairs = simple.mapEdges((_e, _a, s, t) => [index.get(s)!, index.get(t)!] as const);
  const { values, sampled } = betweennessOf(ids.length, adjacencyOf(ids.length, pairs));
  const between: Record<string, number> = {};
  ids.forEach((id, i) => { between[id] = values[i]; });
  return { between, sampled };
}

/** Ranks every node of the network, best broker (highest betweenness) first. */
export function rankBrokers(input: BrokerInput): BrokerRow[] {
  return rankedBrokers(input).brokers;
}

/** The ranked brokers, and how many sources their betweenness was estimated from (null: exact). */
function rankedBrokers(input: BrokerInput, { simple, degree } = simpleGraph(input)): { brokers: BrokerRow[]; sampled: number | null } {
  if (simple.order === 0) return { brokers: [], sampled: null };
  const { between, sampled } = simple.size > 0 ? betweennessById(simple) : { between: {} as Record<string, number>, sampled: null };
  const ranks = simple.size > 0 ? pagerank(simple, { getEdgeWeight: null }) : {};
  const rows: BrokerRow[] = simple.mapNodes((id) => ({
    id, betweenness: between[id] ?? 0, pagerank: ranks[id] ?? 1 / simple.order, degree: degree.get(id) ?? 0,
    rank: { betweenness: 0, pagerank: 0, degree: 0 },
  }));
  for (const key of ['betweenness', 'pagerank', 'degree'] as const) assignRanks(rows, key);
  rows.sort((a, b) => b.betweenness - a.betweenness || b.pagerank - a.pagerank || b.degree - a.degree || (a.id < b.id ? -1 : 1));
  return { brokers: rows, sampled };
}

/**
 * Louvain communities of the network (Blondel et al. 2008, J. Stat. Mech. P10008), seeded so the
 * same network gives the same communities; a node without relations is a community of its own.
 */
export function communitiesOf(input: BrokerInput, seed = 1917, { simple } = simpleGraph(input)): Record<string, number> {
  if (simple.size === 0) return Object.fromEntries(simple.nodes().map((n, i) => [n, i]));
  return louvain(simple, { rng: seededRandom(seed), getEdgeWeight: null });
}

/** Brokers and communities of one network (what the Worker computes). */
export function analyseNetwork(input: BrokerInput): NetworkAnalysis {
  // One simple network for both (Louvain and PageRank only read it).
  const network = simpleGraph(input);
  const { brokers, sampled } = rankedBrokers(input, network);
  return { brokers, communities: communitiesOf(input, 1917, network), sampled };
}
