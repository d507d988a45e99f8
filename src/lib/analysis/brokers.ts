// Brokers of the visible network: who sits on the chains between others (betweenness), who is
// central by PageRank, who has the most relations — computed on the network as filtered (kinds,
// relations, confidence, time window), not on the whole atlas. Relations are read both ways, as at
// build time (analysis/metrics.ts). Pure: the app runs it in a Worker (brokers-worker.ts).
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../layout/random';
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

/** Ranks every node of the network, best broker (highest betweenness) first. */
export function rankBrokers(input: BrokerInput): BrokerRow[] {
  const { simple, degree } = simpleGraph(input);
  if (simple.order === 0) return [];
  const between = simple.size > 0 ? betweenness(simple, { normalized: true, getEdgeWeight: null }) : {};
  const ranks = simple.size > 0 ? pagerank(simple, { getEdgeWeight: null }) : {};
  const rows: BrokerRow[] = simple.mapNodes((id) => ({
    id, betweenness: between[id] ?? 0, pagerank: ranks[id] ?? 1 / simple.order, degree: degree.get(id) ?? 0,
    rank: { betweenness: 0, pagerank: 0, degree: 0 },
  }));
  for (const key of ['betweenness', 'pagerank', 'degree'] as const) assignRanks(rows, key);
  return rows.sort((a, b) => b.betweenness - a.betweenness || b.pagerank - a.pagerank || b.degree - a.degree || (a.id < b.id ? -1 : 1));
}

/**
 * Louvain communities of the network (Blondel et al. 2008, J. Stat. Mech. P10008), seeded so the
 * same network gives the same communities; a node without relations is a community of its own.
 */
export function communitiesOf(input: BrokerInput, seed = 1917): Record<string, number> {
  const { simple } = simpleGraph(input);
  if (simple.size === 0) return Object.fromEntries(simple.nodes().map((n, i) => [n, i]));
  return louvain(simple, { rng: seededRandom(seed), getEdgeWeight: null });
}

/** Brokers and communities of one network (what the Worker computes). */
export function analyseNetwork(input: BrokerInput): NetworkAnalysis {
  return { brokers: rankBrokers(input), communities: communitiesOf(input) };
}
