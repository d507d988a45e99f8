// Node metrics precomputed at build time: degree, PageRank, betweenness, Louvain communities.
// Build-time only: the app reads the results from the atlas and the keys from metric-keys.ts.
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { seededRandom } from '../layout/random';

export interface NodeMetrics {
  degree: number;
  pagerank: number;
  betweenness: number;
  community: number;
}

/** Computes all metrics; influence flows both ways here, so PageRank and Louvain see the graph undirected. */
export function computeMetrics(graph: Graph, seed = 1917): Record<string, NodeMetrics> {
  const undirected = graph.nullCopy({ type: 'undirected', multi: false });
  graph.forEachNode((n) => undirected.addNode(n));
  graph.forEachEdge((_e, _a, s, t) => {
    if (!undirected.hasEdge(s, t)) undirected.addEdge(s, t);
  });
  const ranks = pagerank(undirected, { getEdgeWeight: null });
  const between = betweenness(undirected, { normalized: true, getEdgeWeight: null });
  const communities = louvain(undirected, { rng: seededRandom(seed), getEdgeWeight: null });
  const metrics: Record<string, NodeMetrics> = {};
  graph.forEachNode((n) => {
    metrics[n] = { degree: graph.degree(n), pagerank: ranks[n], betweenness: between[n], community: communities[n] };
  });
  return metrics;
}
