// Betweenness on typed arrays: exact figures equal graphology-metrics' on a generated network (the
// bundled atlas's brokers are checked in brokers.test.ts); a sampled estimate keeps the leading
// brokers and takes a fraction of the exact time.
import Graph from 'graphology';
import exactBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { adjacencyOf, betweennessOf } from '../../../src/lib/analysis/betweenness';
import { analyseNetwork } from '../../../src/lib/analysis/brokers';
import { generateNetwork } from '../../../scripts/bench/generate-network';

/** A simple undirected graph of the generated network, and its pairs as node indices. */
function simple(nodes: number, edges: number) {
  const generated = generateNetwork({ nodes, edges, seed: 7, positions: false });
  const graph = new Graph({ type: 'undirected', multi: false });
  generated.forEachNode((n) => graph.addNode(n));
  generated.forEachEdge((_e, _a, s, t) => { if (s !== t && !graph.hasEdge(s, t)) graph.addEdge(s, t); });
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  return { graph, ids, pairs: graph.mapEdges((_e, _a, s, t) => [index.get(s)!, index.get(t)!] as const) };
}

describe('betweenness', () => {
  it('is exactly graphology-metrics\' normalized betweenness below the sampling limit', () => {
    const { graph, ids, pairs } = simple(600, 2400);
    const mine = betweennessOf(ids.length, adjacencyOf(ids.length, pairs));
    const theirs = exactBetweenness(graph, { normalized: true, getEdgeWeight: null });
    expect(mine.sampled).toBeNull();
    ids.forEach((id, i) => expect(mine.values[i]).toBeCloseTo(theirs[id], 10));
  });

  it('stays exact with leaves, stars, lone pairs, isolated nodes and several components', () => {
    let state = 11;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 12; round++) {
      const graph = new Graph({ type: 'undirected', multi: false });
      const n = 40 + round * 10;
      for (let i = 0; i < n; i++) graph.addNode(`v${i}`);
      // A sparse core, then leaves hung on it, a star, a lone pair and a node alone.
      const core = Math.floor(n / 2);
      for (let e = 0; e < core * 1.5; e++) {
        const a = Math.floor(random() * core), b = Math.floor(random() * core);
        if (a !== b && !graph.hasEdge(`v${a}`, `v${b}`)) graph.addEdge(`v${a}`, `v${b}`);
      }
      for (let i = core; i < n - 9; i++) graph.addEdge(`v${i}`, `v${Math.floor(random() * core)}`);
      for (let i = n - 8; i < n - 3; i++) graph.addEdge(`v${n - 9}`, `v${i}`);
      graph.addEdge(`v${n - 3}`, `v${n - 2}`);
      const ids = graph.nodes();
      const index = new Map(ids.map((id, i) => [id, i]));
      const pairs = graph.mapEdges((_e, _a, s, t) => [index.get(s)!, index.get(t)!] as const);
      const mine = betweennessOf(ids.length, adjacencyOf(ids.length, pairs));
      const theirs = exactBetweenness(graph, { normalized: true, getEdgeWeight: null });
      ids.forEach((id, i) => expect(mine.values[i], `round ${round}, ${id}`).toBeCloseTo(theirs[id], 10));
    }
  });

  it('estimates from a seeded sample of sources, keeping most of the leading brokers, in far less time', () => {
    // 10k nodes are sampled by default (npm run bench times them); here 3k nodes, 300 sources, against exact.
    const { ids, pairs } = simple(3000, 12_000);
    const adjacency = adjacencyOf(ids.length, pairs);
    let started = performance.now();
    const sampled = betweennessOf(ids.length, adjacency, { sources: 300 });
    const sampledMs = performance.now() - started;
    expect(sampled.sampled).toBe(300);
    expect(betweennessOf(ids.length, adjacency, { sources: 300 }).values).toEqual(sampled.values); // seeded: the same every time
    started = performance.now();
    const exact = betweennessOf(ids.length, adjacency, { sources: ids.length });
    const exactMs = performance.now() - started;
    const top = (v: Float64Array) => new Set([...v.keys()].sort((a, b) => v[b] - v[a]).slice(0, 20));
    const exactTop = top(exact.values);
    const kept = [...top(sampled.values)].filter((i) => exactTop.has(i)).length;
    expect(kept).toBeGreaterThanOrEqual(14);
    expect(sampledMs * 4).toBeLessThan(exactMs);
  }, 120_000);

  it('says in the analysis when the figures are estimated', () => {
    const { ids, pairs } = simple(4000, 12_000);
    const analysis = analyseNetwork({ nodes: ids, edges: pairs.map(([a, b]) => [ids[a], ids[b]]) });
    expect(analysis.sampled).toBe(400);
    expect(analysis.brokers[0].rank.betweenness).toBe(1);
  }, 60_000);
});
