// Totals shown next to each filter checkbox: nodes per kind and per current, relations per type.
import type { Graph } from '../model/graph-type';
import { CURRENT_KEYS, NODE_KINDS, RELATION_KEYS, type NodeKind } from '../model/vocabulary';

/** Counts over the whole graph, whatever the filters. */
export interface FilterCounts {
  kinds: Record<NodeKind, number>;
  currents: Record<string, number>;
  relations: Record<string, number>;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Counts nodes per kind and per current, and relations per type, over the whole graph. */
export function countAll(graph: Graph): FilterCounts {
  const counts: FilterCounts = { kinds: zeroes(NODE_KINDS), currents: zeroes(CURRENT_KEYS), relations: zeroes(RELATION_KEYS) };
  graph.forEachNode((_node, attrs) => {
    if (Object.hasOwn(counts.kinds, attrs.kind)) counts.kinds[attrs.kind] += 1;
    for (const current of attrs.currents) if (Object.hasOwn(counts.currents, current)) counts.currents[current] += 1;
  });
  graph.forEachEdge((_edge, attrs) => {
    if (Object.hasOwn(counts.relations, attrs.relation)) counts.relations[attrs.relation] += 1;
  });
  return counts;
}
