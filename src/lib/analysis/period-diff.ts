// Compare two periods: which nodes and relations appeared, vanished or persisted between a first
// window of years and a second. Pure (no DOM, no Svelte); the map colours what it returns through
// the reducers, and the panel lists it.
import type { Graph } from '../model/graph-type';
import type { Filters } from '../query/filters';
import type { ProvenanceIndex } from '../query/provenance';
import type { Periods } from '../query/timeline';
import { computeVisibility, type Visibility } from '../query/visibility';

/** How a node or relation fared from the first period to the second. */
export const PERIOD_STATUSES = ['appeared', 'vanished', 'persisted'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export type { Periods } from '../query/timeline';

/** What changed between two periods, under the same other filters. */
export interface PeriodDiff extends Periods {
  /** Everything present in either period: what the map shows while comparing. */
  visibility: Visibility;
  /** Each node of `visibility` and how it fared. */
  nodes: ReadonlyMap<string, PeriodStatus>;
  /** Each relation of `visibility` and how it fared. */
  edges: ReadonlyMap<string, PeriodStatus>;
  counts: { nodes: Record<PeriodStatus, number>; edges: Record<PeriodStatus, number> };
}

function classify(inA: ReadonlySet<string>, inB: ReadonlySet<string>, union: Set<string>, counts: Record<PeriodStatus, number>) {
  const status = new Map<string, PeriodStatus>();
  const mark = (id: string, s: PeriodStatus) => { status.set(id, s); union.add(id); counts[s] += 1; };
  for (const id of inA) mark(id, inB.has(id) ? 'persisted' : 'vanished');
  for (const id of inB) if (!inA.has(id)) mark(id, 'appeared');
  return status;
}

/**
 * Compares the network of window `a` with that of window `b`, every other filter (kinds, relations,
 * confidence, currents, provenance) applying to both; the year window of `filters` is replaced.
 *
 * What "present in a window" means is what the map shows for that window (query/visibility.ts):
 * - a relation is present when it passes the other filters, both its ends are present, and its own
 *   years overlap the window. An open end runs on: a state with no end year (a membership "from
 *   1936") holds in every later year, one with no start year in every earlier one; an act dated by
 *   its start alone (a founding, a book) holds in that year only; qualifiers (c., before, after)
 *   count as the year they qualify. A relation with no years at all is present in every window.
 * - a node is present when its own years overlap the window (born to died, founded to dissolved,
 *   "present" running on, a work in the year it appeared) AND it takes part in a present relation.
 *   Being alive in a period is not enough to belong to its network.
 * Then a node or relation present in `b` but not `a` appeared, in `a` but not `b` vanished, and in
 * both persisted. Two overlapping windows are allowed: what they share is simply present in both.
 */
export function periodDiff(graph: Graph, filters: Filters, provenance: ProvenanceIndex | null, periods: Periods): PeriodDiff {
  const { a, b } = periods;
  const first = computeVisibility(graph, { ...filters, years: a }, provenance);
  const second = computeVisibility(graph, { ...filters, years: b }, provenance);
  const zero = (): Record<PeriodStatus, number> => ({ appeared: 0, vanished: 0, persisted: 0 });
  const counts = { nodes: zero(), edges: zero() };
  const visibility: Visibility = { nodes: new Set(), edges: new Set() };
  const nodes = classify(first.nodes, second.nodes, visibility.nodes, counts.nodes);
  const edges = classify(first.edges, second.edges, visibility.edges, counts.edges);
  return { a, b, visibility, nodes, edges, counts };
}

/** The nodes of each status, in the order given (most important first, say). */
export function nodesByStatus(diff: PeriodDiff, order: readonly string[]): Record<PeriodStatus, string[]> {
  const lists: Record<PeriodStatus, string[]> = { appeared: [], vanished: [], persisted: [] };
  for (const node of order) {
    const status = diff.nodes.get(node);
    if (status) lists[status].push(node);
  }
  return lists;
}
