// Build-time layout: seeded random start, ForceAtlas2, then noverlap. Deterministic.
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { seededRandom } from './random';
import { FA2_ITERATIONS, FA2_SETTINGS, LAYOUT_SEED, NOVERLAP_SETTINGS } from './settings';

export interface LayoutOptions {
  seed: number;
  iterations: number;
  /** Node size (in layout units) used by noverlap. */
  sizeOf: (node: string) => number;
}

/** Width of the laid-out graph in layout units. */
export const LAYOUT_EXTENT = 1000;

const DEFAULTS: LayoutOptions = { seed: LAYOUT_SEED, iterations: FA2_ITERATIONS, sizeOf: () => 4 };

/** Computes positions for every node; returns a mapping and leaves the graph untouched. */
export function computeLayout(graph: Graph, options: Partial<LayoutOptions> = {}): Record<string, { x: number; y: number }> {
  const opts = { ...DEFAULTS, ...options };
  const work = graph.copy();
  const random = seededRandom(opts.seed);
  work.forEachNode((node) => {
    work.mergeNodeAttributes(node, { x: random() * 100 - 50, y: random() * 100 - 50, size: opts.sizeOf(node) });
  });
  forceAtlas2.assign(work, { iterations: opts.iterations, settings: FA2_SETTINGS, getEdgeWeight: null });
  // Rescale to a fixed extent so node sizes mean the same thing to noverlap as to sigma, which
  // fits the graph to the screen (about LAYOUT_EXTENT units ≈ one screen at zoom 1).
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  work.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const scale = LAYOUT_EXTENT / Math.max(maxX - minX, maxY - minY, 1e-9);
  work.updateEachNodeAttributes((_n, a) => ({ ...a, x: (a.x - (minX + maxX) / 2) * scale, y: (a.y - (minY + maxY) / 2) * scale }));
  noverlap.assign(work, NOVERLAP_SETTINGS);
  const positions: Record<string, { x: number; y: number }> = {};
  work.forEachNode((node, attr) => {
    positions[node] = { x: attr.x as number, y: attr.y as number };
  });
  return positions;
}
