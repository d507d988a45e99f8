// When a graph counts as large (issue 10): from this size on it is drawn with less while the camera
// moves (its relations and labels are left out until it stops: sigma's hideEdgesOnMove /
// hideLabelsOnMove, sigma-settings.ts), and a hover lights the node's relations without fading the
// rest (display.ts, quietHover), a selection leaves the faded relations out (reducers.ts), so pan,
// zoom, hover and click keep their pace over 10k nodes / 40k
// relations with software WebGL (`npm run bench -- --scale`).

export const LARGE_GRAPH = { nodes: 5000, edges: 20_000 };

/** True for a graph of `order` nodes and `size` relations drawn the large graph's way. */
export function isLargeGraph(order: number, size: number): boolean {
  return order >= LARGE_GRAPH.nodes || size >= LARGE_GRAPH.edges;
}

/**
 * From this size on a graph's first frame is drawn in steps (edge-stream.ts: sigma's WebGL setup, the
 * nodes, their names, the relations in slices), so that no step freezes the page for 200 ms: below it
 * the whole first frame takes less than that on this machine (the bundled atlas: 550 / 1,508).
 */
export const STEPPED_GRAPH = { nodes: 1000, edges: 4000 };

/** True for a graph whose first frame is drawn in steps (every large graph is). */
export function isSteppedGraph(order: number, size: number): boolean {
  return order >= STEPPED_GRAPH.nodes || size >= STEPPED_GRAPH.edges || isLargeGraph(order, size);
}
