// Display radius of every node for the chosen metric. The radii come with the graph (computed by
// the square-root scale of layout/node-size.ts where the graph was compiled), so drawing them needs
// no scale on the first page.
import { METRIC_KEYS, type MetricKey } from '../analysis/metric-keys';
import type { Graph } from '../model/graph-type';
import { MIN_NODE_SIZE } from '../layout/node-size-range';

export { MAX_NODE_SIZE, MIN_NODE_SIZE } from '../layout/node-size-range';

/** Maps each node to its radius in pixels at zoom 1. */
export function nodeSizes(graph: Graph, metric: MetricKey): Map<string, number> {
  const column = METRIC_KEYS.indexOf(metric);
  const sizes = new Map<string, number>();
  graph.forEachNode((n, a) => { sizes.set(n, a.radii?.[column] ?? MIN_NODE_SIZE); });
  return sizes;
}
