// `npm run bench`: the historian's questions timed on the bundled atlas and on a generated 10k-node
// network (issue 11): up to three chains between two figures (over the visible relations, under the
// "no hostile step" rule, as the panel asks), the brokers' table (betweenness, PageRank, degree) with
// Louvain communities, as the Analysis view's Worker computes it, and the comparison of two periods. In
// Node, one thread: the app runs the broker table in a Worker, the chains and the period diff on its
// main thread, so these are also those threads' times.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { analyseNetwork } from '../../src/lib/analysis/brokers';
import { allowedSteps, chainsIn, pathIndex } from '../../src/lib/analysis/paths';
import { periodDiff } from '../../src/lib/analysis/period-diff';
import { DEFAULT_FILTERS } from '../../src/lib/query/filters';
import { computeVisibility } from '../../src/lib/query/visibility';
import { decodeGraph, type GraphFile } from '../../src/lib/model/atlas-files';
import type { Graph } from '../../src/lib/model/graph-type';
import { generateNetwork } from './generate-network';

/** Median of `runs` timings of `work` (after one warm-up), in ms. */
function median(work: () => unknown, runs: number): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A generated network in the shape the app's analysis reads (relation, confidence, years). */
function atlasLike(nodes: number, edges: number): Graph {
  const generated = generateNetwork({ nodes, edges, seed: 1917, positions: true });
  const graph = new MultiDirectedGraph() as unknown as Graph;
  generated.forEachNode((key, a) => graph.addNode(key, {
    label: a.label as string, kind: 'person', years: { start: { year: a.start as number }, end: { year: a.end as number } },
    currents: [], aliases: [], x: a.x as number, y: a.y as number, degree: 0, pagerank: 0, betweenness: 0, community: 0, radii: [4, 4, 4],
  }));
  generated.forEachEdge((key, a, source, target) => graph.addEdgeWithKey(key, source, target, {
    relation: 'corresponded_with', confidence: (['certain', 'likely', 'possible'] as const)[key.length % 3],
    years: { start: { year: a.start as number }, end: { year: a.end as number } }, directed: false,
  } as never));
  return graph;
}

export interface AnalysisTimes {
  label: string; nodes: number; edges: number;
  /** The chain index of the graph (built once per graph, on the main thread). */
  index: number;
  /** Per question: the relations a chain may use (main thread), and the search of 3 chains (the Worker's work on a large graph). */
  steps: number; chains: number;
  brokers: number; periodDiff: number;
}

function time(label: string, graph: Graph, from: string, to: string, runs: number): AnalysisTimes {
  const input = { nodes: graph.nodes(), edges: graph.mapEdges((_, __, s, t) => [s, t] as [string, string]) };
  const visible = computeVisibility(graph, DEFAULT_FILTERS).edges;
  const first = graph.edges()[0];
  // Setting an attribute drops the cached index (paths.ts watches the graph), so each run builds it anew.
  const index = median(() => {
    graph.setEdgeAttribute(first, 'confidence', graph.getEdgeAttribute(first, 'confidence'));
    return pathIndex(graph);
  }, runs);
  const built = pathIndex(graph);
  const allowed = allowedSteps(built, visible, 'friendly');
  const periods = { a: { from: 1936, to: 1939 }, b: { from: 1946, to: 1956 } };
  return {
    label, nodes: graph.order, edges: graph.size, index,
    steps: median(() => allowedSteps(built, visible, 'friendly'), runs),
    chains: median(() => chainsIn(built, from, to, 3, allowed), runs),
    brokers: median(() => analyseNetwork(input), runs),
    periodDiff: median(() => periodDiff(graph, DEFAULT_FILTERS, null, periods), runs),
  };
}

/** The k-path search and the broker table on the bundled atlas (built in `dist`) and on 10k nodes / 40k edges. */
export function analysisAtScale(dist: string): AnalysisTimes[] {
  const bundled = decodeGraph(JSON.parse(readFileSync(join(dist, 'generated', 'graph.json'), 'utf8')) as GraphFile);
  const big = atlasLike(10_000, 40_000);
  return [
    time('bundled atlas (George Orwell → Leon Trotsky)', bundled, 'george-orwell', 'leon-trotsky', 7),
    time('generated 10k / 40k (n0 → n9999)', big, 'n0', 'n9999', 5),
  ];
}
