// Display radius of every node for the chosen metric (square-root scale, so area tracks the metric).
import type { MetricKey } from '../analysis/metric-keys';
import { nodeScale } from '../layout/node-size';
import type { Graph } from '../model/graph-type';

export { MAX_NODE_SIZE, MIN_NODE_SIZE } from '../layout/node-size';

/** Maps each node to its radius in pixels at zoom 1. */
export function nodeSizes(graph: Graph, metric: MetricKey): Map<string, number> {
  let max = 0;
  graph.forEachNode((_n, a) => { max = Math.max(max, a[metric]); });
  const scale = nodeScale(max);
  const sizes = new Map<string, number>();
  graph.forEachNode((n, a) => { sizes.set(n, scale(a[metric])); });
  return sizes;
}
