// Curvature for relations that share both ends, so each one stays visible and clickable.
import type { Graph } from '../model/graph-type';

/** Spreads parallel relations between the same two nodes into distinct curves (absent = straight). */
export function parallelCurvatures(graph: Graph): Map<string, number> {
  const pairs = pairCollector();
  graph.forEachEdge(pairs.add);
  return pairs.curvatures(graph);
}

/** Collects the relations of each pair of nodes, then curves those that share one (parallels-sliced.ts uses it too). */
export function pairCollector() {
  const byPair = new Map<string, string[]>();
  const add = (edge: string, _a: unknown, s: string, t: string) => {
    const key = s < t ? `${s}\0${t}` : `${t}\0${s}`;
    const list = byPair.get(key);
    if (list) list.push(edge);
    else byPair.set(key, [edge]);
  };
  const curvatures = (graph: Graph) => {
    const curvature = new Map<string, number>();
    for (const [key, edges] of byPair) {
      if (edges.length < 2) continue;
      const low = key.split('\0')[0];
      edges.forEach((edge, i) => {
        const c = (i - (edges.length - 1) / 2) * 0.35 || 0.12 * (i % 2 ? -1 : 1);
        // Curvature is relative to the edge's own direction: flip reversed edges so curves fan out.
        curvature.set(edge, graph.source(edge) === low ? c : -c);
      });
    }
    return curvature;
  };
  return { add, curvatures };
}
