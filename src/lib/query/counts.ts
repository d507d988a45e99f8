// Totals shown next to each filter checkbox: nodes per kind and per current, relations per type.
import type { Graph } from '../model/graph-type';
import { vocabularyOf } from '../model/graph-vocabulary';

/** Counts over the whole graph, whatever the filters. */
export interface FilterCounts {
  kinds: Record<string, number>;
  currents: Record<string, number>;
  relations: Record<string, number>;
}

function zeroes(keys: readonly string[]): Record<string, number> {
  // A null prototype: an opened graph's kind may be called anything.
  return Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(keys.map((key) => [key, 0])));
}

/** Counts nodes per kind and per current, and relations per type, over the whole graph. */
export function countAll(graph: Graph): FilterCounts {
  const v = vocabularyOf(graph);
  const counts: FilterCounts = { kinds: zeroes(v.kinds.map((k) => k.key)), currents: zeroes(v.currents.map((c) => c.key)), relations: zeroes(v.relations.map((r) => r.key)) };
  graph.forEachNode((_node, attrs) => {
    if (Object.hasOwn(counts.kinds, attrs.kind)) counts.kinds[attrs.kind] += 1;
    for (const current of attrs.currents) if (Object.hasOwn(counts.currents, current)) counts.currents[current] += 1;
  });
  graph.forEachEdge((_edge, attrs) => {
    if (Object.hasOwn(counts.relations, attrs.relation)) counts.relations[attrs.relation] += 1;
  });
  return counts;
}
