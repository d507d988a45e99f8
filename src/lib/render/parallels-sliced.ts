// Curvature for parallel relations, computed a slice of relations per task: an opened graph's
// preparation (open-file.ts) needs it, the bundled atlas never does, so it stays off the first page.
import type { Graph } from '../model/graph-type';
import { forEachEdgeInSlices } from '../model/slices';
import { pairCollector } from './parallels';

/**
 * parallels.ts `parallelCurvatures`, a slice of relations per task (a large opened graph's first frame waits for it: 200k
 * relations take about 0.17 s in one go).
 */
export async function parallelCurvaturesSliced(graph: Graph, turn: () => Promise<void>, sliceMs = 40): Promise<Map<string, number>> {
  const pairs = pairCollector();
  await forEachEdgeInSlices(graph, pairs.add, turn, sliceMs);
  return pairs.curvatures(graph);
}
