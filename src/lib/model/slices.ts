// Work over a large graph done a slice at a time, so that no task holds the page long: a turn to
// yield, a clock that says when a slice has run its time, and a pass over every relation built on
// them (the opened graph's build, curvature and timeline count use these).
import type { Graph, GraphEdgeAttributes } from './graph-type';

/** Resolves in a later task: the page gets a turn (to paint, to answer input) in between. */
export const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How many items go between two looks at the clock. */
const CHECK_EVERY = 1024;

/** Says, every CHECK_EVERY items, whether the slice begun at the last `restart` has run `sliceMs`. */
export function sliceClock(sliceMs: number): { due(item: number): boolean; restart(): void } {
  let begun = performance.now();
  return {
    due: (item) => item % CHECK_EVERY === 0 && performance.now() - begun > sliceMs,
    restart: () => { begun = performance.now(); },
  };
}

/**
 * Calls `visit` for every relation, yielding with `yieldTurn` once a slice has run `sliceMs`;
 * `cancelled` is asked after each turn. Resolves to false when it was cancelled.
 */
export async function forEachEdgeInSlices(graph: Graph,
  visit: (edge: string, attributes: GraphEdgeAttributes, source: string, target: string) => void,
  yieldTurn: () => Promise<void>, sliceMs: number, cancelled: () => boolean = () => false): Promise<boolean> {
  const clock = sliceClock(sliceMs);
  let i = 0;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    visit(edge, attributes, source, target);
    if (clock.due(++i)) {
      await yieldTurn();
      if (cancelled()) return false;
      clock.restart();
    }
  }
  return !cancelled();
}
