// Node radius by a metric: shared by the build-time layout (room for each disc) and the renderer.

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 16;

/** Radius in pixels at zoom 1, on a square-root scale so that area tracks the metric. */
export function nodeRadius(value: number, max: number): number {
  const t = max > 0 ? Math.sqrt(value / max) : 0;
  return MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE);
}
