// Which node is under the pointer, found by geometry instead of sigma's GPU picking on a large graph.
// sigma reads one pixel of its picking framebuffer for every pointer move and press; that read waits
// for the GPU to finish every frame queued before it, which on software WebGL at 10k nodes / 40k
// relations is most of a second. The discs' own geometry answers the same question in about a
// millisecond, whatever the GPU is doing.
import type Sigma from 'sigma';
import { displayReader, viewportAffine } from './display-cache';

/**
 * The visible node whose disc holds a viewport point, the one drawn on top when discs overlap (the
 * higher zIndex, then the later in sigma's order); null when none does. Allocates nothing per node.
 */
export function nodeAtPoint(renderer: Sigma, point: { x: number; y: number }): string | null {
  const { o, xx, xy, yx, yy } = viewportAffine(renderer);
  const display = displayReader(renderer);
  let best: string | null = null;
  let bestZ = -Infinity;
  renderer.getGraph().forEachNode((node) => {
    const data = display.node(node);
    if (!data || data.hidden) return;
    const dx = o.x + data.x * xx + data.y * yx - point.x;
    const dy = o.y + data.x * xy + data.y * yy - point.y;
    const r = renderer.scaleSize(data.size);
    if (dx * dx + dy * dy > r * r) return;
    const z = data.zIndex || 0;
    if (z >= bestZ) {
      best = node;
      bestZ = z;
    }
  });
  return best;
}
