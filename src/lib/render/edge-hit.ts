// Which relation is under the pointer, found by geometry instead of sigma's GPU picking. Picking
// edges makes sigma draw every edge twice on every frame (and build a second framebuffer at
// start); measuring the distance to each visible edge on a click or a hover costs far less.
import type Sigma from 'sigma';
import { distanceToEdge } from './arc-geometry';
import { displayReader, viewportAffine } from './display-cache';

/** How far from a drawn relation, in pixels beyond its half width, a pointer still counts as on it. */
export const EDGE_HIT_SLACK = 3;

/**
 * The visible relation nearest to a viewport point, if one is within reach (half its width plus
 * EDGE_HIT_SLACK); null otherwise. Reads sigma's display data; allocates nothing per edge.
 */
export function edgeAtPoint(renderer: Sigma, point: { x: number; y: number }): string | null {
  const { o, xx, xy, yx, yy } = viewportAffine(renderer);
  const graph = renderer.getGraph();
  const display = displayReader<ReturnType<Sigma['getNodeDisplayData']>, ReturnType<Sigma['getEdgeDisplayData']> & { curvature?: number }>(renderer);
  let best: string | null = null;
  let bestDistance = Infinity;
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = display.edge(edge);
    if (!data || data.hidden) return;
    const s = display.node(source);
    const t = display.node(target);
    if (!s || !t || s.hidden || t.hidden) return;
    const x1 = o.x + s.x * xx + s.y * yx;
    const y1 = o.y + s.x * xy + s.y * yy;
    const x2 = o.x + t.x * xx + t.y * yx;
    const y2 = o.y + t.x * xy + t.y * yy;
    const distance = distanceToEdge(point.x, point.y, x1, y1, x2, y2, data.curvature ?? 0);
    const reach = Math.max(1, renderer.scaleSize(data.size)) / 2 + EDGE_HIT_SLACK;
    if (distance <= reach && distance < bestDistance) {
      best = edge;
      bestDistance = distance;
    }
  });
  return best;
}
