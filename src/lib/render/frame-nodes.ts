// Where the camera goes to show a set of nodes in the free part of the stage (on a phone, the part
// above the biography sheet) with room around them for their names: a tour step's frame, and a
// connection shown on a phone. Reads the renderer's camera and projection; moves nothing itself.
import type Sigma from 'sigma';
import type { Graph } from '../model/graph-type';
import { CAMERA_LIMITS, type Camera } from '../query/url-state';

/** Room kept around framed nodes, in pixels: their discs and names (written beside them) stay inside. */
export const FRAME_MARGIN = { x: 110, y: 44 } as const;
/** The closest a frame zooms in: nodes a few pixels apart (or a single node) are not blown up to fill the stage. */
export const FRAME_MIN_RATIO = 0.12;

/** The camera that fits `nodes` into the top `free` pixels of the stage (all of it when `free` is its height). */
export function frameCamera(sigma: Sigma, graph: Graph, nodes: readonly string[], free: number): Camera | null {
  if (!nodes.length) return null;
  const { width, height } = sigma.getDimensions();
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const node of nodes) {
    // From the graph's own coordinates: display data may be awaiting a scheduled re-index.
    const p = sigma.graphToViewport(graph.getNodeAttributes(node));
    x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
  }
  const now = sigma.getCamera().getState();
  // Viewport extents scale as 1 / ratio: the ratio at which the nodes just fit the free area.
  // A narrow stage keeps less room at its sides (names that do not fit show on hover).
  const marginX = Math.min(FRAME_MARGIN.x, width / 8);
  const fit = Math.max((x1 - x0) / Math.max(1, width - 2 * marginX), (y1 - y0) / Math.max(1, free - 2 * FRAME_MARGIN.y));
  const ratio = Math.min(CAMERA_LIMITS.maxRatio, Math.max(CAMERA_LIMITS.minRatio, FRAME_MIN_RATIO, now.ratio * fit));
  const o = sigma.viewportToFramedGraph({ x: 0, y: 0 });
  const ey = sigma.viewportToFramedGraph({ x: 0, y: 1 });
  const centre = sigma.viewportToFramedGraph({ x: (x0 + x1) / 2, y: (y0 + y1) / 2 });
  // The nodes' centre goes to the middle of the free area: a pixel offset there, in framed units at the new ratio.
  const scale = ratio / now.ratio;
  const dy = free / 2 - height / 2;
  return { x: centre.x - dy * (ey.x - o.x) * scale, y: centre.y - dy * (ey.y - o.y) * scale, ratio };
}
