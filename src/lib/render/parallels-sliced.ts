// Curvature for parallel relations, computed a slice of relations per task: an opened graph's
// preparation (open-file.ts) needs it, the bundled atlas never does, so it stays off the first page.
import type { Graph } from '../model/graph-type';
import { pairCollector } from './parallels';

/**
 * parallels.ts `parallelCurvatures`, a slice of relations per task (a large opened graph's first frame waits for it: 200k
 * relations take about 0.17 s in one go).
 */
export async function parallelCurvaturesSliced(graph: Graph, turn: () => Promise<void>, sliceMs = 40): Promise<Map<string, number>> {
  const pairs = pairCollector();
  let begun = performance.now();
  let i = 0;
  for (const { edge, source, target } of graph.edgeEntries()) {
    pairs.add(edge, null, source, target);
    if (++i % 1024 === 0 && performance.now() - begun > sliceMs) {
      await turn();
      begun = performance.now();
    }
  }
  return pairs.curvatures(graph);
}
