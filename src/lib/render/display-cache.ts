// sigma's display data, read in place. sigma 3's getNodeDisplayData / getEdgeDisplayData return a
// copy of the entry (Object.assign) on every call, so a loop over every node or relation in each
// frame (labels, relation picking) would allocate one object per item per frame: 250k per frame at
// 50k nodes / 200k edges. sigma is pinned (3.0.3), whose caches are the objects it draws from; if
// they are not found the copying getters are used. Read only: nothing may write into them.
import type Sigma from 'sigma';

/** Reads a node's or a relation's display data without copying it. */
export interface DisplayReader<N, E> {
  node(key: string): N | undefined;
  edge(key: string): E | undefined;
}

type Caches<N, E> = { nodeDataCache?: Record<string, N>; edgeDataCache?: Record<string, E> };

/** A reader of `renderer`'s display data (the caches are looked up on each call: sigma may replace them). */
export function displayReader<N = ReturnType<Sigma['getNodeDisplayData']>, E = ReturnType<Sigma['getEdgeDisplayData']>>(renderer: Sigma): DisplayReader<N, E> {
  const caches = renderer as unknown as Caches<N, E>;
  if (typeof caches.nodeDataCache === 'object' && typeof caches.edgeDataCache === 'object') {
    return { node: (key) => caches.nodeDataCache![key], edge: (key) => caches.edgeDataCache![key] };
  }
  return { node: (key) => renderer.getNodeDisplayData(key) as N | undefined, edge: (key) => renderer.getEdgeDisplayData(key) as E | undefined };
}

/** sigma's framed graph → viewport transform: `x' = o.x + x·xx + y·yx`, `y' = o.y + x·xy + y·yy`. */
export interface ViewportAffine { o: { x: number; y: number }; xx: number; xy: number; yx: number; yy: number }

/** The transform is affine: three points give it, so no node or relation needs a conversion call of its own. */
export function viewportAffine(renderer: Sigma): ViewportAffine {
  const o = renderer.framedGraphToViewport({ x: 0, y: 0 });
  const ex = renderer.framedGraphToViewport({ x: 1, y: 0 });
  const ey = renderer.framedGraphToViewport({ x: 0, y: 1 });
  return { o, xx: ex.x - o.x, xy: ex.y - o.y, yx: ey.x - o.x, yy: ey.y - o.y };
}
