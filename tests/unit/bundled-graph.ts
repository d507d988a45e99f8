// The bundled dataset (data/) as the graph the app filters, without the build's layout: enough
// for filters, the timeline and the period diff, which read kinds, years and relations only.
import { buildGraph } from '../../src/lib/model/build-graph';
import type { Graph } from '../../src/lib/model/graph-type';
import { parseDataFiles } from '../../src/lib/model/validate';
import { readDataFiles } from '../../scripts/read-data';

let graph: Graph | null = null;

/** The bundled atlas's graph (built once per test file). */
export function bundledGraph(): Graph {
  if (!graph) {
    const { dataset, problems } = parseDataFiles(readDataFiles());
    if (problems.length > 0) throw new Error('data/ should validate');
    graph = buildGraph(dataset, 'test') as unknown as Graph;
  }
  return graph;
}
