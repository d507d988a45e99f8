// The neighbourhood of a node up to a number of steps, as rings: how many steps each node is from
// the centre, walking only relations the caller allows (the visible ones). Breadth-first, so each
// node gets its shortest distance.
import type { Graph } from '../model/graph-type';

/** Focus shows one, two or three steps around a node. */
export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

/**
 * Maps every node within `depth` steps of `centre` to its distance (the centre to 0), walking the
 * relations `allowed` accepts in either direction. An unknown centre gives an empty map.
 */
export function ringsAround(graph: Graph, centre: string, depth: number, allowed: (edge: string) => boolean): Map<string, number> {
  const rings = new Map<string, number>();
  if (!graph.hasNode(centre)) return rings;
  rings.set(centre, 0);
  let frontier = [centre];
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (!allowed(edge)) return;
        const other = source === node ? target : source;
        if (rings.has(other)) return;
        rings.set(other, step);
        next.push(other);
      });
    }
    frontier = next;
  }
  return rings;
}
