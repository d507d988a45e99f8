// A large graph's timeline count, a slice of relations per task; loaded only for such a graph, so it
// stays off the first page.
import type { Graph } from '../model/graph-type';
import { forEachEdgeInSlices } from '../model/slices';
export { turn } from '../model/slices';
import { activityCounter, type YearActivity } from './activity';
import type { Filters } from './filters';
import type { ProvenanceIndex } from './provenance';
import type { YearWindow } from './timeline';

/**
 * activity.ts `yearActivity`'s count, a slice of relations per task (for a large graph's strip: 200k relations take a
 * fifth of a second). `turn` yields to the page; `cancelled` is asked after each slice, and a
 * cancelled count resolves to null.
 */
export async function yearActivitySliced(graph: Graph, filters: Filters, provenance: ProvenanceIndex | null, span: YearWindow,
  turn: () => Promise<void>, cancelled: () => boolean, sliceMs = 12): Promise<YearActivity[] | null> {
  const count = activityCounter(graph, filters, provenance, span);
  return (await forEachEdgeInSlices(graph, count.add, turn, sliceMs, cancelled)) ? count.result() : null;
}
