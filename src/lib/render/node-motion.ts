// Moves nodes to new positions over a short animation (Focus flies a neighbourhood out of the map
// and back): one graph update per frame, so sigma re-indexes once per frame, not once per node.
import type { Graph } from '../model/graph-type';

/** A position in graph coordinates. */
export interface Point { x: number; y: number }

const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : -1 + (4 - 2 * t) * t);

/**
 * Animates the nodes of `targets` from where they are to their targets in `duration` ms, then calls
 * `done`. Returns a function that stops the motion where it is (`done` is not called then).
 */
export function moveNodes(graph: Graph, targets: ReadonlyMap<string, Point>, duration: number, done?: () => void): () => void {
  const from = new Map<string, Point>();
  for (const node of targets.keys()) {
    if (graph.hasNode(node)) from.set(node, { x: graph.getNodeAttribute(node, 'x'), y: graph.getNodeAttribute(node, 'y') });
  }
  const start = performance.now();
  let frame = 0;
  const step = () => {
    const t = duration > 0 ? Math.min(1, (performance.now() - start) / duration) : 1;
    const k = easeInOut(t);
    graph.updateEachNodeAttributes((node, attributes) => {
      const a = from.get(node);
      if (!a) return attributes;
      const b = targets.get(node)!;
      // The last step lands exactly on the target (a node flown home is where it was, to the bit).
      attributes.x = t === 1 ? b.x : a.x + (b.x - a.x) * k;
      attributes.y = t === 1 ? b.y : a.y + (b.y - a.y) * k;
      return attributes;
    }, { attributes: ['x', 'y'] });
    if (t < 1) frame = requestAnimationFrame(step);
    else {
      frame = 0;
      done?.();
    }
  };
  step();
  return () => { if (frame) cancelAnimationFrame(frame); frame = 0; };
}
