// Lays out an opened graph that came without positions: ForceAtlas2 (the settings of the build and
// of the live layout) run a batch of iterations at a time, so the worker can report progress (the
// iterations done and a quality figure) and hear "stop here" between batches. Then, on graphs small
// enough, noverlap spreads discs that touch. Seeded: the same file gives the same picture.
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { seededRandom } from '../layout/random';
import { FA2_SETTINGS, LAYOUT_SEED, NOVERLAP_SETTINGS } from '../layout/settings';

/** How far the layout has got. */
export interface LayoutProgress { iterations: number; total: number; quality: number }

export interface LayoutOptions {
  /** Called after each batch. */
  onprogress?: (progress: LayoutProgress) => void;
  /** Asked between batches; true ends the layout where it is. */
  stopped?: () => boolean | Promise<boolean>;
  /** Disc radius (layout units) for noverlap. */
  sizeOf?: (node: string) => number;
}

/** Iterations for a graph of `order` nodes: fewer on large graphs, where each costs more. */
export function iterationsFor(order: number): number {
  return order <= 1000 ? 600 : order <= 5000 ? 300 : order <= 20_000 ? 150 : 80;
}

/**
 * Mean relation length over the mean distance between two nodes (a seeded sample of pairs):
 * lower means related nodes sit closer together than unrelated ones.
 */
export function layoutQuality(graph: Graph): number {
  const nodes = graph.nodes();
  if (nodes.length < 2 || graph.size === 0) return 0;
  const random = seededRandom(7);
  const position = (n: string) => graph.getNodeAttributes(n) as { x: number; y: number };
  let pairs = 0;
  const samples = Math.min(2000, nodes.length * 4);
  for (let i = 0; i < samples; i++) {
    const a = position(nodes[Math.floor(random() * nodes.length)]);
    const b = position(nodes[Math.floor(random() * nodes.length)]);
    pairs += Math.hypot(a.x - b.x, a.y - b.y);
  }
  let edges = 0;
  let counted = 0;
  const stride = Math.max(1, Math.floor(graph.size / 20_000));
  let i = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    if (i++ % stride !== 0) return;
    const a = position(s);
    const b = position(t);
    edges += Math.hypot(a.x - b.x, a.y - b.y);
    counted++;
  });
  return pairs > 0 ? edges / counted / (pairs / samples) : 0;
}

/** Lays `graph` out in place (x, y on each node); nodes that have positions start from them. */
export async function layOut(graph: Graph, options: LayoutOptions = {}): Promise<{ iterations: number; quality: number; stopped: boolean }> {
  const random = seededRandom(LAYOUT_SEED);
  const spread = 100 * Math.sqrt(Math.max(1, graph.order / 100));
  graph.updateEachNodeAttributes((_n, a) => ({
    ...a,
    x: typeof a.x === 'number' ? a.x : (random() - 0.5) * spread,
    y: typeof a.y === 'number' ? a.y : (random() - 0.5) * spread,
  }));
  const total = iterationsFor(graph.order);
  const settings = { ...FA2_SETTINGS, barnesHutOptimize: graph.order > 1000 };
  // About a tenth of a second of work between reports, whatever the size.
  const batch = Math.max(1, Math.min(50, Math.round(2_000_000 / (graph.order * (settings.barnesHutOptimize ? 40 : graph.order) + graph.size * 20))));
  let done = 0;
  let stopped = false;
  while (done < total) {
    const step = Math.min(batch, total - done);
    forceAtlas2.assign(graph, { iterations: step, settings, getEdgeWeight: null });
    done += step;
    options.onprogress?.({ iterations: done, total, quality: layoutQuality(graph) });
    if (done < total && (await options.stopped?.())) { stopped = true; break; }
  }
  // Fit to the extent the build uses, so noverlap's margins mean the same as on the bundled map.
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const scale = 1000 / Math.max(maxX - minX, maxY - minY, 1e-9);
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: (a.x - (minX + maxX) / 2) * scale, y: (a.y - (minY + maxY) / 2) * scale }));
  if (graph.order <= 3000) {
    const sizeOf = options.sizeOf ?? (() => 4);
    noverlap.assign(graph, {
      ...NOVERLAP_SETTINGS,
      inputReducer: (key, attrs) => ({ x: attrs.x as number, y: attrs.y as number, size: sizeOf(key) }),
      outputReducer: (_key, pos) => ({ x: pos.x, y: pos.y }),
    });
  }
  return { iterations: done, quality: layoutQuality(graph), stopped };
}
