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
